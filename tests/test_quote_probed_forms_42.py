"""Speaker forms from made-up articles written in session 42 to probe the rules beyond the annotated sets: less common
verbs of saying ('hardik', 'berkelakar'); someone a crime report names by initials and age ('AS (24)'); initials
inside a name ('Agus DW Martowardojo', then 'Agus Marto'); a single name introduced as an ordinary person ('kata
Yanti, pedagang di Pasar Senen'), who is no fuller name's short form; the subject of a later sentence who spoke
before, rather than the one opening the paragraph; 'Hal itu ditegaskan …' right after the quotation; a nickname
given before the full name with 'alias' ('Ahok alias Basuki Tjahaja Purnama') or after it ('Gus Sholah, sapaan
akrabnya', 'Kang Dedi, begitu ia disapa'); a Balinese name after words that are no role ('Bendesa Adat Kuta I Wayan
Wasista'); a subject before 'rela' or 'nekat'. The quotes found, as (first words, speaker)."""

import pytest
from test_quote_shapes import found


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Semarang - Gubernur Jawa Tengah Ganjar Pranowo mendapati pungutan liar di jembatan timbang.\n\n"
            '"Kamu tahu ini salah? Jangan main-main dengan rakyat!" hardik Ganjar.',
            [("Kamu tahu", "Ganjar Pranowo")],
            id="a bare verb of scolding",
        ),
        pytest.param(
            "Jakarta - Pelawak Sule Sutisna hadir di acara itu. Sule berkelakar, "
            '"Saya datang karena ada makan gratis."',
            [("Saya datang", "Sule Sutisna")],
            id="a ber- verb of joking before the quotation; a comedian's profession is no part of the name",
        ),
        pytest.param(
            "Bekasi - Polisi menangkap dua pelaku pencurian motor.\n\nSalah satu pelaku, AS (24), mengaku nekat "
            'mencuri karena terlilit utang. "Saya butuh uang buat bayar utang," katanya.',
            [("Saya butuh", "AS")],
            id="initials with an age name a person",
        ),
        pytest.param(
            "Jakarta - Salah satu warga mengaku cemas atas kebijakan AS soal tarif impor. "
            '"Harga barang bisa naik," katanya.',
            [("Harga barang", "")],
            id="bound: initials without an age are no one's name",
        ),
        pytest.param(
            "Jakarta - Gubernur Bank Indonesia Agus DW Martowardojo mengatakan BI siap melakukan intervensi.\n\n"
            '"BI akan selalu ada di pasar," ujar Agus Marto, sapaan akrabnya, di Gedung BI.',
            [("BI akan", "Agus DW Martowardojo")],
            id="initials inside a name, and its short form without them",
        ),
        pytest.param(
            "Jakarta - Kepala Dinas Kesehatan DKI Koesmedi Priharto meninjau puskesmas.\n\n"
            '"Stok obat aman," kata Koesmedi.',
            [("Stok obat", "Koesmedi Priharto")],
            id="bound: a body's initials between a role and a name stay out of the name",
        ),
        pytest.param(
            "Jakarta - Harga cabai melonjak.\n\n"
            '"Biasanya Rp 40 ribu, sekarang dua kali lipat," kata Yanti, pedagang di Pasar Senen, Senin (8/1).\n\n'
            "Kementerian Perdagangan berjanji menggelar operasi pasar. "
            '"Kami sudah koordinasi dengan Bulog," kata Dirjen Perdagangan Dalam Negeri Tjahya Widayanti.',
            [("Biasanya Rp", "Yanti"), ("Kami sudah", "Tjahya Widayanti")],
            id="a single name introduced as an ordinary person is no fuller name's short form",
        ),
        pytest.param(
            "Bandung - Pelatih Persib Faturachman memimpin latihan.\n\n"
            '"Pemain harus siap," kata Fatur, pelatih yang pernah membawa Persib juara.',
            [("Pemain harus", "Faturachman")],
            id="bound: a short form described by an office still shortens the full name",
        ),
        pytest.param(
            "Jakarta - Pelatih timnas U-19 Indra Sjafri memanggil 30 pemain.\n\n"
            '"Kami pantau pemain dari kompetisi usia muda," kata Indra.\n\n'
            "Egy Maulana Vikri tak masuk daftar karena masih bermain di Polandia. Indra memastikan pintu timnas "
            'tetap terbuka untuk pemain Lechia Gdansk itu. "Egy tetap bagian dari tim ini," katanya.',
            [("Kami pantau", "Indra Sjafri"), ("Egy tetap", "Indra Sjafri")],
            id="a later subject who spoke before, not the one opening the paragraph",
        ),
        pytest.param(
            "Jakarta - Pelatih Persija Stefano Cugurra memuji timnya.\n\n"
            '"Pemain bekerja keras," kata Cugurra.\n\n"Kami tampil solid," ujar penyerang Marko Simic.\n\n'
            "Simic mengaku puas dengan dua golnya. Cugurra memang memberinya kepercayaan penuh sejak awal musim. "
            '"Saya senang bisa membalas kepercayaan itu," katanya.',
            [("Pemain bekerja", "Stefano Cugurra"), ("Kami tampil", "Marko Simic"), ("Saya senang", "Marko Simic")],
            id="bound: the later subject is taken only when the one opening the paragraph never spoke",
        ),
        pytest.param(
            'Jakarta - "Kami tidak akan mentolerir pelanggaran apa pun." Hal itu ditegaskan Kapolri Jenderal Tito '
            "Karnavian saat memimpin apel di Monas, Jakarta, Kamis (21/12).",
            [("Kami tidak", "Tito Karnavian")],
            id="'Hal itu ditegaskan …' right after the quotation",
        ),
        pytest.param(
            'Jakarta - "Ini bukan akhir dari segalanya," ujar Ahok dalam surat yang dibacakan istrinya. Ahok alias '
            "Basuki Tjahaja Purnama memutuskan tidak mengajukan banding.",
            [("Ini bukan", "Basuki Tjahaja Purnama")],
            id="a nickname given before the full name with 'alias'",
        ),
        pytest.param(
            'Jakarta - Polisi menangkap Kusuma Hartanto alias Om Shancoz. "Saya menyesal," kata Om Shancoz.',
            [("Saya menyesal", "Om Shancoz")],
            id="bound: an alias after a full name is what the article goes on to call them",
        ),
        pytest.param(
            "Jakarta - Presiden Prancis Emmanuel Macron berpidato di Parlemen Eropa.\n\n"
            '"Saya tidak ingin menjadi bagian dari generasi yang lupa," kata Macron.\n\n'
            "Pemimpin kelompok liberal di parlemen, Guy Verhofstadt, memuji pidato tersebut. Menurut dia, Macron "
            'menawarkan visi yang jelas. "Ini pidato yang kami tunggu-tunggu," ujarnya.',
            [("Saya tidak", "Emmanuel Macron"), ("Ini pidato", "Guy Verhofstadt")],
            id="bound: a later subject inside what the opening one is reported to say does not take over",
        ),
        pytest.param(
            "Denpasar - Bendesa Adat Kuta I Wayan Wasista menyatakan siap menjalankan instruksi gubernur. "
            '"Kami sudah bentuk satgas kebersihan," ujar Wasista.',
            [("Kami sudah", "I Wayan Wasista")],
            id="a Balinese name opens on 'I' and a word of birth order, whatever comes before",
        ),
        pytest.param(
            "Jombang - Pengasuh Pondok Pesantren Tebuireng KH Salahuddin Wahid mengajak santri menjauhi hoaks. "
            'Gus Sholah, sapaan akrabnya, meminta santri cerdas bermedia sosial.\n\n"Santri harus bisa memilah '
            'informasi," kata Gus Sholah.',
            [("Santri harus", "Salahuddin Wahid")],
            id="a nickname with its honorific, given with 'sapaan akrabnya'",
        ),
        pytest.param(
            "Jakarta - Pelatih Persija Stefano Cugurra puas dengan hasil latihan. Teco, begitu ia biasa disapa, "
            'memuji kedisiplinan pemainnya.\n\n"Mereka bekerja keras," kata Teco.',
            [("Mereka bekerja", "Stefano Cugurra")],
            id="a nickname given with 'begitu ia disapa'",
        ),
        pytest.param(
            "Jakarta - Aktor Korea Selatan Lee Min Ho menyapa penggemarnya di Jakarta.\n\n"
            '"Terima kasih, saya cinta Indonesia," kata Lee Min Ho.\n\nSalah satu penggemar, Putri (22), rela '
            'antre sejak pagi. "Demi Oppa, antre lama juga tidak apa-apa," katanya.',
            [("Terima kasih,", "Lee Min Ho"), ("Demi Oppa,", "Putri")],
            id="a subject before 'rela', not only before a verb of meN- or ber-",
        ),
        pytest.param(
            "Jakarta - Ketua Dewan Pers Yosep Adi Prasetyo mengingatkan wartawan menaati kode etik.\n\n"
            '"Media jangan menjadi corong pasangan calon," kata Stanley, sapaan akrab Yosep, di Gedung Dewan Pers.',
            [("Media jangan", "Yosep Adi Prasetyo")],
            id="the name after 'sapaan akrab' is someone's, not a body's before their name",
        ),
    ],
)
def test_speakers_of_probed_forms(text, expected):
    assert found(text) == expected
