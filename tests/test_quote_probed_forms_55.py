"""Speaker forms from made-up articles written in session 55 to probe the rules beyond the annotated sets: someone's kin
or neighbour named in apposition after the word with -nya ('Istrinya, Euis, mendukung …') is the subject as 'Sang
istri, Euis,' is; a nickname after an honorific names the one in whose name it sounds ('Gus Ipul' for Saifullah
Yusuf); a body's word with a Latin ending ('Partai Demokratik Konstitusional') is no part of the name after it; a
prince is named without his title ('Pangeran William'); and the ministers' offices of the 2024 cabinet in one word
('Mendikdasmen', 'Mentan', 'Menbud') are roles; and a deputy's role is not the role ('Wakil Presiden' is no
'Presiden'). The quotes found, as (first words, speaker)."""

import pytest
from test_quote_shapes import found, last_speaker_and_role


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Bandung - Pedagang bernama Asep Saepudin itu viral. "
            '"Saya juga pernah susah," kata Asep.\n\n'
            'Istrinya, Euis, mendukung keputusan sang suami. "Rezeki sudah ada yang atur," katanya.',
            [("Saya juga", "Asep Saepudin"), ("Rezeki sudah", "Euis")],
            id="kin named in apposition after the word with -nya is the subject",
        ),
        pytest.param(
            'Bandung - "Saya juga pernah susah," kata Asep Saepudin.\n\n'
            'Tetangganya, Euis, ikut membantu. "Kami bergantian menjaga lapak," ujarnya.',
            [("Saya juga", "Asep Saepudin"), ("Kami bergantian", "Euis")],
            id="a neighbour named so is the subject too",
        ),
        pytest.param(
            'Bandung - "Saya juga pernah susah," kata Asep Saepudin.\n\n'
            'Akibatnya, Euis, pedagang lain, ikut rugi. "Pembeli sepi," kata Asep.',
            [("Saya juga", "Asep Saepudin"), ("Pembeli sepi", "Asep Saepudin")],
            id="bound: an attribution that names its speaker is unchanged",
        ),
        pytest.param(
            "Tokyo - Pemimpin Partai Demokratik Konstitusional Yoshihiko Noda mengkritik pidato itu. "
            '"Tidak ada satu kata pun soal skandal," kata Noda.',
            [("Tidak ada", "Yoshihiko Noda")],
            id="a body's word with a Latin ending before a name is the body's ('Konstitusional')",
        ),
        pytest.param(
            'Surakarta - Pedagang buah, Marni (54), kaget. "Dia borong jeruk," kata Marni.\n\n'
            "Wakil Presiden Gibran Rakabuming Raka mengaku rindu suasana pasar. "
            '"Di Jakarta tidak ada yang seperti ini," ujar putra sulung Presiden ke-7 RI Joko Widodo itu.',
            [("Dia borong", "Marni"), ("Di Jakarta", "Gibran Rakabuming Raka")],
            id="a deputy's role is not the role: 'Presiden' in a description does not name the Wakil Presiden",
        ),
        pytest.param(
            "Jakarta - Presiden Prabowo Subianto dan Wakil Presiden Gibran Rakabuming Raka meninjau pasar. "
            '"Harga stabil," kata Presiden.',
            [("Harga stabil", "Prabowo Subianto")],
            id="'kata Presiden' names the President, not the Vice President beside him",
        ),
        pytest.param(
            "Jakarta - Wakil Presiden ke-13 RI Ma'ruf Amin mengingatkan umat. "
            '"Perbedaan pilihan itu biasa," kata Ma\'ruf.',
            [("Perbedaan pilihan", "Ma'ruf Amin")],
            id="an office's number ('ke-13') between it and the body's initials leaves them the office's",
        ),
        pytest.param(
            'Sydney - "Kami ingin anak-anak bermain di luar," kata Perdana Menteri Anthony Albanese.\n\n'
            "Juru bicara Meta menyatakan perusahaan akan mematuhi aturan itu. "
            '"Kami khawatir aturan ini terburu-buru," kata juru bicara itu.',
            [("Kami ingin", "Anthony Albanese"), ("Kami khawatir", "")],
            id="a spokesperson the words point back to, when the article names none, is unnamed",
        ),
        pytest.param(
            "Jakarta - Juru bicara Kemlu Rolliansyah Soemirat membantah kabar itu. "
            '"Tidak benar," kata juru bicara tersebut.',
            [("Tidak benar", "Rolliansyah Soemirat")],
            id="bound: a spokesperson the article names is that person",
        ),
        pytest.param(
            'London - Pangeran William mengunjungi korban banjir. "Kita harus saling membantu," kata William.',
            [("Kita harus", "William")],
            id="a prince is named without his title",
        ),
        pytest.param(
            "Jakarta - Mendikdasmen Abdul Mu'ti meninjau sekolah. \"Kami dengar dulu masukan daerah,\" kata Mu'ti.",
            [("Kami dengar", "Abdul Mu'ti")],
            id="a minister's office of the 2024 cabinet in one word is a role",
        ),
        pytest.param(
            'Jakarta - Menteri Pertanian Andi Amran Sulaiman meninjau sawah. "Panen kita naik," kata Mentan.',
            [("Panen kita", "Andi Amran Sulaiman")],
            id="such an office used alone names the minister named in full",
        ),
        pytest.param(
            'Jakarta - Sekjen PBNU Saifullah Yusuf menegaskan NU netral. "Warga NU bebas memilih," ujar Gus Ipul.',
            [("Warga NU", "Saifullah Yusuf")],
            id="a nickname after an honorific names the one in whose name it sounds ('Gus Ipul': Saifullah)",
        ),
        pytest.param(
            'Jakarta - Saifullah Yusuf dan Syaiful Bahri hadir. "Warga NU bebas memilih," ujar Gus Ipul.',
            [("Warga NU", "Gus Ipul")],
            id="bound: a nickname that sounds in two names is left as written",
        ),
        pytest.param(
            'Yogyakarta - Sri Sultan Hamengku Buwono X meminta warga tenang. "Jangan panik," kata Sultan.',
            [("Jangan panik", "Sri Sultan Hamengku Buwono X")],
            id="bound: the Sultan keeps his name as the sets give it",
        ),
    ],
)
def test_probed_speaker_forms_55(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


def test_a_one_word_ministers_office_starting_with_b_is_a_role() -> None:
    text = 'Jakarta - Menbud Fadli Zon meresmikan museum. "Ini warisan kita," kata Fadli.'
    assert last_speaker_and_role(text) == ("Fadli Zon", "Menbud")
