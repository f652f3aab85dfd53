"""Speaker forms from made-up articles written in session 52 to probe the rules beyond the annotated sets: an address
word before a short form of a name the article gives in full ('ujar Kiai Miftach' after 'Miftachul Akhyar') names
that person, as one before the end of a word of it does ('Cak Imin' for 'Muhaimin Iskandar'), while an address word
before a name given no fuller form stays ('Om Shancoz'); a negation after a name set off by commas ('Deden, tak henti
mengucap syukur') does not open a clause on someone unnamed; 'Senat' is a body's word; a minister's office in one
word ('Menparekraf', 'MenPAN-RB': 'Men' and letters no verb of meN- has after it) opens a run before the name, and
used alone names the one with that office, but inside a name it may be a surname ('Alan Menken'); 'komposer' is a
role; a common noun set off before whom it describes by initials ('Korban, seorang mahasiswi berinisial NA, berharap
…') is not a name, and the initials are that person's; a rite named after 'upacara' or 'tradisi' is no one; 'Suku',
'Adat' and 'Keraton' are bodies' words; a place set off between who someone is and their one name ('Warga Desa
Supiturang, Lumajang, Misnadi, mengaku') still introduces them, as does a modifier before who they are ('Calon
penumpang, Lestari,'); 'resmi' before a verb follows a subject ('Jay Idzes resmi bergabung'), and 'Serie A' is a
league, no one. The quotes found, as (first words, speaker)."""

import pytest
from test_quote_shapes import found


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            'Jakarta - Ketua Umum MUI Miftachul Akhyar membuka munas.\n\n"Kami akan turunkan dai," ujar Kiai Miftach.',
            [("Kami akan", "Miftachul Akhyar")],
            id="an address word before a short form of the full name names that person",
        ),
        pytest.param(
            'Jakarta - Ketua Umum PKB Muhaimin Iskandar mendaftar.\n\n"Kami siap menang," kata Cak Imin.',
            [("Kami siap", "Muhaimin Iskandar")],
            id="an address word before the end of a word of the full name names that person",
        ),
        pytest.param(
            'Jakarta - Warga Kampung Melayu menonton debat.\n\n"Kami siap menang," kata Cak Imin.',
            [("Kami siap", "Cak Imin")],
            id="bound: an address word before a name the article gives in no fuller form stays",
        ),
        pytest.param(
            'Jakarta - Om Shancoz membuka warung kopi.\n\n"Kopi ini dari Gayo," ungkap Shancoz.',
            [("Kopi ini", "Om Shancoz")],
            id="bound: an address word before a name given no fuller form stays",
        ),
        pytest.param(
            'Bogor - Seorang ibu melahirkan di angkot. "Saya minggir," kata sopir angkot Asep Saepudin.\n\n'
            'Suami sang ibu, Deden, tak henti mengucap syukur. "Alhamdulillah selamat," ucapnya.',
            [("Saya minggir", "Asep Saepudin"), ("Alhamdulillah selamat", "Deden")],
            id="a negation after a name set off by commas is no one unnamed",
        ),
        pytest.param(
            'Bogor - Sopir angkot Asep Saepudin menolong seorang ibu. "Saya minggir," kata Asep.\n\n'
            'Seorang warga tak henti mengucap syukur. "Alhamdulillah selamat," ucapnya.',
            [("Saya minggir", "Asep Saepudin"), ("Alhamdulillah selamat", "")],
            id="bound: one of many who does not stop giving thanks is still no one named",
        ),
        pytest.param(
            "Washington - Pemimpin Minoritas Senat Mitch McConnell menolak usulan itu.\n\n"
            '"Ini terlalu mahal," ujar McConnell.',
            [("Ini terlalu", "Mitch McConnell")],
            id="a senate is a body's word, not the first of a name",
        ),
        pytest.param(
            "Jakarta - Menparekraf Sandiaga Uno meninjau Labuan Bajo.\n\n"
            '"Bali sudah ramai," kata Sandi.\n\n"Wisatawan sudah kembali," kata Menparekraf.',
            [("Bali sudah", "Sandiaga Uno"), ("Wisatawan sudah", "Sandiaga Uno")],
            id="a minister's office in one word that no table lists opens the run, and names them used alone",
        ),
        pytest.param(
            'Jakarta - MenPAN-RB Abdullah Azwar Anas meninjau kantor.\n\n"Layanan harus cepat," kata Anas.',
            [("Layanan harus", "Abdullah Azwar Anas")],
            id="a minister's office in one word with a hyphen",
        ),
        pytest.param(
            'Los Angeles - Alan Menken meraih Oscar kesembilan.\n\n"Saya tidak menyangka," kata Menken.',
            [("Saya tidak", "Alan Menken")],
            id="bound: a surname shaped like a minister's office inside a name, and used alone, is the name",
        ),
        pytest.param(
            'Los Angeles - Komposer Alan Menken meraih Oscar.\n\n"Saya tidak menyangka," kata Alan Menken.',
            [("Saya tidak", "Alan Menken")],
            id="a composer is a role",
        ),
        pytest.param(
            'Jakarta - Kapolsek Kompol Budi Santoso menangkap pelaku. "Pelaku kami tahan," kata Budi.\n\n'
            'Korban, seorang mahasiswi berinisial NA, berharap pelaku dihukum. "Saya trauma," katanya.',
            [("Pelaku kami", "Budi Santoso"), ("Saya trauma", "NA")],
            id="a common noun set off before the one it describes by initials is not the subject's name",
        ),
        pytest.param(
            'Jakarta - Kapolsek Kompol Budi Santoso menangkap pelaku. "Pelaku kami tahan," kata Budi.\n\n'
            'Seorang korban yang tak mau disebut namanya berharap pelaku dihukum. "Saya trauma," katanya.',
            [("Pelaku kami", "Budi Santoso"), ("Saya trauma", "")],
            id="bound: one of many not named is still no one named",
        ),
        pytest.param(
            "Yogyakarta - Ribuan warga menyaksikan upacara Grebeg Maulud di alun-alun.\n\n"
            '"Gunungan itu simbol sedekah," ujar pria berusia 60 tahun itu.',
            [("Gunungan itu", "")],
            id="a rite named after 'upacara' is no one who speaks",
        ),
        pytest.param(
            "Jayapura - Warga Lembah Baliem menggelar tradisi Bakar Batu.\n\n"
            '"Ini tanda syukur," kata Kepala Suku Lemok Mabel.\n\n"Semua keluarga datang," ujarnya.',
            [("Ini tanda", "Lemok Mabel"), ("Semua keluarga", "Lemok Mabel")],
            id="a tribe is a body's word, not the first of a name",
        ),
        pytest.param(
            'Lumajang - Kepala PVMBG Hendra Gunawan menaikkan status. "Warga harus mengungsi," kata Hendra.\n\n'
            'Warga Desa Supiturang, Lumajang, Misnadi, mengaku lari. "Yang penting selamat," katanya.',
            [("Warga harus", "Hendra Gunawan"), ("Yang penting", "Misnadi")],
            id="a place set off between who someone is and their one name",
        ),
        pytest.param(
            'Lumajang - Kepala PVMBG Hendra Gunawan menaikkan status. "Warga harus mengungsi," kata Hendra.\n\n'
            'Seorang pengungsi di Desa Supiturang, Pronojiwo, Sumini, menangis. "Rumah saya tertimbun," katanya.',
            [("Warga harus", "Hendra Gunawan"), ("Rumah saya", "Sumini")],
            id="one of many, where they are, and a place set off before their one name",
        ),
        pytest.param(
            'Jakarta - Ketua INACA Denon Prawiraatmadja menyebut avtur naik. "Avtur mahal," kata Denon.\n\n'
            'Calon penumpang, Lestari, mengaku memilih bus. "Tiket sudah Rp 3 juta," ujarnya.',
            [("Avtur mahal", "Denon Prawiraatmadja"), ("Tiket sudah", "Lestari")],
            id="who someone is, a modifier before the noun, set off before their one name",
        ),
        pytest.param(
            "Jakarta - Pemain naturalisasi Jay Idzes resmi bergabung dengan klub Serie A, Venezia.\n\n"
            '"Ini mimpi saya," kata bek berusia 23 tahun itu.',
            [("Ini mimpi", "Jay Idzes")],
            id="'resmi' before a verb follows a subject; a league is no one",
        ),
        pytest.param(
            "Cianjur - Dua bocah tewas tertimbun longsor.\n\n"
            'Paman korban, Asep, mengatakan keduanya tidur. "Rumahnya di bawah tebing," katanya.\n\n'
            'Kepala BPBD Cianjur, Asep Sudrajat, menyebut zona merah. "Warga harus pindah," kata Asep Sudrajat.',
            [("Rumahnya di", "Asep"), ("Warga harus", "Asep Sudrajat")],
            id="one name introduced as someone of their own is not a fuller name given after it",
        ),
        pytest.param(
            'Los Angeles - Aktor Ben Stiller mengidap kanker.\n\nStiller (50) mengatakan ia sembuh. "Saya beruntung," katanya.',
            [("Saya beruntung", "Ben Stiller")],
            id="bound: one name with an age after the full name is its short form",
        ),
        pytest.param(
            'Jakarta - Harga Bitcoin menembus rekor.\n\n"Investor institusi masuk," kata CEO Indodax Oscar Darmawan.',
            [("Investor institusi", "Oscar Darmawan")],
            id="a company's coined name opening on 'Indo' is no part of a name",
        ),
        pytest.param(
            'Jakarta - Vokalis band Sheila on 7, Duta, bercerita.\n\n"Kami nyaman di konser," kata Duta.',
            [("Kami nyaman", "Duta")],
            id="a role word that is a given name too, used only alone, is a name",
        ),
        pytest.param(
            'Jakarta - Duta Besar RI untuk Jepang Heri Akhmadi menerima delegasi.\n\n"Kerja sama erat," kata Duta.',
            [("Kerja sama", "Heri Akhmadi")],
            id="bound: one the article writes as the start of a role is that role's holder",
        ),
    ],
)
def test_probed_speaker_forms_52(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected
