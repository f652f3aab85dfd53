"""Speaker and role forms from made-up articles written in sessions 36 and 37 to probe the rules beyond the
annotated sets: a demonstrative after the name that points to a place or a meeting, not back to someone; 'Menurutnya'
before a quotation; two offices joined by 'dan'; a minister's portfolio before someone known by one name; someone
named once, described before their name; a description pointing back to someone the article names doing something
other than speaking; 'demikian disampaikan …' after a quotation; the word after 'Bank' or 'Partai' between a role and
a full name; 'Ia' before a quotation; someone new acting after the one a paragraph opens on; an honorific before one
name; a body named whole before a quotation. Then (session 37) a country or a ministry's short name between an office
and a name; a body's initials in brackets inside a role; a nickname with its honorific; someone who asked not to be
named; a profession before one name; a dateline; a description pointing back to someone named after the quotation.
The quotes found, as (first words, speaker), and the role a quote shows."""

import pytest
from test_quote_shapes import found

from sitegen.quotes import extract_quotes
from sitegen.roles import fullest_role

_FLOOD = '"Dalam satu jam air sudah sepinggang," ujarnya.'


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            '"Pemerintah sudah siap," kata anggota DPR Fadli Zon dalam rapat itu.',
            [("Pemerintah sudah", "Fadli Zon")],
            id="'itu' after the name points to the meeting, not back to someone named before",
        ),
        pytest.param(
            '"Apakah pemerintah sudah siap?" tanya anggota Komisi I DPR Fadli Zon dalam rapat itu.',
            [("Apakah pemerintah", "Fadli Zon")],
            id="a question, the same",
        ),
        pytest.param(
            'Budi Santoso hadir di sana. "Pemerintah sudah siap," kata pria yang bekerja di pasar itu.',
            [("Pemerintah sudah", "Budi Santoso")],
            id="bound: a description with no name that points back is still the one named before",
        ),
        pytest.param(
            'Pengamat ekonomi Faisal Basri berpendapat lain. Menurutnya, "Pertumbuhan lima persen terlalu rendah."',
            [("Pertumbuhan lima", "Faisal Basri")],
            id="'Menurutnya,' before the quotation: the one named before",
        ),
        pytest.param(
            'Menurut Menko Polhukam Wiranto, situasi aman. "Tidak ada yang perlu dikhawatirkan," ucapnya.',
            [("Tidak ada", "Wiranto")],
            id="'Menurut' a minister known by one name, after the portfolio: he speaks",
        ),
        pytest.param(
            f"Warga Jalan Kenanga, Rina (34), mengatakan air naik cepat. {_FLOOD}",
            [("Dalam satu", "Rina")],
            id="who she is, then one name and an age",
        ),
        pytest.param(
            f"Rina (34), warga Jalan Kenanga, mengatakan air naik cepat. {_FLOOD}",
            [("Dalam satu", "Rina")],
            id="one name and an age, then who she is",
        ),
        pytest.param(
            f"Pada Senin pagi, seorang warga Jalan Kenanga, Budi, mengatakan air naik cepat. {_FLOOD}",
            [("Dalam satu", "Budi")],
            id="'seorang warga' of a street, then one name, after a clause of time",
        ),
        pytest.param(
            'Juara dunia MotoGP Marc Marquez tampil dominan. "Motor bekerja sempurna," kata pebalap Repsol Honda itu.',
            [("Motor bekerja", "Marc Marquez")],
            id="a role pointing back to someone named doing something other than speaking",
        ),
        pytest.param(
            '"Kami menyiapkan 500 personel," demikian disampaikan Kapolres Bekasi Kombes Candra Sukma Kumara.',
            [("Kami menyiapkan", "Candra Sukma Kumara")],
            id="'demikian disampaikan' and the agent",
        ),
        pytest.param(
            'Kapolres Bekasi Kombes Candra Sukma Kumara datang. "Kami menyiapkan 500 personel," demikian diungkapkan '
            "oleh Candra.",
            [("Kami menyiapkan", "Candra Sukma Kumara")],
            id="the agent after 'oleh' is a name used alone for someone: not a body's word before the full name",
        ),
        pytest.param(
            'Direktur Utama Bank Mandiri Kartika Wirjoatmodjo optimistis. "Kredit tumbuh 12 persen," katanya.',
            [("Kredit tumbuh", "Kartika Wirjoatmodjo")],
            id="the bank's name is not the first word of the person's, who is the subject of an adjective",
        ),
        pytest.param(
            'Ketua Umum Partai Gerindra Prabowo Subianto berpidato. "Kita harus menang," seru Prabowo.',
            [("Kita harus", "Prabowo Subianto")],
            id="the party's name is not the first word of the person's",
        ),
        pytest.param(
            'Sekretaris Kabinet Pramono Anung menuturkan hal itu. "Presiden meminta kasus ini diusut," tutur Pramono.',
            [("Presiden meminta", "Pramono Anung")],
            id="'Kabinet' is an office's, not a name",
        ),
        pytest.param(
            'Mantan Presiden Susilo Bambang Yudhoyono angkat bicara. Ia berkata: "Saya tidak pernah memerintahkan itu."',
            [("Saya tidak", "Susilo Bambang Yudhoyono")],
            id="'Ia berkata:' is a person: the last named, where no subject speaks before",
        ),
        pytest.param(
            '"Dia selalu diangkat ke panggung," kata seorang saksi mata.\n\nSetiap kali Carey berdiri, katanya lagi, '
            '"Semua orang menahan napas."',
            [("Dia selalu", ""), ("Semua orang", "")],
            id="bound: 'katanya lagi' goes on with the one who spoke, unnamed, not the person named in the clause",
        ),
        pytest.param(
            "Lionel Messi mencetak dua gol. Usai laga, pelatih Barcelona Ernesto Valverde memuji anak asuhnya. "
            '"Messi luar biasa malam ini," katanya.',
            [("Messi luar", "Ernesto Valverde")],
            id="someone named in full for the first time, acting after the one the paragraph opens on",
        ),
        pytest.param(
            'Ketua Umum PBNU KH Said Aqil Siradj mengimbau warga tenang. "Jangan mudah terprovokasi," ujar Kiai Said.',
            [("Jangan mudah", "Said Aqil Siradj")],
            id="an honorific and one name: the full name the article gives",
        ),
        pytest.param(
            'Ibu Negara Iriana Joko Widodo mengunjungi pasar. "Harga di sini murah," kata Iriana.',
            [("Harga di", "Iriana Joko Widodo")],
            id="'Negara' in 'Ibu Negara' is no name",
        ),
        pytest.param(
            'Dalam pernyataannya, Kementerian Luar Negeri menyatakan, "Indonesia mengecam keras serangan itu."',
            [("Indonesia mengecam", "Kementerian Luar Negeri")],
            id="a ministry, named whole before the quotation",
        ),
        pytest.param(
            'Polda Metro Jaya menyatakan, "Pelaku sudah ditangkap."',
            [("Pelaku sudah", "Polda Metro Jaya")],
            id="a police force, named whole before the quotation",
        ),
        pytest.param(
            '"I\'m very happy to be here," kata penyanyi asal Inggris Ed Sheeran dalam konferensi pers.',
            [("I'm very", "Ed Sheeran")],
            id="a description that ends on a full name is that person's, not someone named before",
        ),
        pytest.param(
            'Bupati Purwakarta Dedi Mulyadi menanggapi kritik itu. "Silakan saja mengkritik," kata Kang Dedi.',
            [("Silakan saja", "Dedi Mulyadi")],
            id="'Kang', a Sundanese honorific",
        ),
        pytest.param(
            '"Kami tidak akan mundur dari tuntutan ini" — Budi Santoso, Ketua Serikat Buruh.',
            [("Kami tidak", "Budi Santoso")],
            id="a quotation signed with a dash and a name",
        ),
        pytest.param(
            'Film "Ada Apa Dengan Cinta" – Rangga.\n\nFilm "Ada Apa Dengan Cinta" – Rangga kembali ke Jakarta.',
            [],
            id="bound: a title, then a dash and a name or a sentence, is no quotation",
        ),
        pytest.param(
            "Kapten Persija Bambang Pamungkas gembira. Bepe, sapaan akrabnya, menyebut kemenangan ini untuk suporter."
            '\n\n"Ini hadiah untuk suporter," ungkap Bepe.',
            [("Ini hadiah", "Bambang Pamungkas")],
            id="'Bepe, sapaan akrabnya,': a nickname for the one named before",
        ),
    ],
)
def test_probed_speakers(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text, speaker, role",
    [
        pytest.param(
            '"Kami terus memantau," kata Kepala Pusat Data Informasi dan Humas BNPB Sutopo Purwo Nugroho.',
            "Sutopo Purwo Nugroho",
            "Kepala Pusat Data Informasi dan Humas BNPB",
            id="two offices joined by 'dan', the first a body's name",
        ),
        pytest.param(
            'Menko Polhukam Wiranto mengatakan situasi aman. "Tidak ada yang perlu dikhawatirkan," ucapnya.',
            "Wiranto",
            "Menko Polhukam",
            id="a portfolio before one name",
        ),
        pytest.param(
            'Bos Persib Glenn Sugita hadir. "Kami ingin juara musim ini," katanya.',
            "Glenn Sugita",
            "Bos Persib",
            id="'bos' is a role",
        ),
        pytest.param(
            "Kepala Dinas Pekerjaan Umum Bina Marga dan Pematusan Kota Surabaya Erna Purnawati meninjau lokasi. "
            '"Ada enam pompa yang kami operasikan," jelas Erna.',
            "Erna Purnawati",
            "Kepala Dinas Pekerjaan Umum Bina Marga dan Pematusan Kota Surabaya",
            id="after a body, words no one is called by go on past 'dan' as the office's",
        ),
        pytest.param(
            'Kepala Dinas Kesehatan Budi Santoso dan Rina Wijaya hadir. "Kami siap," kata Budi.',
            "Budi Santoso",
            "Kepala Dinas Kesehatan",
            id="bound: not a name the article uses alone for someone",
        ),
    ],
)
def test_probed_roles(text, speaker, role):
    assert [(q.speaker, q.role) for q in extract_quotes(text)] == [(speaker, role)]


@pytest.mark.parametrize(
    "role, roles, fullest",
    [
        ("CEO Wavecell", ["Co-Founder dan CEO Wavecell"], "Co-Founder dan CEO Wavecell"),
        ("Humas BNPB", ["Kepala Pusat Data Informasi dan Humas BNPB"], "Kepala Pusat Data Informasi dan Humas BNPB"),
        ("CEO Wavecell", ["Investor CEO Wavecell"], "CEO Wavecell"),  # a word before that is no office's, no 'dan'
        (
            "Kota Makassar",
            ["Ketua Komisi Pemilihan Umum (KPU) Kota Makassar"],
            "Ketua Komisi Pemilihan Umum (KPU) Kota Makassar",
        ),
    ],
)
def test_fullest_role_joined_by_dan_or_cut_at_initials(role, roles, fullest):
    assert fullest_role(role, roles) == fullest


# Session 37's probes: more common news wording, each row failing before its rule.
@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            'Ketua Umum PKB Muhaimin Iskandar optimistis. "Target kami realistis," ujar pria yang akrab disapa Cak Imin'
            " itu di kantor DPP PKB.",
            [("Target kami", "Muhaimin Iskandar")],
            id="a nickname with its honorific, in a description pointing back",
        ),
        pytest.param(
            "Kusuma Hartanto alias Om Shancoz berniat mendonorkan matanya. Om Shancoz kini masih bertanya-tanya."
            '\n\n"Niat saya sudah bulat," ucap Om Shancoz.',
            [("Niat saya", "Om Shancoz")],
            id="bound: an alias the article goes on to use stays the name",
        ),
        pytest.param(
            'Sukardi (58), petani asal Desa Rahtawu, menuturkan harga anjlok.\n\n"Sekarang hancur," keluh Sukardi.'
            "\n\nHal senada disampaikan petani lain, Mulyono. Ia mengatakan banyak petani menyimpan tembakau."
            '\n\n"Kalau dijual sekarang rugi," katanya.',
            [("Sekarang hancur", "Sukardi"), ("Kalau dijual", "Mulyono")],
            id="a passive speech verb, then who they are and one name",
        ),
        pytest.param(
            'Sukardi Santoso menuturkan harga anjlok. "Sekarang hancur," keluh Sukardi. Hal senada disampaikan warga,'
            ' Mulyono. Ia mengatakan banyak petani menyimpan tembakau.\n\n"Kalau dijual sekarang rugi," katanya.',
            [("Sekarang hancur", "Sukardi Santoso"), ("Kalau dijual", "Mulyono")],
            id="the same, a crowd's noun and a comma before the name",
        ),
        pytest.param(
            '"Kami membuat kemajuan nyata," kata juru bicara Kementerian Luar Negeri Cina Hua Chunying.',
            [("Kami membuat", "Hua Chunying")],
            id="a country after a ministry is the ministry's",
        ),
        pytest.param(
            '"Kasus terbanyak ada di Jawa Timur," ucap Direktur Jenderal Pencegahan dan Pengendalian Penyakit Kemenkes'
            " Mohamad Subuh.",
            [("Kasus terbanyak", "Mohamad Subuh")],
            id="a ministry's short name 'Kemen…' before a name",
        ),
        pytest.param(
            'Menurut pengamat tata kota dari Universitas Trisakti Nirwono Joga, trotoar penting. "Kota-kota besar sudah'
            ' lama melakukan ini," jelas Nirwono.',
            [("Kota-kota besar", "Nirwono Joga")],
            id="the word after 'Universitas' is the university's",
        ),
        pytest.param(
            "Jakarta - Komisi Pemberantasan Korupsi memeriksa Sekretaris Jenderal DPR Indra Iskandar sebagai saksi."
            '\n\nUsai diperiksa, Indra mengaku ditanya soal pengadaan.\n\n"Semua sudah saya jelaskan," ujarnya.'
            "\n\nKPK membenarkan pemeriksaan tersebut.",
            [("Semua sudah", "Indra Iskandar")],
            id="a body spelled out whole by its initials; a subject that says something was done to them",
        ),
        pytest.param(
            "Kapolsek Cisarua AKP Azis Setiawan mengatakan korban berenang sendiri.\n\n"
            '"Orang tuanya sedang makan," kata Azis.\n\nManajer hotel yang enggan disebut namanya mengatakan petugas'
            ' sedang beristirahat.\n\n"Kami turut berduka," ujarnya.',
            [("Orang tuanya", "Azis Setiawan"), ("Kami turut", "")],
            id="someone who asked not to be named is no one named",
        ),
        pytest.param(
            'Jakarta - Selebgram Awkarin kembali menjadi sorotan.\n\n"Aku cuma mau berbagi kebahagiaan," tulis Awkarin.',
            [("Aku cuma", "Awkarin")],
            id="a profession before one name",
        ),
        pytest.param(
            '"Indonesia mengutuk keras serangan itu," tulis Kemlu dalam keterangan tertulisnya.\n\nJuru bicara Kemlu'
            ' Arrmanatha Nasir memastikan tidak ada WNI yang menjadi korban.\n\n"Semuanya selamat," kata Arrmanatha.',
            [("Indonesia mengutuk", "Kemlu"), ("Semuanya selamat", "Arrmanatha Nasir")],
            id="a body's short name before a name is the body's, and speaks alone",
        ),
        pytest.param(
            'Bos Facebook Mark Zuckerberg meminta maaf. "Kami membuat kesalahan," kata Zuckerberg.',
            [("Kami membuat", "Mark Zuckerberg")],
            id="a company named once, before a name",
        ),
        pytest.param(
            'Google mengumumkan fitur baru. "Kami melayani jutaan orang," kata Google dalam keterangannya.',
            [("Kami melayani", "Google")],
            id="bound: a company alone speaks for itself",
        ),
        pytest.param(
            "Kiper Timnas Indonesia Andritany Ardhiyasa siap bersaing.\n\n"
            '"Persaingan itu sehat," kata kiper Persija itu.\n\n'
            "Pelatih kiper Timnas Indonesia Kurnia Sandy menilai kiper merata.\n\n"
            '"Saya belum bisa bilang," ujar Kurnia.',
            [("Persaingan itu", "Andritany Ardhiyasa"), ("Saya belum", "Kurnia Sandy")],
            id="a description pointing back is someone named before the quotation, not after",
        ),
        pytest.param(
            "Jakarta - Lurah Kampung Melayu Bambang Pangestu mengatakan relokasi diperlukan.\n\n"
            '"Kami sudah sosialisasi," ujar Bambang.',
            [("Kami sudah", "Bambang Pangestu")],
            id="a place noun after an office opens the place ('Lurah Kampung Melayu')",
        ),
    ],
)
def test_probed_speakers_37(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text, speaker, role",
    [
        pytest.param(
            '"Kami akan membalas," kata Perdana Menteri Selandia Baru Jacinda Ardern.',
            "Jacinda Ardern",
            "Perdana Menteri Selandia Baru",
            id="a country of two words",
        ),
        pytest.param(
            '"Kami akan membalas," kata Perdana Menteri Kanada Justin Trudeau.',
            "Justin Trudeau",
            "Perdana Menteri Kanada",
            id="a country the word tables did not list",
        ),
        pytest.param(
            '"Kami akan membalas," kata Kanselir Jerman Angela Merkel.',
            "Angela Merkel",
            "Kanselir Jerman",
            id="'Kanselir' is an office",
        ),
        pytest.param(
            '"Kampanye di tempat ibadah dilarang," tegas Ketua Komisi Pemilihan Umum (KPU) Kota Makassar Syarief Amir.',
            "Syarief Amir",
            "Ketua Komisi Pemilihan Umum (KPU) Kota Makassar",
            id="a body's initials in brackets inside the role",
        ),
        pytest.param(
            "Menteri Pekerjaan Umum dan Perumahan Rakyat (PUPR) Basuki Hadimuljono meninjau tol. "
            '"Target kami tersambung sampai Palembang," ujar Basuki.',
            "Basuki Hadimuljono",
            "Menteri Pekerjaan Umum dan Perumahan Rakyat (PUPR)",
            id="after 'dan', words the initials spell go with the office",
        ),
        pytest.param(
            "Menteri Pekerjaan Umum dan Perumahan Rakyat Basuki Hadimuljono meninjau tol. "
            '"Target kami tersambung sampai Palembang," ujar Basuki.',
            "Basuki Hadimuljono",
            "Menteri Pekerjaan Umum dan Perumahan Rakyat",
            id="after 'dan', a portfolio's words, once",
        ),
        pytest.param(
            "Gubernur DKI Jakarta, Basuki Tjahaja Purnama (BTP), meninjau banjir. "
            '"Pompa sudah kami nyalakan semua," ujar Basuki.',
            "Basuki Tjahaja Purnama",
            "Gubernur DKI Jakarta",
            id="bound: a name whole before its own initials stays a name",
        ),
        pytest.param(
            'Solo - Wakil Wali Kota Solo Achmad Purnomo hadir.\n\n"Mari kita jaga bersama," kata Purnomo.',
            "Achmad Purnomo",
            "Wakil Wali Kota Solo",
            id="a dateline is no part of a role",
        ),
        pytest.param(
            "Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Syafruddin mengingatkan ASN.\n\n"
            '"Yang bolos akan kena sanksi," kata Syafruddin.',
            "Syafruddin",
            "Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi",
            id="a portfolio's words after 'dan' before one name",
        ),
    ],
)
def test_probed_roles_37(text, speaker, role):
    assert [(q.speaker, q.role) for q in extract_quotes(text)] == [(speaker, role)]
