"""Speaker forms from made-up articles written in session 49 to probe the rules beyond the annotated sets: a party's
name of one word, which the article writes after the word 'Partai', stands for the party before another name
('Wakil Ketua Umum Golkar Ahmad Doli Kurnia', beside 'Partai Golkar'); and a name set off by commas after an office is
whole, even when the article then calls its owner by a later word of it ('Koordinator Kampanye Greenpeace Indonesia,
Muharram Atha Rasyadi,', then 'ujar Atha'); a word the article writes after someone's kin or lawyer names a person,
not a body, however else it stands ('Pengacara Joko', so 'seorang pria bernama Joko Santoso' is not the lawyer
Sugeng Teguh Santoso); and initials written with their stops open a name set off by commas ('Penulis Harry Potter,
J.K. Rowling,'); an honorific before one name and initials is part of the name ('Daeng M Faqih', then 'ujar
Daeng'), not before a full name ('Habib Muchsin Al Atas'). The quotes found, as (first words, speaker)."""

import pytest
from test_quote_shapes import found


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Jakarta - Ketua Umum Partai Golkar Airlangga Hartarto menegaskan partainya solid.\n\n"
            '"Golkar tidak pernah setengah hati," kata Airlangga.\n\n'
            'Wakil Ketua Umum Golkar Ahmad Doli Kurnia mendesak munas dipercepat. "Suara kami turun," kata Doli.',
            [("Golkar tidak", "Airlangga Hartarto"), ("Suara kami", "Ahmad Doli Kurnia")],
            id="a party's one-word name, written after 'Partai' elsewhere, before a name",
        ),
        pytest.param(
            "Jakarta - Seekor paus mati terdampar di Wakatobi.\n\n"
            "Koordinator Kampanye Greenpeace Indonesia, Muharram Atha Rasyadi, menyebut kejadian itu peringatan. "
            '"Kurangi plastik sekali pakai," ujar Atha.',
            [("Kurangi plastik", "Muharram Atha Rasyadi")],
            id="a name set off by commas after an office is whole, called by its second word",
        ),
        pytest.param(
            "Jakarta - Direktur Eksekutif Formappi Lucius Karus mengkritik DPR.\n\n"
            '"Kinerja legislasi buruk," kata Lucius.',
            [("Kinerja legislasi", "Lucius Karus")],
            id="bound: a body between an office and the name called by its first word",
        ),
        pytest.param(
            'Jakarta - Kinerja DPR dikritik direktur eksekutif Formappi Lucius Karus. "Legislasi buruk," kata Lucius.',
            [("Legislasi buruk", "Lucius Karus")],
            id="bound: after an office in lower case, the body before the name called by its first word",
        ),
        pytest.param(
            '"Saya tidak menerima uang," kata seorang pria bernama Joko Santoso di depan penyidik.\n\n'
            'Pengacara Joko, Sugeng Teguh Santoso, mengatakan kliennya hanya sopir. "Dia tidak tahu," ujar Sugeng.',
            [("Saya tidak", "Joko Santoso"), ("Dia tidak", "Sugeng Teguh Santoso")],
            id="a word after someone's lawyer is a person's, not a body's",
        ),
        pytest.param(
            "London - Penulis Harry Potter, J.K. Rowling, menyumbangkan dana riset.\n\n"
            '"Ibu saya meninggal karena penyakit ini," tulis Rowling.',
            [("Ibu saya", "J.K. Rowling")],
            id="initials with their stops open a name set off by commas",
        ),
        pytest.param(
            'Jakarta - Rektor Universitas Negeri Semarang Fathur Rokhman M.Hum. menjawab. "Kami terbuka," kata Fathur.',
            [("Kami terbuka", "Fathur Rokhman")],
            id="bound: a degree with its stops after a name is no initials",
        ),
        pytest.param(
            "Jakarta - Ketua Umum Ikatan Dokter Indonesia Daeng M Faqih menolak menjadi eksekutor.\n\n"
            '"Itu bertentangan dengan sumpah dokter," ujar Daeng.',
            [("Itu bertentangan", "Daeng M Faqih")],
            id="an honorific before one name and initials is part of the name",
        ),
        pytest.param(
            'Jakarta - Ketua Umum Front Pembela Islam Habib Muchsin Al Atas membantah. "Tidak benar," kata Muchsin.',
            [("Tidak benar", "Muchsin Al Atas")],
            id="bound: an honorific before a full name is no part of it",
        ),
    ],
)
def test_probed_speaker_forms_49(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected
