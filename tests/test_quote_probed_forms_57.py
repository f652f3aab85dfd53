"""Speaker forms probed in session 57: kin the article names with 'sang' ('Larson sang ibu', 'sang istri, Tiwi
Puspitasari,') are the ones 'ujar sang ibu' and 'ujar sang istri' name, and a single name so given to kin is that
person's own, not the short form of a relative's full name ('Scout Penelope Larson', the daughter). A head's office in one
word ('Kadiskes') names the one the article gives it, past a navy corps in brackets ('Letkol Laut (K)'). A state that is a
sentence's subject speaks ('Namun China, …, mengatakan'); words in marks in a sentence that goes on with what the one
before reported ('Florence Parly mengatakan …. Selain itu, … "motif dan keadaan"') are that speaker's. A short term the
article marks each time it uses it ('"wild card"') is no one's words. A 'bound' row passed before the change too. The
quotes found, as (first words, speaker)."""

import re

import pytest
from test_quote_shapes import found

from sitegen.kin import kin_given
from sitegen.terms import marked_again


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Jakarta - Scout Penelope Larson, gadis cilik asal Florida, memikat hati netizen. Larson menjadi "
            'sorotan.\n\n"Saya ingin kami tetap berpikir positif," ujar sang ibu.\n\n'
            'Dari situlah, Larson sang ibu mulai membuat foto.\n\n"Setiap menit sangat berharga," kata Larson.',
            [("Saya ingin", "Larson"), ("Setiap menit", "Larson")],
            id="a surname given to the mother is hers, and 'ujar sang ibu' names her, even before",
        ),
        pytest.param(
            "Surabaya - Budi Santoso, siswa SD, juara olimpiade. Santoso sang ayah bangga.\n\n"
            '"Dia belajar setiap malam," kata Santoso.\n\n"Saya senang sekali," kata Budi.',
            [("Dia belajar", "Santoso"), ("Saya senang", "Budi Santoso")],
            id="the father's surname is his, the son's given name still the son's",
        ),
        pytest.param(
            "Jakarta - Scout Penelope Larson memikat hati netizen. Ibunya, Jennifer Larson, memotret setiap hari.\n\n"
            'Larson sang ibu mulai membuat foto.\n\n"Setiap menit sangat berharga," kata Larson.',
            [("Setiap menit", "Jennifer Larson")],
            id="a surname given to the mother whose full name is given as hers stands for that full name",
        ),
        pytest.param(
            "Jakarta - Dokter Adib Khumaidi menangani pasien itu.\n\n"
            "Sebelumnya sang istri, Tiwi Puspitasari, melapor ke polisi.\n\n"
            '"Suami saya belum pulang sejak Senin," ujar sang istri.',
            [("Suami saya", "Tiwi Puspitasari")],
            id="kin named in apposition after 'sang'",
        ),
        pytest.param(
            "Jakarta - Polisi mencari Atim.\n\nMenurut keterangan sang istri, Agus mengatakan Atim sering pergi.\n\n"
            '"Dia biasa pulang malam," ujar sang istri.',
            [("Dia biasa", "")],
            id="bound: a name after 'sang istri,' that goes on to a verb is not hers",
        ),
        pytest.param(
            'Jakarta - Tujuan sang ibu mendandani Scout bukan tanpa alasan.\n\n"Saya ingin kami tetap berpikir '
            'positif," ujar sang ibu.',
            [("Saya ingin", "")],
            id="bound: a capitalised common word before 'sang ibu' names no one",
        ),
        pytest.param(
            "Jakarta - Kadiskes Kolinlamil Letkol Laut (K) dr. Hengky Setyahadi Sp. B, FINACS, mengatakan fumigasi "
            'rutin.\n\n"Fumigasi mencegah hama merusak alutsista," jelas Kadiskes.',
            [("Fumigasi mencegah", "Hengky Setyahadi")],
            id="a head's office in one word, and a navy corps in brackets after the rank",
        ),
        pytest.param(
            "Bandung - Kasatlantas Polrestabes Bandung AKBP Agung Reza mengatakan jalan ditutup.\n\n"
            '"Kami alihkan arus ke Jalan Riau," kata Kasatlantas.',
            [("Kami alihkan", "Agung Reza")],
            id="a unit's head in one word names the one the article gives that office",
        ),
        pytest.param(
            "Surabaya - Komandan KRI Bima Suci Letkol Laut (P) Widyatmoko Baskoro mengatakan kapal siap berlayar.\n\n"
            '"Semua awak dalam kondisi sehat," kata Widyatmoko.',
            [("Semua awak", "Widyatmoko Baskoro")],
            id="bound: a navy corps before a name the speaker goes by",
        ),
        pytest.param(
            'Medan - Seorang pedagang, Kasih Lubis, mengeluhkan harga cabai.\n\n"Harga naik terus," kata Kasih.',
            [("Harga naik", "Kasih Lubis")],
            id="bound: a given name that starts as an office word does ('Kasih') is a name",
        ),
        pytest.param(
            "Yangon - Amerika Serikat mendesak Myanmar melindungi warga sipil.\n\nNamun China, yang merupakan pesaing "
            "Amerika Serikat di kawasan itu, mengatakan pada Selasa bahwa mereka mendukung upaya Myanmar untuk "
            'melindungi "pembangunan dan stabilitas."',
            [("pembangunan dan", "China")],
            id="a state that is a sentence's subject speaks, its partial quotation kept",
        ),
        pytest.param(
            'Kyiv - Pasukan Rusia menarik diri dari Kherson.\n\nAmerika Serikat mengatakan, "Kami akan terus '
            'memantau situasi di kawasan itu dengan saksama."',
            [("Kami akan", "Amerika Serikat")],
            id="a state of two words",
        ),
        pytest.param(
            'Seoul - Presiden Korea Selatan mengatakan, "Kami tidak akan tinggal diam menghadapi ancaman itu."',
            [("Kami tidak", "")],
            id="bound: a state's office, its holder unnamed, is no one named",
        ),
        pytest.param(
            "Paris - Menteri Angkatan Bersenjata Florence Parly mengatakan pelaku masih dikejar polisi. Selain itu, "
            'investigasi untuk menentukan "motif dan keadaan" telah berjalan.',
            [("motif dan", "Florence Parly")],
            id="a partial quotation in the sentence that goes on with what the one before reported",
        ),
        pytest.param(
            "Bandung - Kapolrestabes Bandung Kombes Ulung Sampurna Jaya mengatakan arus lalu lintas dialihkan. Lebih "
            'lanjut, pengendara diminta "bersabar dan tertib" selama perbaikan.',
            [("bersabar dan", "Ulung Sampurna Jaya")],
            id="'Lebih lanjut,' goes on too",
        ),
        pytest.param(
            'Paris - Polisi masih memburu pelaku. Selain itu, warga diminta "tetap tenang" di rumah.',
            [],
            id="bound: after a sentence that reports no one's words, words in marks are a term",
        ),
        pytest.param(
            "Paris - Menteri Florence Parly mengatakan pelaku masih dikejar.\n\n"
            'Selain itu, "aksi pengecut" itu mengundang kecaman.',
            [],
            id="bound: a new paragraph does not go on with the report",
        ),
        pytest.param(
            "Jakarta - Kabid Humas Polda Metro Jaya Kombes Ade Ary Syam Indradi mengatakan dua tersangka ditangkap."
            '\n\n"Keduanya kami tangkap di Depok," kata Kabid Humas.',
            [("Keduanya kami", "Ade Ary Syam Indradi")],
            id="four words after a rank are the name",
        ),
        pytest.param(
            '"Pelaku sudah kami amankan," ujar Kabid Humas Polda Metro Jaya Kombes Raden Prabowo Argo Yuwono di Mapolda.',
            [("Pelaku sudah", "Prabowo Argo Yuwono")],
            id="bound: 'Raden', a noble title after the rank, is no part of the name",
        ),
        pytest.param(
            "Jakarta - Penyanyi Raisa Andriana merilis album baru.\n\n"
            'Sang suami, Hamish Daud, turut hadir. "Aku bangga banget," ujar Hamish.\n\n'
            '"Kami sempat ragu," kata sang suami.',
            [("Aku bangga", "Hamish Daud"), ("Kami sempat", "Hamish Daud")],
            id="kin named in apposition after 'Sang' opening a sentence",
        ),
        pytest.param(
            "Jakarta - Kadisdik DKI Jakarta Purwosusilo mengatakan sekolah swasta gratis mulai berlaku.\n\n"
            '"Ada 40 sekolah tahap pertama," kata Kadisdik.',
            [("Ada 40", "Purwosusilo")],
            id="an office names the one single name given it, where no full name has it",
        ),
        pytest.param(
            "Jakarta - Kadisdik DKI Jakarta Purwosusilo dan Kadiskes DKI Jakarta Ani Ruspitawati meninjau sekolah.\n\n"
            '"Semua siswa sudah divaksin," kata Kadiskes.',
            [("Semua siswa", "Ani Ruspitawati")],
            id="each head's office its own",
        ),
        pytest.param(
            "Jakarta - Sekolah swasta gratis mulai berlaku.\n\nOrang tua murid, Yuliani, menyambut baik kebijakan "
            'itu. "Sangat membantu kami," katanya.',
            [("Sangat membantu", "Yuliani")],
            id="a parent's name set off after 'Orang tua murid,' is someone's",
        ),
        pytest.param(
            "Jakarta - Kakak beradik Nabila dan Naura Ayu tampil dalam film baru.\n\n"
            '"Syutingnya berat tapi seru," kata Nabila.\n\nNaura sang adik mengaku sempat takut. "Adegan hantunya '
            'bikin aku mimpi buruk," ujar Naura.',
            [("Syutingnya berat", "Nabila"), ("Adegan hantunya", "Naura Ayu")],
            id="bound: a given name given to kin is the same person's: relatives share a surname",
        ),
        pytest.param(
            "Semarang - Kasubdit Gakkum Ditlantas Polda Jateng AKBP Agus Suryo Nugroho mengatakan ada 320 pelanggar "
            'terjaring razia.\n\n"Paling banyak tidak pakai helm," kata Kasubdit Gakkum.',
            [("Paling banyak", "Agus Suryo Nugroho")],
            id="an office of two words names the one whose office opens so",
        ),
        pytest.param(
            "Jakarta - Staf Khusus Presiden Jokowi, Dini Purwono, menjelaskan aturan baru itu.\n\n"
            '"Aturan ini untuk melindungi pekerja," kata Presiden Jokowi di Istana.',
            [("Aturan ini", "Jokowi")],
            id="bound: not the one whose office only holds those words",
        ),
        pytest.param(
            'Jakarta - Pengusaha Siti Nurhaliza Rangkuti menyumbangkan beras. "Ini titipan," kata Siti.\n\n'
            'Pria yang akrab disapa Bang Ucok, relawan posko banjir, membantu distribusi. "Kami salurkan malam ini '
            'juga," kata pria yang akrab disapa Bang Ucok itu.',
            [("Ini titipan", "Siti Nurhaliza Rangkuti"), ("Kami salurkan", "Bang Ucok")],
            id="a nickname the article gave before, repeated in the attribution, names its owner",
        ),
        pytest.param(
            'Jakarta - Relawan Yusuf Hidayat membantu distribusi beras.\n\n"Kami salurkan malam ini juga," kata pria '
            "yang akrab disapa Ucok itu.",
            [("Kami salurkan", "Yusuf Hidayat")],
            id="bound: a nickname first given in the attribution is the one named before",
        ),
        pytest.param(
            "Madrid - Pelatih Barcelona Hansi Flick buka suara soal cedera Lamine Yamal.\n\n"
            'Flick: "Lamine akan absen dua pekan, kami tidak mau mengambil risiko."',
            [("Lamine akan", "Hansi Flick")],
            id="a paragraph opening on a name and a colon, as an interview is written down",
        ),
        pytest.param(
            "Jakarta - Wakil Menteri Luar Negeri Arif Havas Oegroseno bertemu Duta Besar Jepang Masaki Yasushi.\n\n"
            '"Kami membahas kerja sama maritim," kata Havas.',
            [("Kami membahas", "Arif Havas Oegroseno")],
            id="an office spelled out ('Menteri Luar Negeri') is no body that a name's first word ends",
        ),
        pytest.param(
            'Jakarta - Direktur Utama Perumda Pasar Jaya Arief Nasrudin meninjau pasar.\n\n"Harga stabil," kata Arief.',
            [("Harga stabil", "Arief Nasrudin")],
            id="bound: a body's name of two words before a name",
        ),
        pytest.param(
            'Jakarta - Ketua Umum Persani Ilya Avianti bangga dengan capaian itu. "Ini membuktikan senam Indonesia bisa '
            'bersaing," kata Ilya.',
            [("Ini membuktikan", "Ilya Avianti")],
            id="bound: an office that is no minister's spelled out goes on to its body",
        ),
        pytest.param(
            "Kupang - Gubernur NTT Emanuel Melkiades Laka Lena meninjau lokasi banjir.\n\n"
            '"Kami kirim bantuan logistik hari ini juga," kata Melki, sapaan akrabnya.',
            [("Kami kirim", "Emanuel Melkiades Laka Lena")],
            id="four words after a body's initials are the name",
        ),
        pytest.param(
            "Bogor - Ketua KPU Kabupaten Bogor Ummi Wahyuni memastikan logistik aman.\n\n"
            '"Semua kotak suara sudah tiba," kata Ummi.',
            [("Semua kotak", "Ummi Wahyuni")],
            id="bound: a place's words after the initials are still the body's",
        ),
        pytest.param(
            "Cilacap - Tim SAR gabungan menemukan jasad nelayan.\n\n"
            '"Korban ditemukan 5 mil dari lokasi," ujar Koordinator Pos SAR Cilacap Mulwahyono.',
            [("Korban ditemukan", "Mulwahyono")],
            id="the place a dateline names is no part of a name",
        ),
        pytest.param(
            'Gaza - Israel membantah menghalangi bantuan. Juru bicara militer Israel mengatakan, "Kami mengizinkan '
            'truk bantuan masuk setiap hari."',
            [("Kami mengizinkan", "")],
            id="bound: a state that ends someone's description does not speak",
        ),
        pytest.param(
            'Gaza - Bantuan tertahan di perbatasan. Sementara itu, Israel mengatakan, "Kami mengizinkan truk bantuan '
            'masuk setiap hari."',
            [("Kami mengizinkan", "Israel")],
            id="a state after an opening set off by a comma speaks",
        ),
        pytest.param(
            'Moskow - Rusia mengatakan, "Kami siap berunding tanpa prasyarat apa pun."',
            [("Kami siap", "Rusia")],
            id="a state right after the dateline speaks",
        ),
        pytest.param(
            "Washington - Presiden AS Donald Trump mengancam memecat Ketua The Fed Jerome Powell.\n\n"
            '"Kami tidak bekerja untuk politik," ujar Powell.',
            [("Kami tidak", "Jerome Powell")],
            id="a body's word after 'The' is no part of the name",
        ),
        pytest.param(
            'Garut - Kasatpol PP Garut Usep Basuki Eko mengatakan pedagang akan direlokasi. "Lahan sudah siap," kata '
            'Kasatpol PP.\n\nPedagang bakso, Mang Ujang, keberatan. "Di sana sepi pembeli," katanya.',
            [("Lahan sudah", "Usep Basuki Eko"), ("Di sana", "Mang Ujang")],
            id="'keberatan' follows its subject as a verb does",
        ),
    ],
)
def test_probed_speaker_forms_57(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text, given",
    [
        ("Scout Penelope Larson tampil. Larson sang ibu memotret.", {"Larson": "Larson"}),
        ("Ibunya, Jennifer Larson, memotret. Larson sang ibu senang.", {"Larson": "Jennifer Larson"}),
        ("Sebelumnya sang istri, Tiwi, melapor.", {}),  # no full name to tell her from
        ("Kakak beradik Nabila dan Naura Ayu tampil. Naura sang adik takut.", {}),  # a given name: the same person
        ("Tujuan sang ibu jelas. Setelah sang nenek pulang, ia tidur setelah makan.", {}),
        ("Vicky Cornell sang istri bicara.", {}),  # a full name needs no telling apart
    ],
)
def test_single_names_given_to_kin(text: str, given: dict[str, str]) -> None:
    assert kin_given(text, set(re.findall(r"\b[a-z]+\b", text))) == given


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            'Washington - Maria Sharapova mengatakan keputusannya mundur dari ajang yang memberikan "wild card" '
            'kepadanya.\n\nPetenis itu mencapai semifinal sebagai "wild card" di Stuttgart.',
            [],
            id="a term the article marks each time it uses it is no one's words",
        ),
        pytest.param(
            'Paris - Menteri Florence Parly mengatakan serangan itu "aksi pengecut" yang harus dihukum.\n\n'
            "Polisi masih memburu pelaku.",
            [("aksi pengecut", "Florence Parly")],
            id="bound: a phrase in marks once, in a sentence that reports speech, is the speaker's",
        ),
        pytest.param(
            'Jakarta - Jokowi mengatakan "revolusi mental" harus dimulai dari keluarga. Sejak 2014 pemerintah '
            'menggaungkan "Revolusi mental".\n\n"Kita harus berubah, mulai dari rumah sendiri," kata Jokowi.',
            [("Kita harus", "Jokowi")],
            id="marked again in another case and with a stop, still the same term",
        ),
        pytest.param(
            'Jakarta - Menteri Agama Lukman Hakim meninjau. Menag menjelaskan, "Kami siap bekerja."\n\n'
            'Menteri Sosial Khofifah Indar Parawansa meninjau. Mensos menjelaskan, "Kami siap bekerja."',
            [("Kami siap", "Lukman Hakim"), ("Kami siap", "Khofifah Indar Parawansa")],
            id="bound: a sentence said again is said each time, no term",
        ),
    ],
)
def test_terms_marked_each_time(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "quoted, terms",
    [
        (["wild card", "wild card", "Wild card."], {"wild card"}),
        (["aksi pengecut", "motif dan keadaan"], set()),
        (["Kami akan terus bekerja keras", "Kami akan terus bekerja keras"], set()),  # a quotation said twice
    ],
)
def test_marked_again(quoted: list[str], terms: set[str]) -> None:
    assert marked_again(quoted) == terms
