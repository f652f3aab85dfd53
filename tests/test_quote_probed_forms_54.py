"""Speaker forms from made-up articles written in session 54 to probe the rules beyond the annotated sets: a short
form in an attribution names someone the article has already named, not someone who shares the word and is named
only later ('kata Prabowo' before 'Listyo Sigit Prabowo'); a first name and a surname given as what someone is called
('Tom Lembong, sapaan akrabnya,') stand for the one named in full with that surname; someone who doubts, agrees or
is startled is a subject as one who is optimistic is ('Alvin Lie ragu', 'Mulyadi kaget'), and so is one opening a
paragraph after 'Namun'; the subject of a condition ('jika Rina setuju') is not the sentence's; and two names joined
by a hyphen ('Pramono Anung-Rano Karno') are a pair. The quotes found, as (first words, speaker)."""

import pytest
from test_quote_shapes import found


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            'Jakarta - Presiden Prabowo Subianto memimpin sidang kabinet. "Tidak ada kompromi," kata Prabowo.\n\n'
            'Kapolri Jenderal Listyo Sigit Prabowo menambahkan. "Kami bekerja sama dengan interpol," tegas Sigit.',
            [("Tidak ada", "Prabowo Subianto"), ("Kami bekerja", "Listyo Sigit Prabowo")],
            id="a short form names the one already named, not one who shares it named later",
        ),
        pytest.param(
            "Makassar - Mahasiswa berunjuk rasa.\n\n"
            'Koordinator aksi, Andi Fajar, menolak kenaikan BBM. "Kami minta DPRD menolak," teriak Andi.\n\n'
            'Ketua DPRD Sulsel Andi Ina Kartika Sari menemui massa. "Aspirasi akan kami teruskan," katanya.',
            [("Kami minta", "Andi Fajar"), ("Aspirasi akan", "Andi Ina Kartika Sari")],
            id="a given name two people share names the one named by then",
        ),
        pytest.param(
            "Jakarta - Kejagung menetapkan mantan Menteri Perdagangan Thomas Trikasih Lembong sebagai tersangka.\n\n"
            'Direktur Penyidikan Abdul Qohar mengatakan ada dua alat bukti. "Kami periksa 90 saksi," ujar Qohar.\n\n'
            'Tom Lembong, sapaan akrabnya, pasrah. "Saya serahkan kepada Tuhan," kata Tom sebelum masuk mobil.',
            [("Kami periksa", "Abdul Qohar"), ("Saya serahkan", "Thomas Trikasih Lembong")],
            id="a first name and a surname given as what someone is called stand for the one with that surname",
        ),
        pytest.param(
            'Jakarta - "Pintu kami terbuka," kata Politikus PDIP Hendrar Prihadi.\n\n'
            'Politikus Hendi, sapaan akrabnya, menambahkan. "Silakan bergabung," kata Hendi.',
            [("Pintu kami", "Hendrar Prihadi"), ("Silakan bergabung", "Hendrar Prihadi")],
            id="a role word before a nickname given with 'sapaan akrabnya' is not part of it",
        ),
        pytest.param(
            'Jakarta - "Kami sudah bicara dengan maskapai," kata Menteri Perhubungan Dudy Purwagandhi.\n\n'
            "Namun pengamat penerbangan Alvin Lie ragu kebijakan itu bisa bertahan lama. "
            '"Biaya avtur tetap tinggi," katanya.',
            [("Kami sudah", "Dudy Purwagandhi"), ("Biaya avtur", "Alvin Lie")],
            id="one who doubts is a subject, opening a paragraph after 'Namun' too",
        ),
        pytest.param(
            'Jakarta - "Kami sudah bicara dengan maskapai," kata Menteri Perhubungan Dudy Purwagandhi.\n\n'
            'Namun jika Alvin Lie setuju, "Biaya avtur tetap tinggi dan maskapai bisa merugi."',
            [("Kami sudah", "Dudy Purwagandhi"), ("Biaya avtur", "")],
            id="bound: the subject of a condition is not the sentence's",
        ),
        pytest.param(
            'Jakarta - Polisi membongkar pabrik narkoba. "Bahan bakunya impor," kata Kombes Ahmad David.\n\n'
            'Ketua RT setempat, Mulyadi, kaget mengetahui rumah itu pabrik narkoba. "Kami kira kantor biasa," ujarnya.',
            [("Bahan bakunya", "Ahmad David"), ("Kami kira", "Mulyadi")],
            id="one who is startled, sad or angry is a subject as one who is proud is",
        ),
        pytest.param(
            "Jakarta - KPU menetapkan pasangan Pramono Anung-Rano Karno sebagai pemenang Pilkada Jakarta.\n\n"
            'Pramono menanggapi santai. "Semua pihak punya hak menggugat ke MK," kata dia.',
            [("Semua pihak", "Pramono Anung")],
            id="two names of two words joined by a hyphen are a pair: each is someone's",
        ),
        pytest.param(
            'Jakarta - "Kami menang karena disiplin," kata Perdana Menteri Prancis Jean-Pierre Raffarin.',
            [("Kami menang", "Jean-Pierre Raffarin")],
            id="bound: a given name joined by a hyphen is one name",
        ),
    ],
)
def test_probed_speaker_forms_54(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected
