"""Speaker forms from made-up articles written in session 51 to probe the rules beyond the annotated sets: an office
whose body goes on in lower case ('Duta Besar Israel untuk PBB Gilad Erdan menolak …') still opens its paragraph on the
person, so 'katanya' after it is theirs, not the last speaker's; and someone described as one of many, then named,
right after a dateline ('Jakarta - Seorang sopir truk, Darso, menceritakan …') is introduced as that person, so
'Menurut Darso, …' names them; a particle joins a surname to the word before it, as the article may use it ('Luiz
Inacio Lula da Silva', then 'ujar Lula'), and 'ten' is such a particle ('Erik ten Hag'); 'sepakat' after a name is
what they think, as 'sependapat' is; one name set off after 'Kuasa hukum …' is introduced as that lawyer. The quotes found, as (first words, speaker)."""

import pytest
from test_quote_shapes import found


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            'Jakarta - Menteri Luar Negeri Retno Marsudi mendesak PBB bertindak. "Dunia tidak boleh diam," tegas Retno.\n\n'
            "Duta Besar Israel untuk PBB Gilad Erdan menolak seruan itu. "
            '"Gencatan senjata memberi Hamas waktu," katanya.',
            [("Dunia tidak", "Retno Marsudi"), ("Gencatan senjata", "Gilad Erdan")],
            id="an office whose body goes on with 'untuk' opens the paragraph before 'katanya'",
        ),
        pytest.param(
            'Jakarta - Menteri Keuangan Sri Mulyani menjelaskan anggaran. "Defisit terkendali," kata Sri Mulyani.\n\n'
            "Staf Khusus Presiden bidang Ekonomi Arif Budimanta sependapat. "
            '"Pertumbuhan masih kuat," ujarnya.',
            [("Defisit terkendali", "Sri Mulyani"), ("Pertumbuhan masih", "Arif Budimanta")],
            id="an office whose body goes on with 'bidang' opens the paragraph before 'ujarnya'",
        ),
        pytest.param(
            'Jakarta - Menteri Luar Negeri Retno Marsudi mendesak PBB bertindak. "Dunia tidak boleh diam," tegas Retno.\n\n'
            "Bantuan untuk Gaza tertahan di perbatasan. "
            '"Truk kami menunggu," katanya.',
            [("Dunia tidak", "Retno Marsudi"), ("Truk kami", "Retno Marsudi")],
            id="bound: 'untuk' between capitalised words with no one named leaves 'katanya' to the last speaker",
        ),
        pytest.param(
            "Jakarta - Seorang sopir truk, Darso, menceritakan detik-detik kecelakaan di Tol Cipularang.\n\n"
            'Menurut Darso, truk di depannya mengerem mendadak. "Saya banting setir ke kiri," tuturnya.\n\n'
            'Kasat Lantas AKP Fikri Aulia menyebut 17 kendaraan terlibat. "Dugaan awal rem blong," ucap Fikri.',
            [("Saya banting", "Darso"), ("Dugaan awal", "Fikri Aulia")],
            id="one of many described, then named, right after the dateline",
        ),
        pytest.param(
            "Jakarta - Kemarin seorang sopir truk, Darso, menceritakan detik-detik kecelakaan di Tol Cipularang.\n\n"
            'Menurut Darso, truk di depannya mengerem mendadak. "Saya banting setir ke kiri," tuturnya.',
            [("Saya banting", "Darso")],
            id="one of many described, then named, after a word of time",
        ),
        pytest.param(
            "Jakarta - Presiden Brasil Luiz Inacio Lula da Silva menyerukan dialog.\n\n"
            '"Sanksi tidak pernah mengakhiri perang," ujar Lula.',
            [("Sanksi tidak", "Luiz Inacio Lula da Silva")],
            id="a particle joins the surname to the word the article uses: four names after a body",
        ),
        pytest.param(
            "Jakarta - Pelatih Timnas Belanda Louis van Gaal memanggil 26 pemain.\n\n"
            '"Kami siap menghadapi Senegal," ujar Van Gaal.',
            [("Kami siap", "Louis van Gaal")],
            id="bound: a particle does not draw the body's words into the name",
        ),
        pytest.param(
            "Jakarta - Manchester United kalah 0-4 dari Brentford.\n\n"
            'Pelatih United Erik ten Hag mengakui timnya buruk. "Kami tidak siap," kata Ten Hag.',
            [("Kami tidak", "Erik ten Hag")],
            id="a Dutch particle 'ten' inside a name",
        ),
        pytest.param(
            'Jakarta - Gus Mus berbicara soal toleransi. "Agama memanusiakan manusia," kata Gus Mus.\n\n'
            'Romo Franz Magnis-Suseno sepakat dengan pandangan itu. "Kita sama-sama manusia," ujarnya.',
            [("Agama memanusiakan", "Gus Mus"), ("Kita sama-sama", "Franz Magnis-Suseno")],
            id="'sepakat' after a name opens the paragraph on them, as 'sependapat' does",
        ),
        pytest.param(
            'Jakarta - Nenek Asyani divonis bersalah. "Saya hanya mengambil kayu," kata Asyani.\n\n'
            'Kuasa hukum Asyani, Supriyono, akan mengajukan banding. "Klien kami tidak bersalah," katanya.',
            [("Saya hanya", "Nenek Asyani"), ("Klien kami", "Supriyono")],
            id="one name set off after 'Kuasa hukum' and whom they act for opens the sentence before 'katanya'",
        ),
    ],
)
def test_probed_speaker_forms_51(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected
