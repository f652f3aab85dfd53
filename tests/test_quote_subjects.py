"""Speaker forms met in quotes_random_fresh13.json (session 23), in the misses of fresh14, fresh15 and the older
sets (session 24) and of fresh16 (session 25), each in a made-up article of the same kind, with the dev articles' counter-examples that bound
them: the quotes found, as (first words, speaker)."""

import pytest
from test_quote_shapes import found

from sitegen.quotes import extract_quotes


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Perusahaan kios digital, K Pay, meluncurkan program kemitraan. K Pay menyasar pelaku UMKM.\n\n"
            '"Kami ingin UMKM tumbuh bersama kami," ujar Direktur Utama K Pay Budi Hartanto, Selasa.',
            [("Kami ingin", "Budi Hartanto")],
            id="a body the article names on its own elsewhere is not the start of the name after it",
        ),
        pytest.param(
            "Robot itu dirancang oleh tim Honda Racing Division.\n\n"
            '"Mesin ini lebih ringan dari yang lama," tutur GM Racing Division Takeshi Yamada.',
            [("Mesin ini", "Takeshi Yamada")],
            id="nor is a body whose name ends another name elsewhere",
        ),
        pytest.param(
            '"Kami melayani pasangan muda," terang Pendiri Nikahku Rudi Bangun Saputra kepada wartawan.\n\n'
            '"Semua vendor kami sudah terdaftar dan terverifikasi."\n\nRudi mengklaim vendornya terus bertambah.',
            [("Kami melayani", "Rudi Bangun Saputra"), ("Semua vendor", "Rudi Bangun Saputra")],
            id="a first name the article uses alone, after a quotation paragraph, stays part of the name",
        ),
        pytest.param(
            "Kapolsek Beji Kompol Agus Salim mengatakan korban sudah ditemukan.\n\n"
            '"Korban dalam keadaan sehat," ujarnya.\n\n'
            "Sementara itu, Humas UI Dewi Lestari menambahkan korban dijemput keluarga.\n\n"
            'Rina berhasil ditemukan Sabtu lalu. "Kondisinya baik dan sehat," tuturnya.',
            [("Korban dalam", "Agus Salim"), ("Kondisinya baik", "Dewi Lestari")],
            id="someone something is done to ('Rina berhasil ditemukan') is not who 'tuturnya' means",
        ),
        pytest.param(
            "Kapten Persipura Boaz Solossa pulih dari cedera. Boaz sudah berlatih bersama tim.\n\n"
            '"Semua pemain siap," kata pelatih Persipura, Wanderley Junior.\n\n'
            "Ia berharap anak asuhnya tak meremehkan lawan.\n\n"
            '"Kita harus kerja keras untuk menang," ujarnya.',
            [("Semua pemain", "Wanderley Junior"), ("Kita harus", "Wanderley Junior")],
            id="a pronoun means the one named last, a quotation's speaker included",
        ),
        pytest.param(
            "Baru-baru ini JK Rowling mengungkapkan kisah baru di laman Pottermore.\n\n"
            '"Henry dikenal sebagai Harry oleh teman-temannya," tulis Rowling.',
            [("Henry dikenal", "JK Rowling")],
            id="two capitals used nowhere but before a name are its initials",
        ),
        pytest.param(
            "Putra aktor Will Smith, Jaden meluncurkan video musik baru.\n\n"
            '"Batman, Batman, Batman, we need to settle the scores," rap Jaden di tengah kerumunan.',
            [("Batman, Batman,", "Jaden")],
            id="a word the verb list lacks, then a name the article uses alone for someone",
        ),
        pytest.param(
            'Jika jawabannya "tidak ada kemerdekaan," berarti Catalonia tetap bersama Spanyol.',
            [],
            id="but not a derived word ('berarti') before a place",
        ),
        pytest.param(
            'Pimpinan sidang bertanya kepada peserta.\n\n"Setuju," jawab para kader serempak.\n\n“Nantilah,” ujarnya.',
            [],
            id="one word is an answer, not a quotation",
        ),
        pytest.param(
            "Ketua Komisi Yudisial Arief Hakim Nugroho menilai putusan itu janggal.\n\n"
            '"Kami akan memeriksa majelisnya," kata Arief.',
            [("Kami akan", "Arief Hakim Nugroho")],
            id="a role word that is also a given name, after a given name, is part of the name",
        ),
        pytest.param(
            'Presenter Irfan Hakim sibuk selama Ramadhan.\n\n"Kru juga punya keluarga," kata Irfan.',
            [("Kru juga", "Irfan Hakim")],
            id="also where it ends the name",
        ),
        pytest.param(
            'Jaksa Agung Muhammad Prasetyo menolak permintaan itu.\n\n"Kami tidak punya kapasitas," kata Prasetyo.',
            [("Kami tidak", "Muhammad Prasetyo")],
            id="but not after a role word ('Jaksa Agung')",
        ),
        pytest.param(
            "Menteri Perhubungan Budi Karya Sumadi meninjau Pelabuhan Merak bersama Kapolda Banten Rudy Heriyanto. "
            "Rudy Heriyanto memastikan arus aman.\n\n"
            "Menhub menjelaskan arus mudik tahun ini lancar.\n\n"
            '"Kami menambah kapal pada malam hari," katanya.',
            [("Kami menambah", "Budi Karya Sumadi")],
            id="a role used alone as a subject ('Menhub menjelaskan') is the one person named with it",
        ),
        pytest.param(
            "Jakarta - Pelukis Dani Kusuma untuk pertama kalinya akan memamerkan karya di atas kaca.\n\n"
            '"Ini baru kali pertama saya melukis di atas kaca," ujar dia.',
            [("Ini baru", "Dani Kusuma")],
            id="an adverb between a subject and its verb ('untuk pertama kalinya akan memamerkan')",
        ),
        pytest.param(
            "Penyanyi Taylor Kirana merayakan ulang tahunnya. Kirana mendapat cincin dari kekasihnya.\n\n"
            "Tak hanya Taylor yang mengunggah foto itu.\n\n"
            '"Ulang tahun terbaik yang pernah ada," tulis Kirana.',
            [("Ulang tahun", "Taylor Kirana")],
            id="a first name used once alone is still the first name of the surname the article uses",
        ),
        pytest.param(
            "Aktor Song Joong Ki memilih drama baru. Ia memerankan Kim Jae - won (Song Joong - ki).\n\n"
            '"Saya memilih drama ini karena naskahnya," kata Song Joong Ki.',
            [("Saya memilih", "Song Joong Ki")],
            id="a name written once with spaced syllables ('Joong - ki') does not outweigh its usual form",
        ),
        pytest.param(
            '"Pesanan naik dua kali lipat," ujar Country Manager TokoKita Andi Saputra.\n\n'
            '"Kami siap," kata pembawa acara Ellen DeGeneres.',
            [("Pesanan naik", "Andi Saputra"), ("Kami siap", "Ellen DeGeneres")],
            id="a brand written with a capital inside is no part of the name after it; a surname's prefix is",
        ),
        pytest.param(
            '"Pelaku sudah kami amankan," unggah \u202cakun instagram resmi Humas Polres Bogor, Jumat.',
            [("Pelaku sudah", "Humas Polres Bogor")],
            id="an official account, its platform in small letters, speaks for the body it names",
        ),
        pytest.param(
            "Sementara itu, Rizal Hakiki secara tidak langsung mengatakan kota itu miniatur Indonesia. "
            "Maka, pemain beralias Ijal itu berharap kota menjadi contoh.\n\n"
            '"Selamat ulang tahun," tutur Ijal.',
            [("Selamat ulang", "Rizal Hakiki")],
            id="a description that gives a nickname right after someone named in full gives their nickname",
        ),
        pytest.param(
            "Beberapa penyanyi melapor. Produser Harvey Keller melecehkan banyak perempuan.\n\n"
            "Seorang musisi misalnya, menulis “di Oslo saya diserang oleh orang yang saya sukai.”\n\n"
            "“Saya pikir ini sesuatu yang biasa,” ujarnya melanjutkan.",
            [("di Oslo", ""), ("Saya pikir", "")],
            id="someone unnamed opening a sentence ('Seorang musisi misalnya, menulis') is whom 'ujarnya' means",
        ),
        pytest.param(
            "Sebuah studi di Journal of Physical Chemistry B, menyebut cabai membunuh sel kanker. "
            "Bukan hanya peneliti India yang tertarik, Dr Lea Kramer dari Universitas Ruhr di Bochum, Jerman, "
            'menyatakan hal serupa.\n\n"Capsaicin menghambat pertumbuhan sel kanker," katanya.',
            [("Capsaicin menghambat", "Lea Kramer")],
            id="a title after 'of' is no one; 'dari …' may stand between a subject and its verb",
        ),
        pytest.param(
            '"Pemerintah akan mencabut otonomi itu," bunyi pernyataan pemerintah Spanyol, Kamis.',
            [("Pemerintah akan", "Pemerintah Spanyol")],
            id="a government's statement is the government's",
        ),
        pytest.param(
            'Atim Arta Ota hilang di Mina.\n\n"Suami saya sempat menelepon kami," kata istri Atim.',
            [("Suami saya", "")],
            id="someone's kin, named by that someone, is not them",
        ),
    ],
)
def test_speaker_forms(text, expected):
    assert found(text) == expected


_CUT = "Israel memangkas sumbangannya ke PBB.\n\n"


@pytest.mark.parametrize(
    "who, speaker",
    [
        ("tulis Kemenlu Israel dalam pernyataan resmi", "Kemenlu Israel"),
        ("kata Kementerian Luar Negeri Israel", "Kementerian Luar Negeri Israel"),
        ("tulis Pemerintah Israel, Kamis", "Pemerintah Israel"),
        ("kata Polda Metro Jaya dalam rilisnya", "Polda Metro Jaya"),
        ("kata Kedutaan Besar AS di Jakarta", "Kedutaan Besar AS"),
        # someone in the body, unnamed or named, is not the body
        ("kata juru bicara Kementerian Telekomunikasi Iran kepada AFP", ""),
        ("tutur seorang pejabat Kemlu Jepang di Tokyo", ""),
        ("kata Menlu Israel", ""),
        ("kata Kabid Humas Polda Metro Jaya Kombes Argo Yuwono", "Argo Yuwono"),
    ],
)
def test_a_body_named_whole_speaks_for_itself(who, speaker):
    assert found(f'{_CUT}"Dana itu kami alihkan ke negara sahabat," {who}.') == [("Dana itu", speaker)]


_STOCK = (
    "Direktur Utama PT Pangan Jaya Arief Prasetyo menyatakan stok beras aman.\n\n"
    "Arief mengatakan saat ini stok di pasar induk milik Pangan Jaya mencapai 27.500 ton.\n\n"
    "Jumlah stok tersebut melebihi batas aman yang dibutuhkan ibu kota.\n\n"
)


@pytest.mark.parametrize(
    "quotation, speaker",
    [
        pytest.param(
            '"Stok pasar induk beras 27.500 ton, di atas batas aman," di kawasan Cakung, Selasa (23/1).',
            "Arief Prasetyo",
            id="a tail that gives only where and when, after a paragraph that names no one",
        ),
        pytest.param(
            '"Stok pasar induk beras 27.500 ton, di atas batas aman."',
            "Arief Prasetyo",
            id="a paragraph of its own, after a paragraph that names no one",
        ),
        pytest.param(
            'Menurut Budi Santoso, pedagang beras, harga sudah turun.\n\n"Stok pasar induk beras 27.500 ton."',
            "Budi Santoso",
            id="the paragraph right before names the speaker",
        ),
    ],
)
def test_a_quotation_paragraph_goes_on_with_who_was_reported_speaking(quotation, speaker):
    assert found(_STOCK + quotation)[-1] == ("Stok pasar", speaker)


@pytest.mark.parametrize(
    "opening, closing",
    [("’’", "’’"), ("‘‘", "’’"), ("‘‘ ", " ’’")],
)
def test_doubled_single_marks_are_quotation_marks(opening, closing):
    text = f"Zabadi menambahkan, galeri itu menjual produk kulit. {opening}Jadi, ada beberapa perbedaan dengan galeri lain,{closing} katanya."
    (quote,) = extract_quotes(text)
    assert (quote.text, quote.speaker) == ("Jadi, ada beberapa perbedaan dengan galeri lain", "Zabadi")
    assert text[quote.start : quote.end] == quote.text
