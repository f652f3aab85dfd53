"""Speaker forms from made-up articles written in session 47 to probe the rules beyond the annotated sets: a paragraph
that opens on an office whose words run over a comma or 'dan', then one name ('Kepala Dinas Ketahanan Pangan,
Kelautan dan Pertanian DKI Jakarta Darjamuni memastikan …', then 'jelasnya'); a body named after 'The', or a ticket's
two names joined by a hyphen, between an office and a name called by its first word ('Ketua Umum The Jakmania Ferry
Indrasjarief', 'Ketua Tim Hukum Prabowo-Sandi Bambang Widjojanto'); and four names, two of them surnames the article
uses together ('Andres Manuel Lopez Obrador', then 'ujar Lopez Obrador'); a body whose English name ends on 'Watch'
('Peneliti Indonesia Corruption Watch Donal Fariz'); an office of common nouns that 'dan' joins, then a name called by
its first word ('Kepala Balai Penyelidikan dan Pengembangan Teknologi Kebencanaan Geologi Hanik Humaida', then 'kata
Hanik'); a nickname of three letters that ends a name ('Tontowi Ahmad', then 'kata Owi'); a body of two words or
more, or an office's derived noun and the word after it, before a name called by its first word ('Perumda Pasar Jaya
Arief Nasrudin', 'Direktur Jenderal Perhubungan Udara Polana B Pramesti'); particles inside a name ('Ursula von der
Leyen', 'Salman bin Abdulaziz'); a state body's short name written as a word ('Ketua Bawaslu Abhan'); a root too common
bare elsewhere right after a quotation ('"…," pesan Khofifah'); an agency's report ('demikian laporan KCNA'); a racing
team before a name; and middle initials in a name given once ('Retno LP Marsudi'). The quotes found, as (first words,
speaker)."""

import pytest
from test_quote_shapes import found


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Jakarta - Harga cabai melonjak.\n\n"
            '"Pasokan berkurang," tutur Warsini, pedagang di Pasar Kramat Jati.\n\n'
            "Kepala Dinas Ketahanan Pangan, Kelautan dan Pertanian DKI Jakarta Darjamuni memastikan stok aman. "
            '"Kami sudah koordinasi dengan daerah penghasil," jelasnya.',
            [("Pasokan berkurang", "Warsini"), ("Kami sudah", "Darjamuni")],
            id="one name after an office over a comma opens the paragraph",
        ),
        pytest.param(
            "Jakarta - Google meluncurkan layanan pembayaran.\n\n"
            'Direktur Google Indonesia Randy Jusuf mengatakan layanan itu baru. "Kami ingin memudahkan," kata Randy.\n\n'
            "Menteri Komunikasi dan Informatika Rudiantara menyambut baik peluncuran itu. "
            '"Asal mematuhi aturan," kata pria yang akrab disapa Chief RA itu.',
            [("Kami ingin", "Randy Jusuf"), ("Asal mematuhi", "Rudiantara")],
            id="one name after an office that 'dan' joins opens the paragraph",
        ),
        pytest.param(
            "Medan - Pencuri motor mengaku polisi.\n\n"
            '"Aksinya diketahui juru parkir," kata Kapolsek Medan Barat Kompol Victor Ziliwu.\n\n'
            'Menurut Kapolsek, S mengaku anggota polisi. "Beruntung anggota tiba di lokasi," sambungnya.',
            [("Aksinya diketahui", "Victor Ziliwu"), ("Beruntung anggota", "Victor Ziliwu")],
            id="bound: whom 'Menurut' reports on opens no paragraph",
        ),
        pytest.param(
            "Jakarta - PSSI memastikan liga bergulir.\n\n"
            'Ketua Umum The Jakmania Ferry Indrasjarief meminta PSSI tegas. "Pelakunya harus dihukum," tutur Ferry.',
            [("Pelakunya harus", "Ferry Indrasjarief")],
            id="a body named after 'The' between an office and a name",
        ),
        pytest.param(
            "Jakarta - MK membacakan putusan.\n\n"
            "Ketua Tim Hukum Prabowo-Sandi Bambang Widjojanto menyatakan menghormati putusan itu. "
            '"Kami kecewa, tapi kami menghormati," kata Bambang.',
            [("Kami kecewa,", "Bambang Widjojanto")],
            id="a ticket's two names between an office and a name",
        ),
        pytest.param(
            "Jakarta - Persebaya menang.\n\n"
            'Pelatih Persebaya Angel Alfredo Vera memuji pemainnya. "Saya bangga," kata Alfredo.',
            [("Saya bangga", "Angel Alfredo Vera")],
            id="bound: a name called by its second word, after a club",
        ),
        pytest.param(
            "Meksiko - Trump mengancam menutup perbatasan.\n\n"
            "Presiden Meksiko Andres Manuel Lopez Obrador menanggapi dengan tenang. "
            '"Kami tidak akan berkonfrontasi," ujar Lopez Obrador dalam konferensi pers.',
            [("Kami tidak", "Andres Manuel Lopez Obrador")],
            id="four names, two of them surnames used together",
        ),
        pytest.param(
            "Jakarta - Polisi menangkap dua WNA.\n\n"
            '"Ada tiga," ujar Kabid Humas Polda Metro Jaya Kombes Raden Prabowo Argo Yuwono, Rabu (19/7).\n\n'
            "Argo mengatakan, pelaku ditangkap Selasa.",
            [("Ada tiga", "Prabowo Argo Yuwono")],
            id="bound: a title before three names, the second used alone",
        ),
        pytest.param(
            "Jakarta - ICW mengkritik hak angket.\n\n"
            "Peneliti Indonesia Corruption Watch Donal Fariz menilai angket melemahkan KPK. "
            '"Ini jelas upaya pelemahan," ujar Donal.',
            [("Ini jelas", "Donal Fariz")],
            id="a body whose English name ends on 'Watch' before a name",
        ),
        pytest.param(
            "Yogyakarta - Merapi mengeluarkan awan panas.\n\n"
            "Kepala Balai Penyelidikan dan Pengembangan Teknologi Kebencanaan Geologi Hanik Humaida mengatakan "
            'status Merapi Waspada. "Warga diminta menjauh," kata Hanik.',
            [("Warga diminta", "Hanik Humaida")],
            id="a name after an office of common nouns that 'dan' joins",
        ),
        pytest.param(
            "Jakarta - Liliyana Natsir resmi pensiun.\n\n"
            'Pasangannya, Tontowi Ahmad, mengaku berat berpisah. "Butet partner terbaik saya," kata Owi.',
            [("Butet partner", "Tontowi Ahmad")],
            id="a nickname of three letters that ends a name",
        ),
        pytest.param(
            "Jakarta - Warga mengeluhkan banjir.\n\n"
            '"Air masuk rumah," kata Ani, warga Kampung Pulo.\n\n'
            'Lurah Kampung Melayu Yuliani Rahman meminta warga mengungsi. "Posko ada di masjid," kata Yuliani.',
            [("Air masuk", "Ani"), ("Posko ada", "Yuliani Rahman")],
            id="bound: a three-letter name introduced on its own",
        ),
        pytest.param(
            "Jakarta - Pedagang menolak direlokasi.\n\n"
            'Direktur Utama Perumda Pasar Jaya Arief Nasrudin mengatakan gedung baru nyaman. "Kami gratiskan sewa," '
            "kata Arief.",
            [("Kami gratiskan", "Arief Nasrudin")],
            id="a body of several words between an office and a name called by its first word",
        ),
        pytest.param(
            "Jakarta - Partai menyusun kabinet.\n\n"
            'Ketua Harian Partai Gerindra Sufmi Dasco Ahmad membantah. "Belum ada daftar final," kata Dasco.',
            [("Belum ada", "Sufmi Dasco Ahmad")],
            id="bound: a party's one-word name before a name called by its second word",
        ),
        pytest.param(
            "Jakarta - Garuda menghentikan penerbangan Boeing 737 MAX 8.\n\n"
            "Direktur Jenderal Perhubungan Udara Polana B Pramesti mengatakan inspeksi dilakukan. "
            '"Hasilnya akan kami umumkan," kata Polana.',
            [("Hasilnya akan", "Polana B Pramesti")],
            id="an office's derived noun and the word after it before a name",
        ),
        pytest.param(
            "Brussel - NATO meminta anggaran pertahanan naik.\n\n"
            "Menteri Pertahanan Jerman Ursula von der Leyen menyatakan dukungan. "
            '"Kami butuh waktu," kata von der Leyen.',
            [("Kami butuh", "Ursula von der Leyen")],
            id="two particles inside a name",
        ),
        pytest.param(
            "Jakarta - Raja Salman bin Abdulaziz tiba di Bandara Halim Perdanakusuma.\n\n"
            '"Indonesia adalah saudara kami," kata Raja Salman dalam pertemuan di Istana Bogor.',
            [("Indonesia adalah", "Salman bin Abdulaziz")],
            id="a name that a particle ties, called with a title",
        ),
        pytest.param(
            "Jakarta - Pilkada diikuti 171 daerah.\n\n"
            'Ketua Bawaslu Abhan mengingatkan politik uang. "Kami akan tindak tegas," kata Abhan.',
            [("Kami akan", "Abhan")],
            id="a state body's short name written as a word before one name",
        ),
        pytest.param(
            "Surabaya - Khofifah melantik 18 kepala daerah.\n\n"
            "Gubernur Jawa Timur Khofifah Indar Parawansa memberi arahan.\n\n"
            '"Jangan ada jual beli jabatan," pesan Khofifah di Gedung Negara Grahadi.',
            [("Jangan ada", "Khofifah Indar Parawansa")],
            id="a root too common bare elsewhere, right after a quotation and before a name",
        ),
        pytest.param(
            'Jakarta - Warga menagih janji.\n\n"Kami tunggu, janji Presiden harus ditepati," kata Rudi, warga Bekasi.',
            [("Kami tunggu,", "Rudi")],
            id="bound: the same root inside a quotation is a noun",
        ),
        pytest.param(
            "Seoul - Korea Utara menguji rudal.\n\n"
            '"Rudal baru ini menjangkau seluruh daratan Amerika," demikian laporan KCNA.',
            [("Rudal baru", "KCNA")],
            id="an agency's report after 'demikian'",
        ),
        pytest.param(
            "Mugello - Rossi memperpanjang kontrak.\n\n"
            "Direktur Yamaha Motor Racing Lin Jarvis menyambut keputusan itu. "
            '"Vale bagian penting dari Yamaha," kata Jarvis.',
            [("Vale bagian", "Lin Jarvis")],
            id="a racing team's name before a name",
        ),
        pytest.param(
            "Jakarta - WNI yang disandera dalam kondisi sehat.\n\n"
            '"Kami terus berkomunikasi," kata Menteri Luar Negeri Retno LP Marsudi di Jakarta.',
            [("Kami terus", "Retno LP Marsudi")],
            id="middle initials inside a name given once",
        ),
        pytest.param(
            "Jombang - KH Salahuddin Wahid mengajak santri menjauhi hoaks.\n\n"
            '"Jangan mudah percaya," kata Pengasuh Pondok Pesantren Tebuireng KH Salahuddin Wahid.',
            [("Jangan mudah", "Salahuddin Wahid")],
            id="bound: a title between a body and a name is no initials",
        ),
    ],
)
def test_probed_speaker_forms_47(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected
