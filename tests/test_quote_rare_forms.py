"""Quotation shapes and speaker forms met in the misses of quotes_random_fresh18.json and fresh19 (session 26),
fresh20 (session 27), fresh22 (session 28), fresh23, fresh24 and fresh25 (session 29), fresh26 to fresh31 (session 30),
fresh32 to fresh35 (session 31), fresh36 to fresh38 (session 32) and fresh40 to fresh42 (session 33), each in a made-up article of the same kind, with
counter-examples that bound them: the quotes found, as (first words, speaker)."""

import datetime as dt
from pathlib import Path

import pytest
from test_quote_shapes import found

from sitegen.article import Article
from sitegen.prepared import prepare
from sitegen.quotes import extract_quotes


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Nama Bima Satria mulai dikenal publik bersama band Nada.\n\n"
            'Bima mengaku kini sibuk bersolo karier.\n\n"Saya sedang menyiapkan album baru," tuturnya.',
            [("Saya sedang", "Bima Satria")],
            id="'Nama' (the name) before a name is not part of it",
        ),
        pytest.param(
            '"Jalur itu satu arah saja," ujar Dirjen Hubdat, Sutrisno Adi Nugroho, di kawasan Monas.',
            [("Jalur itu", "Sutrisno Adi Nugroho")],
            id="a role abbreviation ('Dirjen') before a name in apposition",
        ),
        pytest.param(
            "Habib Hasan Al Habsyi mencurigai kebakaran itu disengaja.\n\n"
            '"Ada tiga orang yang keluar dari mobil itu," ujarnya.',
            [("Ada tiga", "Hasan Al Habsyi")],
            id="an honorific before a full name is set aside",
        ),
        pytest.param(
            'Habib Rizieq hadir di Monas.\n\n"Kami datang dengan damai," kata Habib Rizieq.',
            [("Kami datang", "Habib Rizieq")],
            id="an honorific before one name stays: it is how the article names him",
        ),
        pytest.param(
            "Salah satu legenda Chelsea Frank Dunne menyebut Hazard akan pindah.\n\n"
            '"Real Madrid selalu mendapatkan pemain yang mereka incar," kata Dunne.',
            [("Real Madrid", "Frank Dunne")],
            id="a club named once between a description and a name",
        ),
        pytest.param(
            "Wright menyebut Hazard akan pindah.\n\n"
            '"Mereka harus terus menahan Hazard," cetusnya seperti dilansir Metro.',
            [("Mereka harus", "Wright")],
            id="'cetus' is a speech verb",
        ),
        pytest.param(
            "Wright menyebut Hazard akan pindah.\n\n"
            '"Mereka harus terus menahan Hazard," kelakarnya seperti dilansir Metro.',
            [("Mereka harus", "Wright")],
            id="a root with -nya after the quotation's comma is a speech verb, listed or not",
        ),
        pytest.param(
            'Wright menyebut Hazard akan pindah.\n\n"Mereka harus terus menahan Hazard," akhirnya ia pergi ke Madrid.',
            [("Mereka harus", "")],
            id="an adverb with -nya is not",
        ),
        pytest.param(
            'Dua film diputar di Toronto. Film "Marlina si Pembunuh dalam Empat Babak" menceritakan kisah seorang '
            "wanita Sumba yang menuntut balas.",
            [],
            id="a title in marks that is the subject of the meN- verb after it is not a quotation",
        ),
        pytest.param(
            "Pelatih Budi Santoso puas.\n\n"
            "“Saya bangga pada tim ini. “Kami akan bermain lebih baik di laga berikutnya,” ujar Budi kepada wartawan.",
            [("Saya bangga", "Budi Santoso"), ("Kami akan", "Budi Santoso")],
            id="a mark opened again after a full stop ends the quotation before it, the same speaker's",
        ),
        pytest.param(
            "Pelatih Budi Santoso puas.\n\n"
            "“Saya bangga pada tim ini, “Kami akan bermain lebih baik di laga berikutnya,” ujar Budi kepada wartawan.",
            [("Kami akan", "Budi Santoso")],
            id="one opened again inside a sentence does not: the words before it are not taken",
        ),
        pytest.param(
            "Band itu beranggotakan Hiroshi‘ Hiro’ Tanaka (vokal) dan Kenji Sato (gitar).\n\n"
            "“Saya sangat senang ada di sini,” kata Hiro girang.",
            [("Saya sangat", "Hiroshi Tanaka")],
            id="a nickname in single marks inside a name, the marks misplaced",
        ),
        pytest.param(
            "Pemain Andrew 'Andy' Kole mencetak gol.\n\n\"Kami pantas menang malam ini,\" ucap Andy.",
            [("Kami pantas", "Andrew Kole")],
            id="the same in straight marks",
        ),
        pytest.param(
            "Penonton yang belum puas pun berteriak “Encore! Encore! Encore!” sambil meneriakkan nama band itu.",
            [("Encore! Encore!", "")],
            id="a crowd's chant in capitals is no title: more than one sentence",
        ),
        pytest.param(
            "Selang beberapa menit, penonton yang belum puas pun berteriak “Lagi! Lagi! Lagi!” sambil bertepuk.",
            [("Lagi! Lagi!", "")],
            id="a crowd in lower case before the verb: people nobody names",
        ),
        pytest.param(
            "Penonton lalu menyanyikan “Bohemian Rhapsody” bersama band itu.",
            [],
            id="a song's title the crowd sings is not their words",
        ),
        pytest.param(
            "Djarot menemui seorang murid bernama Agnes.\n\n"
            '"Ini kenapa?" tanya Djarot.\n\n"Ada tumor di tulang belakangnya," jawab ibu Agnes kepada Djarot.',
            [("Ini kenapa?", "Djarot"), ("Ada tumor", "")],
            id="'ibu Agnes' in lower case is Agnes's mother, whom the article does not name",
        ),
        pytest.param(
            "Penyanyi Rina Kartika menikah dengan pengusaha Doni Saputra, ayah dari Kirana Saputra.\n\n"
            "Rina kini tinggal di Bali. Dalam unggahan itu terlihat Doni dan Kirana tersenyum. Di akhir unggahan, "
            "penyanyi berusia 30 tahun ini mengaku rindu rumah.\n\n"
            '"Rindu sekali dengan rumah kami," tulisnya di akun Instagram.',
            [("Rindu sekali", "Rina Kartika")],
            id="a description with 'ini' before a speech verb is the person the article is most about",
        ),
        pytest.param(
            "Pelatih Arema Joko Susilo hadir. Joko Susilo menyebut jembatan itu penting. Joko Susilo juga memuji warga.\n\n"
            "Kepala Dinas PU, Ahmad Fauzi, menjelaskan biayanya. Menurutnya, jembatan ini tidak hanya memiliki fungsi "
            "penghubung.\n\n"
            '"Biayanya Rp 20 miliar," ujarnya.',
            [("Biayanya Rp", "Ahmad Fauzi")],
            id="a thing with 'ini' before another verb is no one: 'ujarnya' is the last to speak",
        ),
        pytest.param(
            "Jakarta -- Kinerja Marc Marquez menurun sejak cedera bahu tahun lalu. Pebalap Spanyol itu finis kesembilan.\n\n"
            '"Saya belum bisa memacu motor sepenuhnya," kata Marquez.',
            [("Saya belum", "Marc Marquez")],
            id="a common word that is no one's name ('Kinerja') opens no name",
        ),
        pytest.param(
            'Indah Permata Sari membuka toko kue di Bogor.\n\n"Modalnya dari tabungan sendiri," kata Indah.',
            [("Modalnya dari", "Indah Permata Sari")],
            id="a given name that is a word too ('Indah') stays",
        ),
        pytest.param(
            "Penyakit ini bisa kambuh, menurut dokter spesialis anak sekaligus Ketua Ikatan Dokter Anak Jawa Barat, "
            'Prof. Dr. dr. Hasan Basri Nasution, SpA. "Daya tahan tubuh anak menurun," ujar dia di Bandung.',
            [("Daya tahan", "Hasan Basri Nasution")],
            id="'menurut' a role described, then the name after its titles: the one 'ujar dia' means",
        ),
        pytest.param(
            'Penyakit ini bisa kambuh, menurut dia, bukan Rudi Hartono. "Daya tahan tubuh menurun," ujar Andi Wijaya.',
            [("Daya tahan", "Andi Wijaya")],
            id="no role described: the name after the comma is not the speaker",
        ),
        pytest.param(
            "Pemeriksaan itu dibenarkan Kabid Humas Polda Jabar Kombes Yusri Yunus.”Besok tersangka akan diperiksa,” "
            "kata Yusri, Selasa (26/9).",
            [("Besok tersangka", "Yusri Yunus")],
            id="a closing mark glued after a full stop, with no quotation open, opens one",
        ),
        pytest.param(
            "Pelatih Tottenham Mauricio Pochettino tak punya pilihan.\n\n"
            "“Anda harus memenangi pertandingan,” kata Pochettino.” Hari ini, tak penting kami bermain bagus atau buruk.”",
            [("Anda harus", "Mauricio Pochettino"), ("Hari ini,", "Mauricio Pochettino")],
            id="the same after an attribution: the speaker goes on",
        ),
        pytest.param(
            "Pelatih Persib Robert Alberts mengatakan, “Kami siap menghadapi laga besok. Kami akan menang.” Ia lalu "
            "meninggalkan ruangan.",
            [("Kami siap", "Robert Alberts")],
            id="a closing mark after a full stop that closes an open quotation still closes it",
        ),
        pytest.param(
            '"Berkasnya sudah kami terima," kata Kepala Seksi Pemberitaan (Kasipem) Dinas Kominfo Bandung Ahmad Rifai, '
            "Senin (2/10).",
            [("Berkasnya sudah", "Ahmad Rifai")],
            id="a short name in brackets ends the name of a body, as an acronym does",
        ),
        pytest.param(
            '"Api muncul pukul dua pagi," ujar Menteri Pendidikan Fred Otieno.\n\n'
            "Siti Wanjiru (16), seorang siswi yang juga saksi kejadian itu, menuturkan kebakaran berlangsung cepat.\n\n"
            '"Kami sedang tidur ketika teman membangunkan kami," ujarnya.',
            [("Api muncul", "Fred Otieno"), ("Kami sedang", "Siti Wanjiru")],
            id="an age in brackets and a description between a subject and its speech verb",
        ),
        pytest.param(
            '"Sidang sebaiknya ditunda," kata Boy Santoso.\n\n'
            "Sementara, Ketua Dewan Kehormatan (DKPP) Jimly Hasan Asshiddiqie mendukung permintaan itu.\n\n"
            '"Saya dukung kalau ada rencana itu," ujar dia di Jakarta.',
            [("Sidang sebaiknya", "Boy Santoso"), ("Saya dukung", "Jimly Hasan Asshiddiqie")],
            id="a pronoun after a paragraph that opens on someone named there first",
        ),
        pytest.param(
            '"Kami belum menerima keterangan," kata Ketua DPP Hendra Wijaya.\n\n'
            "Ia beralasan, sampai kini belum ada surat dari Sekjen partai Hasto Kristianto terkait isu itu.\n\n"
            '"Semuanya kami serahkan kepada Sekjen," ujarnya.',
            [("Kami belum", "Hendra Wijaya"), ("Semuanya kami", "Hendra Wijaya")],
            id="not when the paragraph opens on a clause and names someone later",
        ),
        pytest.param(
            '"Operasi akan dilakukan pekan depan," kata Pelaksana Tugas (Plt) Kepala Biro Humas KPK Rina Kartika Sari '
            "di Jakarta.",
            [("Operasi akan", "Rina Kartika Sari")],
            id="a role's short form in brackets is part of the role, not the end of a body's name",
        ),
        pytest.param(
            '"Besok dia datang mendaftar," ucap Sekjen PSI, Raja Juli Antoni kepada wartawan.\n\n'
            '"Silakan tanya langsung," imbuh Toni.',
            [("Besok dia", "Raja Juli Antoni"), ("Silakan tanya", "Raja Juli Antoni")],
            id="a role word that is a given name, after a role and a comma; a nickname clipped from a name's end",
        ),
        pytest.param(
            '"Berkasnya lengkap," kata Jaksa Agung Muhammad Prasetyo.',
            [("Berkasnya lengkap", "Muhammad Prasetyo")],
            id="a role word right after another role word stays a role ('Jaksa Agung')",
        ),
        pytest.param(
            'Antoni Wijaya dan Santoni Putra memimpin rapat itu.\n\n"Kami sepakat," imbuh Toni.',
            [("Kami sepakat", "Toni")],
            id="a nickname that ends two names is left as written",
        ),
        pytest.param(
            "Pendaftaran dibuka pekan lalu.\n\n"
            "“Tokoh masyarakat sampai vokalis band sudah mendaftar menjadi caleg” Ketua Bapilu PSI, Sumardi.\n\n"
            "“Baru sehari dibuka, 250 orang sudah mendaftar” jelas Sumardi.",
            [("Tokoh masyarakat", "Sumardi"), ("Baru sehari", "Sumardi")],
            id="a role and a name after a quotation with the speech verb left out",
        ),
        pytest.param(
            "Di sisi lain, RM (yang sebelumnya dikenal dengan nama Rap Monster) mengaku tertarik dengan ide itu.\n\n"
            '"Saya juga terpaku pada gagasan itu," ujarnya.',
            [("Saya juga", "RM")],
            id="initials someone goes by now, beside the name they went by before, are a subject that speaks",
        ),
        pytest.param(
            '"Kami akan menyita aset," kata Budi Santoso.\n\nKPK menetapkan tersangka baru.\n\n'
            '"Kami masih memeriksa saksi," ujarnya.',
            [("Kami akan", "Budi Santoso"), ("Kami masih", "Budi Santoso")],
            id="a body's acronym as a subject is no one speaking",
        ),
        pytest.param(
            'Ia magang di set film "Death of a Salesman" pada 1985. Ia tidak berkomentar.',
            [],
            id="a title in marks with no attribution is no quotation, however many words in lower case",
        ),
        pytest.param(
            '"Tim ini diawasi Menaker," kata Direktur Penempatan Kemnaker, R. Soes Hindharno, di Jakarta.\n\n'
            '"Kami bekerja cepat," kata Soes.',
            [("Tim ini", "R. Soes Hindharno"), ("Kami bekerja", "R. Soes Hindharno")],
            id="an initial opening a name after a role and a comma is part of the name",
        ),
        pytest.param(
            'Anak itu diberi vaksin hepatitis B. Budi Santoso mengatakan, "Anak itu sehat."',
            [("Anak itu", "Budi Santoso")],
            id="a capital and a full stop after a word may end a sentence: no initial",
        ),
        pytest.param(
            '"Saya bersyukur," kata Ketua Yayasan, H. Said Aqil Siradj.',
            [("Saya bersyukur", "Said Aqil Siradj")],
            id="'H.' after a comma is the title Haji, not an initial",
        ),
        pytest.param(
            "Acara itu dipandu Irfan Hakim dan Ramzi.\n\n"
            '"Kru juga punya keluarga," ungkap Irfan.\n\n'
            "Ramzi punya cara lain. Ia mengajak istrinya ke lokasi syuting.\n\n"
            '"Saya libatkan istri saya," terangnya.',
            [("Kru juga", "Irfan Hakim"), ("Saya libatkan", "Ramzi")],
            id="a paragraph that opens on someone and goes on with 'Ia' is about them: the pronoun after it is theirs",
        ),
        pytest.param(
            "Acara itu dipandu Irfan Hakim dan Ramzi.\n\n"
            '"Kru juga punya keluarga," ungkap Irfan.\n\n'
            "Ramzi punya cara lain untuk acara itu.\n\n"
            '"Saya libatkan istri saya," terangnya.',
            [("Kru juga", "Irfan Hakim"), ("Saya libatkan", "Irfan Hakim")],
            id="a paragraph that only opens on someone named before does not change who goes on speaking",
        ),
        pytest.param(
            '"Kami diminta menghindari mereka dengan segala cara," kata Peter Jackson.\n\n'
            "Sorvino pun mengatakan dalam Twitter bahwa ia menangis membaca wawancara itu.\n\n"
            '"Wawancara itu mengonfirmasikan bahwa karier saya dijatuhkan, sesuatu yang saya duga."',
            [("Kami diminta", "Peter Jackson"), ("Wawancara itu", "Sorvino")],
            id="a quotation paragraph after someone else is said to speak is theirs, not the last speaker's",
        ),
        pytest.param(
            '"Kami diminta menghindari mereka dengan segala cara," kata Peter Jackson.\n\n'
            "Proyek itu kemudian pindah ke studio lain.\n\n"
            '"Kini saya menduga kami diberi informasi palsu tentang dua orang itu."',
            [("Kami diminta", "Peter Jackson"), ("Kini saya", "Peter Jackson")],
            id="a quotation paragraph after a paragraph where no one speaks goes on with the last speaker",
        ),
        pytest.param(
            "Kapolsek Medan Barat Victor Ziliwu mengatakan pelaku sempat berputar-putar.\n\n"
            "Menurut Kapolsek, S mengaku anggota polisi.“Beruntung, anggota yang piket tiba di lokasi,” sambungnya.",
            [("Beruntung, anggota", "Victor Ziliwu")],
            id="a subject inside what 'Menurut X,' reports does not speak: the pronoun after it is X",
        ),
        pytest.param(
            "Sekretaris Nasional Jaringan Buruh Migran Savitri Wisnuwardhani menjelaskan data itu.\n\n"
            '"Banyak buruh migran kita tidak berdokumen," Savitri melanjutkan.',
            [("Banyak buruh", "Savitri Wisnuwardhani")],
            id="a name and a meN- speech verb after a quotation that ends with a comma",
        ),
        pytest.param(
            'Dalam buku "Menyibak Tabir Orde Baru" Jusuf Wanandi menyebut Soedjono sebagai perwira.',
            [],
            id="a title in marks before a name and a meN- verb is no quotation",
        ),
        pytest.param(
            "Masih ingat dengan presenter Tamara Geraldine? Sejak 2004, Tamara mulai jarang tampil di televisi.\n\n"
            '"Saya melukis kalau lagi sepet kerja," ungkapnya kepada awak media.',
            [("Saya melukis", "Tamara Geraldine")],
            id="'mulai' after a name makes it a subject: the pronoun after it is that person",
        ),
        pytest.param(
            "Suap itu diterima Sigit dari eks General Manager PT Jasa Marga Cabang Purbaleunyi, Setia Budi.\n\n"
            '"Melakukan beberapa perbuatan berlanjut," kata jaksa KPK, Ali Fikri, di Pengadilan Tipikor.\n\n'
            '"Terdakwa mengubah hasil temuan tim pemeriksa," ujar Jaksa.',
            [("Melakukan beberapa", "Ali Fikri"), ("Terdakwa mengubah", "Ali Fikri")],
            id="a role word alone that no one bears by name is the person named before, not a name like it ('Jasa')",
        ),
        pytest.param(
            "Hal ini dilakoni oleh Aiptu Tutut, salah satu anggota Timsus Satpas Polda Metro Jaya.\n\n"
            '"Saya mendapat perintah dari atasan," ujar pria asal Purworejo, Jawa Tengah.\n\n'
            '"Lebih baik bertanya langsung," ujar Tutut.',
            [("Saya mendapat", "Tutut"), ("Lebih baik", "Tutut")],
            id="'ujar pria asal …' with no subject before it: the last person named with a role",
        ),
        pytest.param(
            '"Kami memberi mereka waktu 24 jam," kata juru bicara Brigade Ezzedine al - Qassam, dikutip AFP.',
            [("Kami memberi", "")],
            id="a spokesperson of a brigade the article names is nobody named",
        ),
        pytest.param(
            'Frasa "printer yang dapat mencetak video" masih terdengar mustahil. Namun Lifeprint menawarkannya.',
            [],
            id="words in marks after 'frasa' are a term, not a quotation",
        ),
        pytest.param(
            'Budi Santoso menyebut frasa itu sudah usang.\n\n"Kami tidak memakainya lagi sejak tahun lalu," ujarnya.',
            [("Kami tidak", "Budi Santoso")],
            id="a quotation after a sentence with 'frasa' in it is still a quotation",
        ),
        pytest.param(
            "Yanto sudah dikenal sebagai pelawak sejak era 90-an.\n\n"
            "Kata Yanto, ia bangga bisa kembali ke panggung.\n\n"
            '"Ini panggung yang paling saya rindukan," tutur Yanto.',
            [("Ini panggung", "Yanto")],
            id="a speech verb opening a sentence ('Kata Yanto,') is not a name's first word",
        ),
        pytest.param(
            "Hal tersebut diungkapkan oleh Wakil Rektor Bidang Penelitian, Pengabdian Kepada Masyarakat dan Kerjasama, "
            "Hendra Gunawan, dalam siaran persnya.\n\n"
            '"Potensinya sangat besar," kata dia.',
            [("Potensinya sangat", "Hendra Gunawan")],
            id="a role that goes on past commas before the name: the name is the last run of the chain",
        ),
        pytest.param(
            "Hal tersebut diungkapkan oleh Kepala Bidang Humas, Rina Marlina, di kantornya.\n\n"
            '"Kami sudah menyiapkan semuanya," kata dia.',
            [("Kami sudah", "Rina Marlina")],
            id="a role, then the name after one comma, as before",
        ),
        pytest.param(
            "Pertarungan itu dibenarkan oleh Budi Hartono dalam acara The Morning Show.\n\n"
            '"Itu memang benar, saya datang ke rumahnya," kata Budi.\n\n'
            'Sang aktor melanjutkan, "Kami bertarung di halaman belakang."',
            [("Itu memang", "Budi Hartono"), ("Kami bertarung", "Budi Hartono")],
            id="'Sang aktor melanjutkan' points back to the actor who spoke, not a show named before",
        ),
        pytest.param(
            "Pelatih Persija Teco Stefano menilai timnya tampil baik.\n\n"
            '"Kami bermain dengan disiplin," kata sang pelatih.',
            [("Kami bermain", "Teco Stefano")],
            id="'kata sang pelatih' after a quote: the coach named before",
        ),
        pytest.param(
            'Gadis itu, Sinta Larasati, kini belajar menari.\n\n"Dia selalu ingin tampil di panggung," ujar sang ibu.',
            [("Dia selalu", "")],
            id="'ujar sang ibu': someone's mother, not the person named before",
        ),
        pytest.param(
            "Bupati Kepulauan Seribu, Irwansyah mengakui pengadaan kapal segera terealisasi.\n\n"
            '"Kami sudah rapat membahas dokumen lelang," ujar Irmansyah, Sabtu (13/01).',
            [("Kami sudah", "Irwansyah")],
            id="a name written once, one letter from a name given before it, is that person misspelt",
        ),
        pytest.param(
            '"Kami sudah rapat," ujar Rahmani.\n\nRahmana, warga Pulau Tidung, mengaku senang.\n\n'
            '"Kami mendukung," kata Rahmana.',
            [("Kami sudah", "Rahmani"), ("Kami mendukung", "Rahmana")],
            id="a name one letter from a name given only after it stays as written",
        ),
        pytest.param(
            "Nusantara mengincar dana segar tahun ini.\n\n"
            '"Masih proses penjajakan," terang CEO Nusantara Joyce Lim, Senin (29/1).\n\n'
            '"Kami optimistis," terang COO Nusantara Joe Hansen.',
            [("Masih proses", "Joyce Lim"), ("Kami optimistis", "Joe Hansen")],
            id="a word between a role and two different names is the body they serve, not a given name",
        ),
        pytest.param(
            "Basuki Tjahaja Purnama hadir di Balai Kota.\n\n"
            '"Kami bongkar tahun ini," kata Gubernur Basuki Tjahaja Purnama.\n\n'
            '"Semua sudah didata," ujar mantan Bupati Basuki Tjahaja Purnama.',
            [("Kami bongkar", "Basuki Tjahaja Purnama"), ("Semua sudah", "Basuki Tjahaja Purnama")],
            id="one name after two roles stays a name",
        ),
        pytest.param(
            "Terakhir Nusantara mendapat investasi dari OSK Ventures.\n\n"
            '"Kami tumbuh dua kali lipat," tulis Nusantara dalam keterangannya.',
            [("Kami tumbuh", "Nusantara")],
            id="a word made by ter- from a common root ('Terakhir') is no name's first word",
        ),
        pytest.param(
            'Teresa Wong memimpin tim itu sejak 2015.\n\n"Kami tumbuh dua kali lipat," ujar Teresa.',
            [("Kami tumbuh", "Teresa Wong")],
            id="a name that seems to begin with ter- ('Teresa') stays a name",
        ),
        pytest.param(
            "Nusantara mengincar dana segar tahun ini. Nusantara mengalami pertumbuhan pesat.\n\n"
            '"Masih proses penjajakan," terang CEO Nusantara Joyce Lim, Senin (29/1).\n\n'
            "Nusantara melihat potensi di daerah lain.\n\n"
            '"Kami optimistis bisa jadi unicorn," terang COO Nusantara Joe Hansen.\n\n'
            "Hanya saja, Joe enggan membeberkan angkanya.\n\n"
            "Tak hanya itu, ke depannya Nusantara juga akan segera meluncurkan aplikasi untuk konsumen B2C.\n\n"
            '"Kami tidak bisa pilih salah satu. Ini harus berjalan beriringan."',
            [("Masih proses", "Joyce Lim"), ("Kami optimistis", "Joe Hansen"), ("Kami tidak", "Joe Hansen")],
            id="a quotation paragraph after a paragraph on a body: the one who spoke for it last",
        ),
        pytest.param(
            "Desainer yang tampil adalah Dian Pelangi, Vivi Zubedi dan Barli Asmara.\n\n"
            'Barli mengusung gaya klasik.\n\n"Saya bermain dengan detail," ujarnya.\n\n'
            "Berbeda dengan Barli, Dian Pelangi akan menampilkan akulturasi dua budaya.\n\n"
            '"Motifnya bernuansa street style New York," tambah dia.',
            [("Saya bermain", "Barli Asmara"), ("Motifnya bernuansa", "Dian Pelangi")],
            id="a paragraph that turns from one person to another ('Berbeda dengan Barli, Dian …') is the other's",
        ),
        pytest.param(
            '"Bangunan itu akan segera kami bongkar," kata Gubernur DKI Basuki Tjahaja Purnama di Balai Kota.\n\n'
            "Menurut pria yang lebih sering dipanggil Ahok sehari-hari itu, ada 500 bangunan tanpa sertifikat.\n\n"
            '"Kami masih melakukan inventarisasi," ujar Ahok.',
            [("Bangunan itu", "Basuki Tjahaja Purnama"), ("Kami masih", "Basuki Tjahaja Purnama")],
            id="'pria yang lebih sering dipanggil Ahok sehari-hari itu' with no subject before it: the last person named",
        ),
        pytest.param(
            '"Saya harap kalian senang menonton di televisi," tulis Batshuayi yang melengkapi cuitannya dengan tagar '
            "“katakan tidak pada rasisme” dan “tontonlah film Black Panther”.",
            [("Saya harap", "Batshuayi")],
            id="hashtags in marks after 'tagar', one after another, are tags, not quotations",
        ),
        pytest.param(
            "Kendati Samsung awalnya tidak mengakui masalah itu, mereka mau melakukan perbaikan. "
            '"Kami memutuskan untuk meningkatkan peranti lunak pekan depan," ujar juru bicara Samsung di media lokal. '
            'Selain itu, Samsung juga akan menghadirkan pembaruan untuk "membuat revisi warna lebih teliti" pada April.',
            [("Kami memutuskan", ""), ("membuat revisi", "Samsung")],
            id="'ujar juru bicara Samsung': its spokesperson, unnamed; the next sentence's subject is Samsung",
        ),
        pytest.param(
            "Juru Bicara Samsung Kim Min-jun mengatakan perbaikan segera dilakukan.\n\n"
            '"Kami memutuskan untuk meningkatkan peranti lunak," ujar juru bicara Samsung.',
            [("Kami memutuskan", "Kim Min-jun")],
            id="'ujar juru bicara Samsung' where the article names its spokesperson: that person",
        ),
        pytest.param(
            'Sastrawan Budi Darma tetap menulis. "Kalau enggak menulis saya mau ngapain lagi?," ujar Budi. '
            '"Saya bahagia kalau selesai," kata dia. Budi mengatakan, waktu terbaiknya untuk menulis yakni pagi hari. '
            'Menurut dia, pikiran masih segar. "Pagi jam 3, pikiran masih segar," tutur dia.',
            [("Kalau enggak", "Budi Darma"), ("Saya bahagia", "Budi Darma"), ("Pagi jam", "Budi Darma")],
            id="'waktu terbaiknya untuk menulis' is no one unnamed speaking: a verb after 'untuk'",
        ),
        pytest.param(
            'Pesinetron Adji Prakoso menikah hari ini.\n\n"Kami ingin sederhana," kata Adji.',
            [("Kami ingin", "Adji Prakoso")],
            id="a noun made by pe- from a common root ('Pesinetron') is no name's first word",
        ),
        pytest.param(
            "Kaka akan meninggalkan Orlando City.\n\nSetelah Andrea Pirlo, Kaka Isyaratkan Pensiun\n\n"
            '"Keputusan saya adalah tak memperbaruinya," ungkap eks superstar AC Milan tersebut.',
            [("Keputusan saya", "Kaka")],
            id="a headline's verb made by -kan ('Kaka Isyaratkan Pensiun') ends the name before it",
        ),
        pytest.param(
            '"Api muncul pada jam 02.00 pagi," ujar Menteri Pendidikan Fred Matiangi kepada wartawan.',
            [("Api muncul", "Fred Matiangi")],
            id="a noun with -an whose root ends in k ('Pendidikan') is no verb made by -kan",
        ),
        pytest.param(
            "Pesinetron Adji Prakoso menikah hari ini.\n\n"
            "\"Orangnya sederhana dan baik,\" kata bintang '7 Manusia Harimau New Generation'.",
            [("Orangnya sederhana", "Adji Prakoso")],
            id="'kata bintang '…'': someone described by a title in single marks is the one named before",
        ),
        pytest.param(
            "Mereka menginjak poster yang bertuliskan “Jalin Persahabatan Indonesia - Jepang”. Terbaca pula "
            "poster-poster lain: “Bubarkan Aspri”, “Biankie, Biangkoen dalam cukong”, “Cukong Membahayakan Negara”. "
            "“Itu menunjukkan kebencian mereka,” kata Jenderal Soemitro dalam bukunya “Soemitro dari Pangdam "
            "Mulawarman sampai Pangkopkamtib” yang terbit tahun 1994.",
            [("Itu menunjukkan", "Soemitro")],
            id="slogans on posters, one after another, and a book's title after 'bukunya' are not quotations",
        ),
        pytest.param(
            "Jenderal Soemitro tiba di kantornya.\n\n"
            "Setelah pasukan menjaga rumah itu, Soemitro memerintahkan Soedomo agar menjaga Istana. "
            "“Jaga jangan sampai ada demonstran yang masuk ke Monas.” Selesai memberi perintah, Soemitro naik jip.",
            [("Jaga jangan", "Soemitro")],
            id="a quotation that is a sentence of its own: the subject of the sentence before it",
        ),
        pytest.param(
            '"Kami ingin mengajak generasi muda berkarya," ujar Founder & CEO D ~ NET Caroline Gondokusumo.',
            [("Kami ingin", "Caroline Gondokusumo")],
            id="a role whose words '~' joins ('D ~ NET') before the name",
        ),
        pytest.param(
            "Walikota Jakarta Utara Husein Murad hadir dalam acara itu.\n\n"
            "Diharapkan perusahaan lain mencontoh IKT. “Kalau bisa dikembangkan ke warga lain,” harap walikota.",
            [("Kalau bisa", "Husein Murad")],
            id="'harap' right after a closing mark attributes the quotation",
        ),
        pytest.param(
            "Tim juga telah menemui istri Atim, Sanya, untuk dimintai keterangan.\n\n"
            '"Atim sempat mengatakan ingin pergi ke gunung-gunung," bunyi keterangan istri Atim.',
            [("Atim sempat", "Sanya")],
            id="kin the article names in apposition ('istri Atim, Sanya') speak under that name",
        ),
        pytest.param(
            "Tim juga telah menemui istri Atim untuk dimintai keterangan.\n\n"
            '"Atim sempat mengatakan ingin pergi ke gunung-gunung," bunyi keterangan istri Atim.',
            [("Atim sempat", "")],
            id="kin the article does not name stay unnamed",
        ),
        pytest.param(
            "Dalam percakapan di WhatsApp, Fayakhun Andriadi meminta Erwin membayar lebih dulu.\n\n"
            '"Apa bisa dipecah yang cash US$ 300 ribu, diperlukan segera," demikian kutipan pesan tersebut.',
            [("Apa bisa", "Fayakhun Andriadi")],
            id="'demikian kutipan pesan tersebut': the message of the one the paragraph before says sent it",
        ),
        pytest.param(
            "Pakar bahasa Fathur Rokhman mengatakan media massa boleh berbeda dengan KBBI.\n\n"
            'Ia menekankan, "Jadi, penggunaan istilah yang berbeda akan diserahkan kepada masyarakat."',
            [("Jadi, penggunaan", "Fathur Rokhman")],
            id="'menekankan' (from 'tekan', which ends in -kan itself) before a quotation",
        ),
        pytest.param(
            "Kabid Humas Polda Papua Kombes Ahmad Kamal mengatakan situasi sudah aman.\n\n"
            "Saat di lokasi, kata Kombes Ahmad, massa melempari petugas.\n\n"
            '"Situasi sudah kembali kondusif," kata Kombes Kamal.',
            [("Situasi sudah", "Ahmad Kamal")],
            id="a rank between the verb and the name ('kata Kombes Kamal'): the word after it is used for someone",
        ),
        pytest.param(
            "Kabid Humas Polda Papua Kombes Ahmad Kamal mengatakan situasi sudah aman.\n\n"
            '"Situasi sudah kembali kondusif," kata Kombes Kamal.',
            [("Situasi sudah", "Ahmad Kamal")],
            id="bound: with the first name never used apart, the surname after a rank was found before too",
        ),
        pytest.param(
            "Penyanyi Jennifer Bachdim kehilangan tasnya di Pantai Melasti.\n\n"
            "Tak hanya itu, ibu dua anak ini menyarankan agar pengunjung berhati-hati.\n\n"
            "Jennifer juga menduga pencurian itu dilakukan oleh orang yang berpengalaman.\n\n"
            '"Be careful guys if you go to Pantai Melasti!" lanjutnya pada unggahan lain.',
            [("Be careful", "Jennifer Bachdim")],
            id="a description with 'ini' ('ibu dua anak ini menyarankan') is the one the article is about",
        ),
        pytest.param(
            "Sembilan perempuan petani Kendeng menabuh lesung di depan Istana. Mereka meminta Presiden Jokowi "
            "menghentikan pabrik semen.\n\nPresiden Jokowi belum menanggapi.\n\n"
            "Perempuan petani itu mengingatkan bahwa bunyi lesung adalah tanda bahaya.\n\n"
            '"Hati kami masih percaya bahwa Pak Jokowi masih mempunyai nurani," lanjutnya.',
            [("Hati kami", "")],
            id="bound: a description with 'itu' may be others than the one most named, and stays unnamed",
        ),
        pytest.param(
            "Hendri, anggota komunitas pencinta burung, hadir di pameran itu.\n\n"
            '"Kalau bayi lebih mudah dilatihnya," ujar Hendri.\n\n'
            "Aksi Hendri dan burungnya mengundang tawa pengunjung.",
            [("Kalau bayi", "Hendri")],
            id="a common word opening a sentence before a name ('Aksi Hendri', Hendri's act) is not part of it",
        ),
        pytest.param(
            "Tevez hengkang ke Tiongkok musim ini.\n\n"
            '"Saya mencintai olahraga ini," ujar Tevez.\n\n'
            "Carlos Tevez menandatangani kontrak dua tahun.",
            [("Saya mencintai", "Carlos Tevez")],
            id="bound: a given name English text uses too ('Carlos') opening a sentence stays part of the name",
        ),
        pytest.param(
            "Alki David, pemilik Hologram USA, berencana membuka teater di seratus kota.\n\n"
            '"Tapi membuat seratus panggung hologram akan sangat mahal," katanya.\n\n'
            'Namun jika semua sudah terkalibrasi dan siap, "Tidak ada batas konten yang bisa dihidupkan oleh '
            'teknologi kami."',
            [("Tapi membuat", "Alki David"), ("Tidak ada", "Alki David")],
            id="a quotation paragraph led into by a clause naming no one goes on with the speaker before",
        ),
        pytest.param(
            "Alki David, pemilik Hologram USA, berencana membuka teater di seratus kota.\n\n"
            '"Tapi membuat seratus panggung hologram akan sangat mahal," katanya.\n\n'
            'Namun jika Rina Wijaya setuju, "Tidak ada batas konten yang bisa dihidupkan oleh teknologi kami."',
            [("Tapi membuat", "Alki David"), ("Tidak ada", "")],
            id="bound: after a lead-in clause that names someone, the speaker before does not go on",
        ),
        pytest.param(
            "Sebuah pesawat milik Angkatan Laut Amerika Serikat jatuh di Laut Filipina.\n\n"
            '"Upaya pencarian masih diteruskan," kata armada ketujuh Amerika Serikat dalam pernyataan tertulis.',
            [("Upaya pencarian", "Armada ketujuh Amerika Serikat")],
            id="a body named in lower case before its country ('kata armada ketujuh Amerika Serikat') speaks whole",
        ),
        pytest.param(
            '"Kami sedang menyelidiki penyebab insiden itu," kata pemerintah Spanyol kepada wartawan.',
            [("Kami sedang", "Pemerintah Spanyol")],
            id="'kata pemerintah Spanyol' is the government, not the place",
        ),
        pytest.param(
            '"Kami sedang menyelidiki penyebab insiden itu," kata warga Jakarta kepada wartawan.',
            [("Kami sedang", "")],
            id="bound: people of a place ('kata warga Jakarta') are no body, and no one named",
        ),
        pytest.param(
            'Pengguna diarahkan ke laman lain. Pesan tersebut berbunyi "You are invited to try the video calling '
            'feature now". Begitu di klik, pengguna diminta mengundang teman.',
            [("You are", "")],
            id="'tersebut' after a capitalised word ('Pesan tersebut berbunyi') is no verb: the message is no one",
        ),
        pytest.param(
            "Kit Harington akan menikah dengan Rose Leslie.\n\n"
            '"Saya jatuh cinta di Islandia," kata Harington.\n\n'
            "Sementara pada 2014, Leslie juga sempat menyinggung hubungannya dengan Harington kepada People. "
            '"Kit adalah pria yang menyenangkan," katanya.',
            [("Saya jatuh", "Kit Harington"), ("Kit adalah", "Rose Leslie")],
            id="the subject a paragraph opens on after a clause ('Sementara pada 2014, Leslie …') speaks next",
        ),
        pytest.param(
            "Kepala Dinas Perumahan Rakyat DKI Jakarta, Arifin memastikan dana itu tidak berasal dari APBD.\n\n"
            '"Belum ada rencana memasukkan program ini ke APBD," katanya.\n\n'
            "Menurutnya, belum ada arahan dari gubernur Basuki Tjahaja Purnama terkait proyek tersebut. "
            '"Cuma nanti tergantung arahan pak Gubernur," ungkap dia.',
            [("Belum ada", "Arifin"), ("Cuma nanti", "Arifin")],
            id="bound: a name inside the paragraph's first clause ('Menurutnya, … gubernur Basuki') is not its subject",
        ),
        pytest.param(
            '"Hasil penyelidikan diputuskan tindak pidana pemilihan," kata Koordinator Divisi Hukum dan Penindakan '
            "Pelanggaran Bawaslu DKI Jakarta Muhammad Jufri.\n\n"
            "Jufri menuturkan Bawaslu bersama tim Sentra Penegakan Hukum Terpadu menyelidiki pengaduan itu.",
            [("Hasil penyelidikan", "Muhammad Jufri")],
            id="a role that goes on after 'dan' ('Divisi Hukum dan Penindakan Pelanggaran') before the name",
        ),
        pytest.param(
            '"Kami akan menindak tegas semua pelanggaran itu," kata Menteri Perhubungan Budi Karya Sumadi dan '
            "Gubernur DKI Anies Baswedan.",
            [("Kami akan", "Budi Karya Sumadi")],
            id="bound: 'dan' before a second role joins two people, not one role",
        ),
        pytest.param(
            "Mantan Kepala Badan Geologi Kementerian ESDM Surono menegaskan CAT Watuputih berada di kawasan karst.\n\n"
            "Penegasan itu disampaikan Mbah Rono — sapaan Surono — berdasarkan data yang dia miliki.\n\n"
            '"Secara data itu memang karst," kata Mbah Rono, 16 Desember lalu.',
            [("Secara data", "Surono")],
            id="a nickname given before the name ('Mbah Rono — sapaan Surono') is that person, named by one word",
        ),
        pytest.param(
            "Sebelumnya, Romo Albertus Hani Rudi Hartoko juga mengajak jemaat menghargai kebhinekaan.\n\n"
            "Albertus menambahkan jemaat tidak perlu merasa terancam dengan keberagaman.\n\n"
            '"Jangan merasa terancam kalau berbeda," katanya.',
            [("Jangan merasa", "Albertus Hani Rudi Hartoko")],
            id="'Romo', a priest's honorific, is set aside before a full name of four words",
        ),
        pytest.param(
            "Luhut mengungkap keengganan putra Presiden Joko Widodo, Gibran Rakabuming Raka, untuk terlibat.\n\n"
            "Gibran justru menceritakan bisnis kulinernya.\n\n"
            '"Oh tidak makasih om, saya tidak mau berbisnis dengan pemerintah," ujar Luhut menirukan ucapan Gibran '
            "saat menjadi pembicara di Jakarta.",
            [("Oh tidak", "Gibran Rakabuming Raka")],
            id="words retold by the one the attribution names ('menirukan ucapan Gibran') are the other's",
        ),
        pytest.param(
            "Andrew Budikusuma diserang di Jalan Bangka.\n\n"
            '"Lu Ahok bukan?" kata Andrew menirukan ucapan penyerangnya.',
            [("Lu Ahok", "Andrew Budikusuma")],
            id="bound: words retold of someone unnamed ('menirukan ucapan penyerangnya') stay the teller's",
        ),
        pytest.param(
            "Olahraga menjadi prioritas seorang Natasha Rizky dalam menjaga kesehatannya.\n\n"
            "Chacha, sapaan akrab Natasha, mengungkapkan usianya yang masih muda tidak menjamin apa pun.\n\n"
            '"Jangan pernah berpikir kalau kita masih muda, maka kita ngga akan sakit," ungkap Cacha di Kemang.',
            [("Jangan pernah", "Natasha Rizky")],
            id="a nickname misspelt by one letter ('Cacha' for 'Chacha, sapaan akrab Natasha') is still the person",
        ),
        pytest.param(
            "Chacha, sapaan akrab Natasha Rizky, mengungkapkan usianya yang masih muda tidak menjamin apa pun.\n\n"
            '"Jangan pernah berpikir kalau kita masih muda, maka kita ngga akan sakit," ungkap Chacha.\n\n'
            "Wanita yang juga kini disibukkan sebagai seorang media influencer ini mengatakan dirinya rajin "
            "berolahraga.\n\n"
            '"Olahraga itu penting bagi saya," tutur istri dari aktor Deddy Mahendra Desta.',
            [("Jangan pernah", "Natasha Rizky"), ("Olahraga itu", "Natasha Rizky")],
            id="kin of someone named only in the epithet ('istri dari aktor Deddy Mahendra Desta') is the one spoken of",
        ),
        pytest.param(
            'Toyota menyiapkan model baru.\n\n"Kami terlambat di segmen ini," ucap Head of Product Planning '
            "Hans de Wit saat diwawancarai.",
            [("Kami terlambat", "Hans de Wit")],
            id="an English role joined by 'of' ('Head of Product Planning Hans de Wit') is one role",
        ),
        pytest.param(
            "Nike merilis sepatu baru.\n\n"
            '"Kami membuat 5000 pasang," kata Mark Allen, Vice President of Design Nike, dalam rilis.',
            [("Kami membuat", "Mark Allen")],
            id="bound: a name before its English role ('Mark Allen, Vice President of Design Nike') stays the name",
        ),
        pytest.param(
            "Ketiga menteri luar negeri itu meminta semua pihak menetapkan aturan yang "
            '"mengikat secara hukum dan efektif di kawasan." Pernyataan itu disampaikan di Manila.',
            [("mengikat secara", "")],
            id="an ordinal ('Ketiga menteri') is no name",
        ),
        pytest.param(
            'Para menteri bertemu di Hanoi.\n\n"Kami mencatat kekhawatiran atas reklamasi lahan," demikian bunyi '
            "Komunike Bersama Menlu ASEAN.",
            [("Kami mencatat", "Menlu ASEAN")],
            id="a joint communiqué ('Komunike Bersama Menlu ASEAN') speaks for the body that issued it",
        ),
        pytest.param(
            "Kombes Pol Darmawan menyodorkan program unggulan.\n\n"
            '"Kami ingin membangun rakyat," tandas cucu ulama Tebuireng, KH Hasan Basri ini.',
            [("Kami ingin", "Darmawan")],
            id="kin pointed back to ('cucu ulama …, KH Hasan Basri ini') is the one spoken of, not the relative",
        ),
        pytest.param(
            "Kombes Pol Darmawan menyodorkan program unggulan.\n\n"
            'KH Hasan Basri ikut hadir.\n\n"Kami mendukung cucu kami," kata kakek Darmawan, KH Hasan Basri.',
            [("Kami mendukung", "Hasan Basri")],
            id="bound: kin named in apposition, pointed back to by nothing ('kakek Darmawan, KH Hasan Basri') is the relative",
        ),
        pytest.param(
            "Ketua Bawaslu Bali Made Astawa yang didampingi dua anggotanya, Ketut Suardana dan Wayan Putra "
            'mengatakan panwas akan dibimbing.\n\n"Kami akan berikan bimbingan teknis," ujarnya.',
            [("Kami akan", "Made Astawa")],
            id="names in apposition inside a relative clause ('yang didampingi dua anggotanya, …') are not its subject",
        ),
        pytest.param(
            "Budi Santoso mengaku tak pernah bertemu Rohadi.\n\n"
            '"" Tidak ada, tidak ada. Aku sudah pensiun, "kata Budi pada Juli.',
            [("Tidak ada,", "Budi Santoso")],
            id="a doubled straight mark ('\"\" Tidak ada') opens once",
        ),
        pytest.param(
            'Budi Santoso mengaku tak pernah bertemu Rohadi.\n\n"Tidak ada, tidak ada. Aku sudah pensiun,"" kata Budi.',
            [("Tidak ada,", "Budi Santoso")],
            id="a doubled straight mark closes once",
        ),
        pytest.param(
            '"Anak usia enam bulan butuh zat besi," tutur spesialis anak dari RSCM, Dr dr Ratna Dewi Lestari SpA(K), '
            "di Jakarta.",
            [("Anak usia", "Ratna Dewi Lestari")],
            id="a medical specialist's degree after a name ('SpA(K)') is no part of it",
        ),
        pytest.param(
            "Spesialis onkologi dari RSCM, Prof. Dr. Wulan Sari Utami, Sp. Rad (K) OnkRad menyebut makanan tertentu "
            'bisa memicu kanker.\n\n"Makanan dengan pengawet dan pewarna," ujar dia di Jakarta.',
            [("Makanan dengan", "Wulan Sari Utami")],
            id="a specialist's degree with a consultant's subspecialty ('Sp. Rad (K) OnkRad') between a subject and verb",
        ),
        pytest.param(
            "Komisaris PT Persija Jaya Bermartabat Hendra Wijaya pun bersyukur dengan penghargaan itu.\n\n"
            '"Itu menjadi motivasi bagi kami," katanya.',
            [("Itu menjadi", "Hendra Wijaya")],
            id="a word made from a less common long root ('Bermartabat' from 'martabat') is no given name",
        ),
        pytest.param(
            'Pelatih Berliana Sitompul puas.\n\n"Itu menjadi motivasi bagi kami," kata Berliana.',
            [("Itu menjadi", "Berliana Sitompul")],
            id="bound: a given name that looks affixed but has no common root ('Berliana') stays a name",
        ),
        pytest.param(
            'Bek Ivan Perisic ikut latihan pada hari Jum"at (21/7).\n\n"Saya kembali dan itu lebih baik. Mari kita '
            'lihat saja besok," kata Perisic.',
            [("Saya kembali", "Ivan Perisic")],
            id="an apostrophe typed as a mark inside a word ('Jum\"at') opens no quotation",
        ),
        pytest.param(
            'Film "Boys Over Flower"itu disukai banyak orang.\n\n"Awalnya terasa sedikit aneh," ujar Lee Min Ho.',
            [("Awalnya terasa", "Lee Min Ho")],
            id="bound: a mark glued to the next word closes the quotation that is open ('Flower\"itu')",
        ),
        pytest.param(
            "Pertandingan Denver Nuggets melawan Utah Jazz ditunda.\n\n"
            '"Pertandingan malam ini ditunda, kalian bisa percaya prosesnya," demikian kurang lebih terjemahan cuitan '
            "akun resmi Utah Jazz.",
            [("Pertandingan malam", "Utah Jazz")],
            id="'demikian … terjemahan cuitan akun resmi X': the account's owner",
        ),
        pytest.param(
            "Sebelumnya, wakil duta besar Pyongyang untuk PBB mengatakan kepada Sekretaris Jenderal PBB Antonio "
            'Guterres bahwa program itu tidak bisa dirundingkan selama "kebijakan permusuhan Amerika Serikat terus '
            'berlanjut".',
            [("kebijakan permusuhan", "")],
            id="a name after a preposition ('wakil duta besar Pyongyang untuk PBB mengatakan') ends a description",
        ),
        pytest.param(
            "Duta Besar Indonesia untuk Jepang Arifin Tasrif mengatakan kerja sama itu penting, "
            '"karena Jepang mitra dagang terbesar kami."',
            [("karena Jepang", "Arifin Tasrif")],
            id="bound: a person named after a preposition ('untuk Jepang Arifin Tasrif mengatakan') is the speaker",
        ),
        pytest.param(
            '"Kami resmi mencabut pendaftaran pemain itu," ujar manajer Haruna soemitro dilansir akun Twitter resmi '
            "klub.",
            [("Kami resmi", "Haruna Soemitro")],
            id="the name a role word opens the attribution with, its surname typed in lower case ('Haruna soemitro')",
        ),
        pytest.param(
            '"Kami resmi mencabut pendaftaran pemain itu," ujar manajer Haruna dilansir akun Twitter resmi klub.',
            [("Kami resmi", "Haruna")],
            id="the name after a role word, before an account ('manajer Haruna'); a known word after it is no surname",
        ),
        pytest.param(
            'Andrea Pirlo mengunggah foto lama.\n\n"Terima kasih untuk semuanya, sahabatku," demikian tulis Pirlo di akun '
            "Instagram miliknya.",
            [("Terima kasih", "Andrea Pirlo")],
            id="'demikian' before a speech verb ('demikian tulis Pirlo')",
        ),
        pytest.param(
            '"Kami tidak akan diam saja," ujar Ketua Suporter, Sidhi Wicaksono.\n\nSidi berharap panitia bertindak.\n\n'
            '"Semua harus dihukum tegas," katanya.',
            [("Kami tidak", "Sidhi Wicaksono"), ("Semua harus", "Sidhi Wicaksono")],
            id="a name of four letters that drops the 'h' of a full name's word ('Sidi' for 'Sidhi') is that name",
        ),
        pytest.param(
            '"Kami tidak akan diam saja," ujar Ketua Suporter, Rini Wicaksono.\n\nRina berharap panitia bertindak.\n\n'
            '"Semua harus dihukum tegas," katanya.',
            [("Kami tidak", "Rini Wicaksono"), ("Semua harus", "Rina")],
            id="a name of four letters another letter apart ('Rina', 'Rini') is someone else",
        ),
        pytest.param(
            'Pebalap muda Rio Haryanto tampil apik.\n\n"Saya senang sekali," tutur Rio.\n\n"Tujuan saya belajar dulu,"'
            " kata pebalap Solo itu lagi.\n\nIa kini menjadi pebalap akademi tim Kuda Besi.",
            [("Saya senang", "Rio Haryanto"), ("Tujuan saya", "Rio Haryanto")],
            id="a description before a body's word and its name ('pebalap akademi tim Kuda Besi') is no name for it",
        ),
        pytest.param(
            '"Peminatnya terus naik," kata Head of Sales & Marketing Research 2W PT Maju Motor Budi Hartono saat '
            "ditemui.",
            [("Peminatnya terus", "Budi Hartono")],
            id="a role joined by '&' that goes on past the joined words ('… Research 2W PT Maju Motor Budi Hartono')",
        ),
        pytest.param(
            'Ana jarang bicara.\n\n"Dia diam sepanjang acara," ujar sumber itu.\n\nDoni sempat bercanda bahwa Ana '
            'sedang puasa bicara.\n\n"Dia hanya menunjuk tenggorokannya," ujarnya lagi.',
            [("Dia diam", ""), ("Dia hanya", "")],
            id="'ujarnya lagi' (again): whoever spoke the quotation before, an unnamed source too",
        ),
        pytest.param(
            '"Kami menang," kata Budi.\n\nBudi lalu pulang.\n\nDoni sempat bercanda bahwa Budi kelelahan.\n\nDoni '
            'menambahkan bahwa tim akan berlibur.\n\n"Kami layak libur," ujarnya lagi.',
            [("Kami menang", "Budi"), ("Kami layak", "Doni")],
            id="'ujarnya lagi' more than two paragraphs after the quotation before: whoever was named last",
        ),
        pytest.param(
            '"Kapal itu selesai tahun depan," kata Wakil Kepala Staf TNI AL Laksamana Madya Arief Wibowo.',
            [("Kapal itu", "Arief Wibowo")],
            id="a navy's or an air force's grade after its rank is no part of the name ('Laksamana Madya Arief Wibowo')",
        ),
        pytest.param(
            'Startup itu diakuisisi.\n\n"Kami sangat senang menyambut tim mereka," sambut CEO 88.id Rina Halim.',
            [("Kami sangat", "Rina Halim")],
            id="one word no list has, then a role, a body's name with digits and a full name ('sambut CEO 88.id Rina Halim')",
        ),
        pytest.param(
            'Startup itu diakuisisi.\n\n"Kami sangat senang menyambut tim mereka," sambut CEO 88.id dengan gembira.',
            [("Kami sangat", "")],
            id="one word no list has, then a role and no name: no one named",
        ),
    ],
)
def test_rare_forms(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "closing, quotation",
    [
        ("do that!!! tulis Jennifer", "Someone broke in. Why people do that!!!"),
        ("do that, tulis Jennifer", "Someone broke in. Why people do that"),
        ("do that? tulis Jennifer", "Someone broke in. Why people do that?"),
    ],
)
def test_a_quotation_left_open_ends_where_its_attribution_begins(closing, quotation):
    text = (
        f'Jennifer Bachdim kehilangan tasnya.\n\n"Someone broke in. Why people {closing} di Instagram\n\nPolisi datang.'
    )
    assert [(q.text, q.speaker) for q in extract_quotes(text)] == [(quotation, "Jennifer Bachdim")]


def test_a_quotation_left_open_with_no_attribution_ends_with_its_paragraph():
    text = 'Jennifer Bachdim kehilangan tasnya.\n\n"Someone broke in. Why people do that!!! tulis ulang saja\n\nPolisi.'
    assert [q.text for q in extract_quotes(text)] == ["Someone broke in. Why people do that!!! tulis ulang saja"]


def test_marks_garbled_as_mojibake_are_read_once_repaired():
    body = "IFI membuka kursus memasak.\n\nDirektur IFI Marc Piton mengatakan, â€œKursus ini terbuka untuk umum,â€\x9d katanya."
    article = Article(source_path=Path("piton.md"), slug="piton", title="Kursus", date=dt.date(2017, 9, 15), body=body)
    prepare(article)
    assert [(q.text, q.speaker) for q in article.candidates] == [("Kursus ini terbuka untuk umum", "Marc Piton")]
    assert article.text[article.candidates[0].start : article.candidates[0].end] == "Kursus ini terbuka untuk umum"
