"""Speaker and role forms from made-up articles written in session 38 to probe the rules beyond the annotated sets:
'Menurut' before a role that a portfolio's 'dan' joins; a subject given in apposition ('Kapten tim, Andy Setyo,')
before an adverb, after an opening clause, or before a verb that has no prefix ('ikut', 'finis'); a company between a
profession and a name; a plural ('Bangsa-Bangsa') or 'Kantor' in a body's name; the word after 'Universitas' before
one name; someone brought in unnamed ('Seorang juru bicara …'); 'lapor'; a nickname first given in the attribution;
someone the attribution names ('ujar kekasih aktris Ariel Tatum itu', 'ujarnya kepada Jokowi') is not its speaker;
a short form of a name; an English word for a company; a crowd's chant; someone first named in the paragraph before.
The quotes found, as (first words, speaker), and the role a quote shows."""

import pytest
from test_quote_shapes import found

from sitegen.name_index import NameIndex
from sitegen.quotes import extract_quotes
from sitegen.word_forms import is_plural


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Jakarta - BNPB mencatat korban bertambah.\n\nMenurut Kepala Pusat Data Informasi dan Humas BNPB "
            'Sutopo Purwo Nugroho, "Sebagian besar korban tertimpa bangunan yang roboh."',
            [("Sebagian besar", "Sutopo Purwo Nugroho")],
            id="'Menurut' before a role joined by 'dan': the name after the whole role",
        ),
        pytest.param(
            "Jakarta - Timnas kalah.\n\nKapten tim, Andy Setyo, juga meminta maaf. "
            '"Kami akan belajar dari kekalahan ini," ujarnya singkat.',
            [("Kami akan", "Andy Setyo")],
            id="an adverb after a subject in apposition is no one unnamed speaking",
        ),
        pytest.param(
            '"Klien saya korban," kilah Hotman Paris Hutapea.\n\nSebaliknya, pelapor, Rudy Tanoto, bersikeras '
            'uangnya dibawa kabur. "Saya punya bukti transfer," imbuhnya.',
            [("Klien saya", "Hotman Paris Hutapea"), ("Saya punya", "Rudy Tanoto")],
            id="a paragraph opening on a clause, then who someone is, then their name",
        ),
        pytest.param(
            '"Saya tidak berpikir soal menang," kenang Susy Susanti.\n\nSuami Susy, Alan Budikusuma, yang juga '
            'meraih emas, ikut bercerita. "Kami disambut seperti pahlawan," kelakarnya.',
            [("Saya tidak", "Susy Susanti"), ("Kami disambut", "Alan Budikusuma")],
            id="'ikut' before the verb: the one in apposition acts",
        ),
        pytest.param(
            '"Motor bekerja sempurna," kata Marc Marquez.\n\nRekan setimnya, Jorge Lorenzo, finis di urutan '
            'ke-12. "Ini akhir pekan yang sulit," akunya.',
            [("Motor bekerja", "Marc Marquez"), ("Ini akhir", "Jorge Lorenzo")],
            id="a verb with no prefix ('finis') after the one in apposition",
        ),
        pytest.param(
            'Pebalap Honda Marc Marquez menang. "Motor bekerja sempurna," kata Marquez.',
            [("Motor bekerja", "Marc Marquez")],
            id="a company between a profession and a full name",
        ),
        pytest.param(
            'Voli putri menang. Aprilia Manganang mencetak poin. "Puji Tuhan kami menang," kata Aprilia.',
            [("Puji Tuhan", "Aprilia Manganang")],
            id="bound: a given name that is also a brand's stays a name",
        ),
        pytest.param(
            "Pengamat politik Universitas Padjadjaran Muradi menilai koalisi rawan pecah. "
            '"Kepentingan partai berbeda-beda," ucap Muradi.',
            [("Kepentingan partai", "Muradi")],
            id="the word after 'Universitas' is the school's, before the one name the article uses",
        ),
        pytest.param(
            "Jakarta - Seorang juru bicara Gedung Putih mengatakan Presiden Trump akan bertemu Kim Jong Un.\n\n"
            '"Persiapan sedang berjalan," kata juru bicara itu tanpa merinci lokasinya.',
            [("Persiapan sedang", "")],
            id="a description pointing back to someone brought in unnamed names no one",
        ),
        pytest.param(
            'Ledakan terjadi di Kabul.\n\n"Sedikitnya 20 orang tewas," lapor Reuters mengutip pejabat setempat.',
            [("Sedikitnya 20", "Reuters")],
            id="'lapor', a news agency's speech verb",
        ),
        pytest.param(
            '"Pelaku datang membawa golok," kata Pujianto.\n\nAgus Prasetyo, sekuriti perusahaan itu, sempat berebut '
            'golok dengan pelaku.\n\n"Jari kelingkingnya terluka," ujar Pujianto.\n\nAgus Prasetyo kemudian '
            'melaporkan peristiwa ini ke Polsek. Polisi langsung menangkap pelaku.\n\n"Golok juga telah kami '
            'amankan," katanya.',
            [("Pelaku datang", "Pujianto"), ("Jari kelingkingnya", "Pujianto"), ("Golok juga", "Pujianto")],
            id="bound: 'melaporkan' to the police is no speech",
        ),
        pytest.param(
            "Bupati Aceh Utara Muhammad Thaib berjanji menampung pengungsi. "
            '"Atas dasar kemanusiaan kita bantu," ujar pria yang akrab disapa Cek Mad itu.',
            [("Atas dasar", "Muhammad Thaib")],
            id="a nickname first given in the attribution is the one named before",
        ),
        pytest.param(
            "Pemain belakang Ryuji Utomo merayakan ulang tahun Jakarta. Aktris Ariel Tatum juga hadir.\n\n"
            '"Semoga Jakarta makin maju," ujar kekasih aktris Ariel Tatum itu.',
            [("Semoga Jakarta", "Ryuji Utomo")],
            id="a description naming someone else is not them, though they were the last to act",
        ),
        pytest.param(
            "Menteri Perdagangan Enggartiasto Lukita melapor soal impor beras. Presiden Joko Widodo mendengarkan "
            'paparan itu.\n\n"Stok kita aman sampai akhir tahun," ujarnya kepada Jokowi.',
            [("Stok kita", "Enggartiasto Lukita")],
            id="the one spoken to is not the one 'ujarnya' means",
        ),
        pytest.param(
            "Pengusaha Hary Tanoesoedibjo mendirikan Partai Perindo.\n\n"
            '"Kami ingin ikut membangun bangsa," kata Hary Tanoe dalam deklarasi partai.',
            [("Kami ingin", "Hary Tanoesoedibjo")],
            id="a short form of a name's last word is the name in full",
        ),
        pytest.param(
            "Direktur Utama Java Festival Production Dewi Gontha mengatakan festival menghadirkan 150 musisi.\n\n"
            '"Kami ingin tetap menjadi festival jazz terbesar," kata Dewi.',
            [("Kami ingin", "Dewi Gontha")],
            id="an English word for a company is no part of a name",
        ),
        pytest.param(
            '"Kita ingin Indonesia adil dan makmur!" teriak Prabowo Subianto.\n\nMassa pendukung pun bersorak, '
            '"Prabowo presiden!"',
            [("Kita ingin", "Prabowo Subianto"), ("Prabowo presiden!", "")],
            id="a crowd's chant after 'bersorak' is no one's named",
        ),
        pytest.param(
            '"Tarif sekarang tidak cukup," kata salah seorang pengemudi, Agus Sutrisno.\n\nPerwakilan pengemudi '
            "kemudian diterima Kepala Staf Kepresidenan Moeldoko. Usai pertemuan, Moeldoko berjanji menyampaikan "
            'tuntutan itu.\n\n"Kami akan bahas bersama Kementerian Perhubungan," ujarnya.',
            [("Tarif sekarang", "Agus Sutrisno"), ("Kami akan", "Moeldoko")],
            id="someone the paragraph before first names, opening its second sentence",
        ),
    ],
)
def test_probed_speakers_38(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text, speaker, role",
    [
        pytest.param(
            "Sekretaris Jenderal Perserikatan Bangsa-Bangsa (PBB) Antonio Guterres menyerukan gencatan senjata. "
            '"Penderitaan warga sipil harus diakhiri," kata Guterres.',
            "Antonio Guterres",
            "Sekretaris Jenderal Perserikatan Bangsa-Bangsa (PBB)",
            id="a plural is a body's word, never a name",
        ),
        pytest.param(
            "Jakarta - Bandara Ngurah Rai ramai.\n\nKepala Kantor Bea dan Cukai Ngurah Rai Himawan Indarjono "
            'mengatakan pelaku ditangkap.\n\n"Barang bukti kami temukan saat pemeriksaan," kata Himawan.',
            "Himawan Indarjono",
            "Kepala Kantor Bea dan Cukai Ngurah Rai",
            id="'Kantor' opens a body, whose name goes on after 'dan'",
        ),
        pytest.param(
            "Jakarta - BNPB mencatat korban bertambah.\n\nMenurut Kepala Pusat Data Informasi dan Humas BNPB "
            'Sutopo Purwo Nugroho, "Sebagian besar korban tertimpa bangunan."',
            "Sutopo Purwo Nugroho",
            "Kepala Pusat Data Informasi dan Humas BNPB",
            id="'Menurut' is no part of the role",
        ),
    ],
)
def test_probed_roles_38(text, speaker, role):
    assert [(q.speaker, q.role) for q in extract_quotes(text)] == [(speaker, role)]


@pytest.mark.parametrize(
    "word, plural",
    [
        ("Bangsa-Bangsa", True),
        ("negara-negara", True),
        ("Negara-negara", True),
        ("Geun-hye", False),  # a hyphenated name has two different halves
        ("Jean-Pierre", False),
        ("ke-12", False),
        ("a-a", False),  # too short to be a word said twice
    ],
)
def test_is_plural(word, plural):
    assert is_plural(word) is plural


_NAMES = [("Hary Tanoesoedibjo", "Pengusaha"), ("Hary Tanoe", ""), ("Budi Santoso", ""), ("Budi Sanusi", "")]


@pytest.mark.parametrize(
    "key, written_out",
    [
        (["hary", "tanoe"], ("Hary Tanoesoedibjo", "Pengusaha")),
        (["hary", "tanoesoedibjo"], None),  # the name itself
        (["budi", "san"], None),  # two names fit
        (["budi", "sa"], None),  # too short a start to tell
        (["tanoe", "hary"], None),  # the words in another order
    ],
)
def test_abbreviated(key, written_out):
    assert NameIndex(_NAMES).abbreviated(key) == written_out
