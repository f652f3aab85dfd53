"""Speaker forms from made-up articles written in session 44 to probe the rules beyond the annotated sets: a role word
that is also a name's word ('Aditya Perdana', beside 'Perdana Menteri'); a name of four words the article shortens to
its first two ('Andi Ina Kartika Sari', then 'kata Andi Ina'); a subject's short relative clause before a verb of
saying, with no comma ('Quartararo yang finis kedua mengaku puas'); an epithet for a role ('lanjut Kepala Negara'); a
company's coined name before a name ('PT Jakarta Propertindo Widi Amanasto'); a body that speaks as a whole, then
'tulisnya' ('Kementerian Dalam Negeri Singapura menyatakan …'); a company named by the word its name ends on ('Big
Hit Entertainment'); a role in lower case after a clause ('Di kubu tuan rumah, pelatih PSM Bernardo Tavares …'); a
name that opens a quotation's sentence ('"Masukan Taufik akan …'), which ends no fuller name; and 'Kata X, "…' before
the quotation. The quotes found, as (first words, speaker), or (speaker, role) where the role is what a rule reads."""

import pytest
from test_quote_shapes import found

from sitegen.quotes import extract_quotes


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Jakarta - PSI mengumumkan bakal calon gubernur.\n\nPengamat politik dari Universitas Indonesia, Aditya "
            'Perdana, menilai langkah PSI berani. "Tapi elektabilitasnya harus diuji dulu," ujar Aditya saat '
            "dihubungi, Kamis (20/1).",
            [("Tapi elektabilitasnya", "Aditya Perdana")],
            id="a role word that ends a name",
        ),
        pytest.param(
            "Kuala Lumpur - Mantan Perdana Menteri Malaysia Mahathir Mohamad mengkritik pemerintah.\n\n"
            '"Korupsi masih merajalela," kata Mahathir.',
            [("Korupsi masih", "Mahathir Mohamad")],
            id="bound: 'Perdana' opening a role stays the role's",
        ),
        pytest.param(
            "Makassar - Ratusan mahasiswa berunjuk rasa. Ketua DPRD Sulsel Andi Ina Kartika Sari menemui massa.\n\n"
            '"Aspirasi adik-adik akan kami teruskan," kata Andi Ina.',
            [("Aspirasi adik-adik", "Andi Ina Kartika Sari")],
            id="a name of four words the article shortens to its first two",
        ),
        pytest.param(
            "Mandalika - Pembalap Ducati Francesco Bagnaia keluar sebagai juara. Pecco, sapaan Bagnaia, finis di "
            'depan Fabio Quartararo.\n\n"Trek ini sangat menantang," kata Pecco.\n\nQuartararo yang finis kedua '
            'mengaku puas. "Poin ini penting untuk kejuaraan," tutur pembalap Yamaha itu.',
            [("Trek ini", "Francesco Bagnaia"), ("Poin ini", "Fabio Quartararo")],
            id="a subject's short relative clause before a verb of saying",
        ),
        pytest.param(
            "Jakarta - Presiden Joko Widodo meresmikan bendungan di Serang.\n\n"
            '"Petani bisa panen tiga kali setahun," kata Jokowi.\n\nJokowi juga menyinggung pentingnya menjaga '
            'hutan.\n\n"Hutannya harus dirawat, jangan ditebangi," lanjut Kepala Negara.',
            [("Petani bisa", "Joko Widodo"), ("Hutannya harus", "Joko Widodo")],
            id="an epithet for the role",
        ),
        pytest.param(
            "Jakarta - Anies Baswedan meresmikan stadion.\n\nDirektur Utama PT Jakarta Propertindo Widi Amanasto "
            'mengatakan stadion akan digunakan Persija. "Kontrak sedang difinalisasi," katanya.',
            [("Kontrak sedang", "Widi Amanasto")],
            id="a company's coined name before a name",
        ),
        pytest.param(
            "Jakarta - Ustaz Abdul Somad ditolak masuk Singapura.\n\n"
            '"Saya dimasukkan ke ruangan kecil," kata Abdul Somad.\n\nKementerian Dalam Negeri Singapura menyatakan '
            'UAS dikenal menyebarkan ajaran ekstrem. "Singapura tidak menoleransi ajaran itu," tulis kementerian itu.',
            [("Saya dimasukkan", "Abdul Somad"), ("Singapura tidak", "Kementerian Dalam Negeri Singapura")],
            id="a body speaking as a whole, then a description of it",
        ),
        pytest.param(
            'Jakarta - Budi Santoso hadir di acara itu. "Ini bagus," kata Budi.\n\nKementerian Luar Negeri '
            'menyatakan kasus itu sedang ditangani. "Kami terus memantau," tulisnya.',
            [("Ini bagus", "Budi Santoso"), ("Kami terus", "Kementerian Luar Negeri")],
            id="a body speaking as a whole, then '-nya'",
        ),
        pytest.param(
            "Jakarta - Juru bicara KPK Febri Diansyah mengatakan penahanan dilakukan untuk 20 hari. Komisi "
            'Pemberantasan Korupsi menahan Bupati Klaten.\n\n"Tersangka ditahan di Rutan KPK," ujarnya.',
            [("Tersangka ditahan", "Febri Diansyah")],
            id="bound: a body acting, not speaking, is not the one who says it",
        ),
        pytest.param(
            "Jakarta - Grup K-pop BTS menyumbang 1 juta dolar AS. Agensi BTS, Big Hit Entertainment, membenarkan "
            'donasi tersebut.\n\n"Kami menentang diskriminasi rasial," tulis Big Hit Entertainment dalam '
            "pernyataannya.",
            [("Kami menentang", "Big Hit Entertainment")],
            id="a company named by the word its name ends on",
        ),
        pytest.param(
            "Jakarta - Pelatih Bali United Stefano Cugurra Teco mengaku puas.\n\n"
            '"Kami bermain dengan sepuluh pemain," ujar Teco.\n\nDi kubu tuan rumah, pelatih PSM Bernardo Tavares '
            'menyesalkan banyaknya peluang yang terbuang. "Kami seharusnya menang," kata pelatih asal Portugal itu.',
            [("Kami bermain", "Stefano Cugurra Teco"), ("Kami seharusnya", "Bernardo Tavares")],
            id="a role in lower case after a clause opens the paragraph on its holder",
        ),
        pytest.param(
            "Jakarta - Mantan pebulu tangkis Taufik Hidayat mengkritik pembinaan atlet muda.\n\n"
            '"Dulu klub-klub besar banyak," kata peraih emas Olimpiade Athena 2004 itu.\n\nSekretaris Jenderal PBSI '
            'Muhammad Fadil Imran menanggapi kritik itu. "Masukan Taufik akan kami jadikan bahan evaluasi," kata Fadil.',
            [("Dulu klub-klub", "Taufik Hidayat"), ("Masukan Taufik", "Muhammad Fadil Imran")],
            id="a name opening a quotation's sentence is no fuller name's end",
        ),
        pytest.param(
            "Jakarta - Kementerian Pendidikan menerima banyak keluhan. Juru bicara Kemendikbudristek Anang "
            'Ristanto menanggapinya.\n\nKata Anang, "Kami sudah membuka posko pengaduan di setiap daerah."',
            [("Kami sudah", "Anang Ristanto")],
            id="'Kata X,' before the quotation",
        ),
    ],
)
def test_speakers_of_probed_forms(text, expected):
    assert found(text) == expected


def test_a_name_ending_on_a_role_word_keeps_no_role_of_it():
    text = (
        "Jakarta - Pengamat politik Aditya Perdana menilai langkah PSI berani.\n\n"
        '"Tapi elektabilitasnya harus diuji dulu," ujar Aditya.'
    )
    assert [(q.speaker, q.role) for q in extract_quotes(text)] == [("Aditya Perdana", "Pengamat politik")]


def test_a_body_that_spoke_in_an_earlier_paragraph_is_not_the_one_meant():
    text = (
        "Jakarta - Ed Sheeran akan konser di Jakarta. Promotornya, Marygops Asia Group mengumumkan harga tiket.\n\n"
        "Sebelumnya, promotor di Asia, AEG Presents Asia mengumumkan jadwalnya.\n\n"
        '"Jadwal lengkap telah diungkap," tulisnya.'
    )
    assert [q.speaker for q in extract_quotes(text)] != ["Marygops Asia Group"]
