"""Speaker forms probed in session 56: a surname of two parts whose hyphen the source spaces ('Eugenia Oviedo -
Joekes', then 'kata Oviedo - Joekes') is one name, joined for reading in a copy of the article of the same length; a
pair of candidates ('Anies - Sandi'), a route ('Ho Chi Minh - Jakarta') and a dateline keep their dash. A short name
given after 'atau' ('Indrodjojo Kusumonegoro atau Indro') is the name the article uses, whole; and a name someone went
by before ('RM (yang sebelumnya dikenal dengan nama Rap Monster)') is no one's now. A quotation is not the words of
someone it speaks of ('arahan Pak Menteri'); a statement pointed back to ('demikian pernyataan tersebut') is the words
of whoever the article said issued it. And rows from the misses of the session's first runs on made-up articles; a
'bound' row passed before the change too. The quotes found, as (first words, speaker)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_quote_shapes import found

from sitegen.joined_names import JOINER, unjoined, with_joined_names


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Ottawa - Kanada mengizinkan heroin medis.\n\n"
            "Menurut Eugenia Oviedo - Joekes, profesor di University of British Columbia, program itu berhasil. "
            '"Kematian akibat overdosis turun," kata Oviedo - Joekes.',
            [("Kematian akibat", "Eugenia Oviedo - Joekes")],
            id="a spaced surname of two parts, written again, is one name",
        ),
        pytest.param(
            "London - Gelandang Liverpool Alex Oxlade - Chamberlain cedera lutut.\n\n"
            '"Saya akan kembali lebih kuat," kata Oxlade - Chamberlain.',
            [("Saya akan", "Alex Oxlade - Chamberlain")],
            id="after a role too",
        ),
        pytest.param(
            "London - Alex Oxlade - Chamberlain cedera lutut.\n\n"
            '"Saya akan kembali lebih kuat," kata Oxlade - Chamberlain.',
            [("Saya akan", "Alex Oxlade - Chamberlain")],
            id="after a dateline's dash too",
        ),
        pytest.param(
            "Bandung - Pasangan Ridwan Kamil - Uu Ruzhanul Ulum unggul dalam survei.\n\n"
            '"Kami tetap bekerja keras," kata Ridwan.',
            [("Kami tetap", "Ridwan Kamil")],
            id="bound: a pair of candidates named in full keeps its dash",
        ),
        pytest.param(
            "Jakarta - Pasangan Anies Baswedan - Sandiaga menang di putaran kedua. Anies - Sandi unggul jauh.\n\n"
            '"Ini kemenangan warga Jakarta," kata Anies.',
            [("Ini kemenangan", "Anies Baswedan")],
            id="bound: a pair written once after a given name keeps its dash",
        ),
        pytest.param(
            "Jakarta - Sejak era 80-an, nama Indrodjojo Kusumonegoro atau Indro sudah malang melintang.\n\n"
            '"Alhamdulillah di akhir tahun ini berkarya," tutur Indro.',
            [("Alhamdulillah di", "Indro")],
            id="a short name given after 'atau', the start of the name, is the name the article uses",
        ),
        pytest.param(
            "Jakarta - Nama Sudarmaji Wicaksono atau Maji kembali naik daun setelah videonya viral.\n\n"
            '"Saya tidak menyangka sama sekali," kata Maji.',
            [("Saya tidak", "Maji")],
            id="so is one that ends a word of it",
        ),
        pytest.param(
            "Jakarta - Gubernur DKI Jakarta Basuki Tjahaja Purnama atau Ahok meninjau waduk.\n\n"
            '"Waduk ini harus bersih," kata Ahok.',
            [("Waduk ini", "Basuki Tjahaja Purnama")],
            id="bound: a nickname given after a role stands for the full name",
        ),
        pytest.param(
            "Seoul - TY (yang dulu dikenal dengan nama Tae Yang) merilis album baru.\n\n"
            '"Ini album paling jujur saya," kata TY.',
            [("Ini album", "TY")],
            id="initials someone goes by now are not the name they went by before",
        ),
        pytest.param(
            "Seoul - RM (yang sebelumnya dikenal dengan nama Rap Monster) mengaku tertarik dengan ide itu. "
            '"Saya ingin mencari kesimpulan dari tema kami," ujarnya.',
            [("Saya ingin", "RM")],
            id="and those initials, a subject, are someone's",
        ),
        pytest.param(
            "Jakarta - Pelaksana tugas Direktur Jenderal Perikanan Budidaya Kementerian Kelautan dan Perikanan Haris "
            'Muhtadi mengatakan bantuan benih sudah disalurkan. "Tahun ini ada 20 juta benih," kata Haris.\n\n'
            "Menteri Kelautan dan Perikanan Wahyu Trenggono menilai budidaya harus jadi andalan.\n\n"
            '"Ibu-bapak sekalian, arahan Pak Menteri jelas, budidaya harus naik kelas," katanya.',
            [("Tahun ini", "Haris Muhtadi"), ("Ibu-bapak sekalian,", "Haris Muhtadi")],
            id="a quotation that speaks of the minister by title is not the minister's ('Kementerian' is no 'Menteri')",
        ),
        pytest.param(
            'Jakarta - Kepala Dinas Kesehatan Lampung Reihana mengatakan vaksin sudah tiba. "Stok cukup," kata Reihana.'
            "\n\nGubernur Lampung Arinal Djunaidi meminta vaksinasi dipercepat.\n\n"
            '"Pak Gubernur minta semua puskesmas buka sampai malam," ujarnya.',
            [("Stok cukup", "Reihana"), ("Pak Gubernur", "Reihana")],
            id="nor is one that speaks of the governor so the governor's",
        ),
        pytest.param(
            "Jakarta - Menteri Keuangan Sri Mulyani Indrawati meninjau kantor pajak.\n\n"
            '"Saya minta pelayanan dipercepat," ujarnya.',
            [("Saya minta", "Sri Mulyani Indrawati")],
            id="bound: a quotation that names no one is the subject's before it",
        ),
        pytest.param(
            "Jakarta - Pebalap Ducati Francesco Bagnaia menang.\n\n"
            'Rekan setimnya, Enea Bastianini, finis kedua. "Ini hasil luar biasa untuk tim," kata pebalap Italia itu.',
            [("Ini hasil", "Enea Bastianini")],
            id="bound: a common word opening the quotation names no one ('Ini' is not the end of 'Bastianini')",
        ),
        pytest.param(
            "Jakarta - Kementerian Luar Negeri dalam keterangan tertulisnya menyatakan tidak ada WNI yang menjadi "
            "korban gempa.\n\n"
            '"KBRI Ankara terus memantau perkembangan," demikian keterangan tersebut.',
            [("KBRI Ankara", "Kementerian Luar Negeri")],
            id="a statement pointed back to is the words of the body the article said issued it",
        ),
        pytest.param(
            "Paris - Presiden Prancis Emmanuel Macron dalam pernyataannya mengecam serangan itu. Warga berkumpul.\n\n"
            '"Prancis tidak akan pernah tunduk pada teror," bunyi pernyataan tersebut.',
            [("Prancis tidak", "Emmanuel Macron")],
            id="or of the person",
        ),
        pytest.param(
            "Moskow - Menteri Luar Negeri Rusia dalam pernyataan resminya menolak tuduhan itu. Presiden Ukraina "
            "Volodymyr Zelensky sebelumnya menuding Rusia.\n\n"
            '"Tuduhan itu tidak berdasar," tulis pernyataan itu.',
            [("Tuduhan itu", "")],
            id="bound: no one's, when an office the article names no holder of issued it",
        ),
        pytest.param(
            "Jakarta - Persija Jakarta merilis pernyataan resmi soal kerusuhan suporter. Pelatih Thomas Doll "
            "menyesalkan kejadian itu.\n\n"
            '"Kami meminta maaf kepada semua pihak," tulis pernyataan tersebut.',
            [("Kami meminta", "Persija Jakarta")],
            id="a club that issues it, as the subject of its sentence, is named whole",
        ),
        pytest.param(
            "Jakarta - BPBD DKI Jakarta dalam keterangan tertulisnya menyebut telah menyiagakan 400 pompa air.\n\n"
            '"Seluruh rumah pompa dalam kondisi siap operasi," demikian keterangan tersebut.',
            [("Seluruh rumah", "BPBD DKI Jakarta")],
            id="a body named by its initials and region issues it",
        ),
        pytest.param(
            "Makassar - Wali Kota Makassar Mohammad Ramdhan Pomanto atau Danny Pomanto meresmikan taman kota.\n\n"
            '"Taman ini untuk semua warga," kata Danny.',
            [("Taman ini", "Mohammad Ramdhan Pomanto")],
            id="a nickname of two words with the surname, given after a role, stands for the full name, as its first does",
        ),
        pytest.param(
            "Bangkok - Pemerintah Thailand dalam rilisnya menyatakan akan melegalkan pernikahan sesama jenis.\n\n"
            '"Ini langkah bersejarah bagi kesetaraan," demikian rilis tersebut.',
            [("Ini langkah", "Pemerintah Thailand")],
            id="a press release pointed back to is a statement too",
        ),
        pytest.param(
            'Jakarta - Dirut PT Transjakarta Welfizon Yuza menyebut penumpang naik. "Rekor kami pecah," papar Welfizon.'
            '\n\nPenumpang bernama Lestari mengeluhkan waktu tunggu. "Di Harmoni saya menunggu lama," keluhnya.',
            [("Rekor kami", "Welfizon Yuza"), ("Di Harmoni", "Lestari")],
            id="someone ordinary named with 'bernama' is a person, the subject who speaks",
        ),
        pytest.param(
            'Washington - Elon Musk mengumumkan rencana kota di Mars. "Manusia harus multiplanet," cuit Musk.\n\n'
            'Astronom Neil Tyson skeptis. "Mars lebih tidak ramah daripada Antartika," ujarnya dalam sebuah podcast.',
            [("Manusia harus", "Elon Musk"), ("Mars lebih", "Neil Tyson")],
            id="someone said to be sceptical is the sentence's subject, and an astronomer's is a role",
        ),
        pytest.param(
            'Washington - Elon Musk mengumumkan rencana kota di Mars. "Manusia harus multiplanet," cuit Musk.\n\n'
            "Astronom Neil deGrasse Tyson meragukan rencana itu. "
            '"Mars lebih tidak ramah daripada Antartika," ujarnya dalam sebuah podcast.',
            [("Manusia harus", "Elon Musk"), ("Mars lebih", "Neil deGrasse Tyson")],
            id="a surname with its particle written onto it in lower case is part of the name",
        ),
        pytest.param(
            "Tel Aviv - Militer Israel dalam pernyataannya mengklaim menewaskan seorang komandan.\n\n"
            '"Operasi ini berdasarkan informasi intelijen," bunyi pernyataan tersebut.',
            [("Operasi ini", "Militer Israel")],
            id="the dateline's place is not the statement's issuer",
        ),
        pytest.param(
            "Jakarta - Kepala Staf Kepresidenan AM Putranto menemui perwakilan massa.\n\n"
            '"Aspirasi ini akan kami sampaikan ke Presiden," kata Putranto.',
            [("Aspirasi ini", "AM Putranto")],
            id="initials opening the name after an office and its body are the name's",
        ),
        pytest.param(
            "Lombok - Gempa mengguncang Lombok Utara.\n\n"
            'Warga Tanjung, Lalu Muhammad Zaini, mengaku keluar rumah. "Guncangannya kuat sekali," kata Zaini.',
            [("Guncangannya kuat", "Lalu Muhammad Zaini")],
            id="a Sasak name set off by commas keeps its 'Lalu'",
        ),
        pytest.param(
            "Lombok - Gempa mengguncang Lombok Utara. Lalu Muhammad Zaini keluar rumah.\n\n"
            '"Guncangannya kuat sekali," kata Zaini.',
            [("Guncangannya kuat", "Muhammad Zaini")],
            id="bound: 'Lalu' opening a sentence is 'then'",
        ),
        pytest.param(
            "Roma - Paus Leo XIV memimpin misa pertamanya.\n\n"
            'Kardinal Ignatius Suharyo yang hadir mengaku terharu. "Ini momen bersejarah," ujar Uskup Agung Jakarta '
            "tersebut.",
            [("Ini momen", "Ignatius Suharyo")],
            id="a cardinal's and an archbishop's are roles, the latter pointing back to the one named before",
        ),
        pytest.param(
            '"Omzetnya Rp 1 miliar per bulan," kata Direktur Reserse Siber Polda Metro Jaya Kombes Roberto Pardamean '
            "Siregar kepada wartawan.\n\n"
            'Menurut Roberto, para pelaku direkrut lewat media sosial. "Mereka digaji Rp 5 juta," ujarnya.',
            [("Omzetnya Rp", "Roberto Pardamean Siregar"), ("Mereka digaji", "Roberto Pardamean Siregar")],
            id="a name the article goes by with 'Menurut …,' is someone's, not a body's word after a rank",
        ),
    ],
)
def test_probed_speaker_forms_56(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text, joined",
    [
        ("Menurut Eugenia Oviedo - Joekes, profesor. Studi Oviedo - Joekes menunjukkan.", "Oviedo - Joekes"),
        ("Pasangan Anies - Sandi menang. Relawan Anies - Sandi bersorak.", ""),  # never after a given name
        ("rute Ho Chi Minh - Jakarta dibuka. Dari Ho Chi Minh - Jakarta ke Jakarta.", ""),  # 'Jakarta' alone too
        ("Jakarta - Bogor - Depok - Bekasi. Jalur Jakarta - Bogor - Depok.", ""),  # a chain of places
        ("kata Eugenia Oviedo - Joekes saja.", ""),  # written once
    ],
)
def test_which_spaced_hyphens_are_joined(text: str, joined: str) -> None:
    result = with_joined_names(text)
    assert len(result) == len(text)
    assert (joined.replace(" - ", f"{JOINER}-{JOINER}") in result) if joined else result == text


_PIECES = st.sampled_from(["Oviedo", "Joekes", "Eugenia", " - ", " ", "kata", ", ", ".", JOINER])


@given(st.lists(_PIECES, max_size=40).map("".join))
def test_joining_keeps_every_offset_and_is_undone(text: str) -> None:
    result = with_joined_names(text)
    assert len(result) == len(text)
    assert unjoined(result) == unjoined(text)  # nothing changed but spaces around a hyphen
