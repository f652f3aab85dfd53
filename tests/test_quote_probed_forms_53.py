"""Speaker forms from made-up articles written in session 53 to probe the rules beyond the annotated sets: a quotation
that is a sentence of its own is the words of the subject the sentence before opens on, not of the last name in it
('Hodak memastikan Teja Paku Alam siap.'); someone the words do not name, one of some ('Seorang pelanggan') or
someone's kin ('Adiknya', 'Ibunya'), speaking or acting before 'katanya', is no one named; a body's short form in
brackets after 'Menurut' ends the body's name, so the name after it is its holder's; 'Agung' is a given name
except after what it qualifies ('Jaksa Agung'); and a company named after its legal form ('PT Pertamina Patra Niaga')
is a body wherever the article writes that name; and a noun made with peN- for one who does something ('Pendaki
asal Malang, Rudi,'), or 'panitia', set off before one name, describes that person; a specialist's '-log'
profession is a role ('Dermatolog'); and 'tulisnya lagi' is the last speaker's unless the quotation's paragraph opens
on someone else; 'Dan' after a role and its body's short form, before one last word, is a given name ('MU Dan
Ashworth'); and one of those just spoken of, named with no verb ('Salah satunya Rina Marlina, karyawan swasta.'),
speaks next. The quotes found, as (first words, speaker)."""

import pytest
from test_quote_shapes import found


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Jakarta - Pelatih Persib, Bojan Hodak, belum tahu kapan Kevin pulih.\n\n"
            'Hodak memastikan Teja Paku Alam siap menggantikan. "Teja punya pengalaman, saya percaya padanya."',
            [("Teja punya", "Bojan Hodak")],
            id="a sentence of its own after one: the words of the subject that sentence opens on",
        ),
        pytest.param(
            "Jakarta - Pelatih Persib, Bojan Hodak, belum tahu kapan Kevin pulih.\n\n"
            'Kiper muda Teja Paku Alam siap menggantikan. "Saya sudah siap sejak lama, tinggal menunggu kesempatan."',
            [("Saya sudah", "Teja Paku Alam")],
            id="bound: the one that sentence opens on is the last named too",
        ),
        pytest.param(
            'Jakarta - Rina membuka usaha kue. "Awalnya iseng saja," kata Rina.\n\n'
            'Adiknya menimpali, "Sekarang laris sekali."',
            [("Awalnya iseng", "Rina"), ("Sekarang laris", "")],
            id="someone's kin with -nya before a verb of saying is no one named",
        ),
        pytest.param(
            'Jakarta - Rina membuka usaha kue. "Awalnya iseng saja," kata Rina.\n\n'
            'Seorang pelanggan mengatakan, "Sekarang sebulan bisa kirim 500 toples ke Malaysia."',
            [("Awalnya iseng", "Rina"), ("Sekarang sebulan", "")],
            id="one of some before a verb of saying is no one named",
        ),
        pytest.param(
            'Jakarta - Rina membuka usaha kue. "Awalnya iseng saja," kata Rina.\n\n'
            'Ibunya juga bangga. "Sekarang laris sekali," katanya.',
            [("Awalnya iseng", "Rina"), ("Sekarang laris", "")],
            id="someone's kin opening the sentence before 'katanya' is no one named",
        ),
        pytest.param(
            "Jakarta - Kasat Lantas Polres Bogor AKP Rizky Guntama mengatakan rem truk blong. "
            '"Tidak ada bekas pengereman," jelas Rizky.\n\n'
            "Seorang saksi mata, pemilik warung di lokasi, melihat truk melaju kencang. "
            '"Suaranya keras sekali, saya kira bom," katanya.',
            [("Tidak ada", "Rizky Guntama"), ("Suaranya keras", "")],
            id="one of some who acts, opening a sentence, before 'katanya' is no one named",
        ),
        pytest.param(
            "Jakarta - Ketua Dewan Pers Ninik Rahayu menyayangkan kekerasan.\n\n"
            "Salah satu jurnalis yang menjadi korban, Rizki Maulana, mengalami luka. "
            '"Saya sudah tunjukkan kartu pers," tuturnya.',
            [("Saya sudah", "Rizki Maulana")],
            id="bound: one of some in a relative clause, then named, is that person",
        ),
        pytest.param(
            'Jakarta - Sebelumnya, petugas PPIH beberapa kali mengimbau jamaah menghindari "heat stroke" di Arafah.',
            [],
            id="bound: 'beberapa kali' inside a clause is no one speaking, and a term is no quotation",
        ),
        pytest.param(
            "Jakarta - Menurut Direktur Eksekutif Indonesia Political Opinion (IPO) Dedi Kurnia Syah, koalisi "
            'besar berisiko. "Kalau semua partai masuk pemerintahan, siapa yang mengkritik?" katanya.',
            [("Kalau semua", "Dedi Kurnia Syah")],
            id="a body's short form in brackets after 'Menurut' ends its name; its holder's name follows",
        ),
        pytest.param(
            "Jakarta - Kapolsek Depok Barat Kompol Agung Wibowo mengatakan pelaku masih diburu. "
            '"Identitas pelaku sudah kami kantongi," ujarnya.',
            [("Identitas pelaku", "Agung Wibowo")],
            id="'Agung' after a rank, or opening a name, is a given name",
        ),
        pytest.param(
            'Jakarta - "Putusan ini final dan mengikat," kata Hakim Agung Gazalba Saleh.',
            [("Putusan ini", "Gazalba Saleh")],
            id="bound: 'Agung' after 'Hakim' or 'Jaksa' is part of the office",
        ),
        pytest.param(
            "Jakarta - PT Pertamina Patra Niaga menjamin stok BBM aman.\n\n"
            'Dalam keterangan resminya, Pertamina Patra Niaga menyebut, "Stok BBM nasional berada pada level aman."',
            [("Stok BBM", "Pertamina Patra Niaga")],
            id="a company the article names after its legal form is a body, not a name after a brand",
        ),
        pytest.param(
            "Jakarta - PT Kereta Api Indonesia menambah perjalanan.\n\n"
            '"Tambahan ini untuk lonjakan penumpang pada libur Natal," kata Kereta Api Indonesia.',
            [("Tambahan ini", "Kereta Api Indonesia")],
            id="a company the article names after its legal form speaks as a whole",
        ),
        pytest.param(
            "Jakarta - Direktur Utama PT. PBB Glenn Sugita menyampaikan permohonan maaf.\n\n"
            '"Manajemen terus berusaha memperbaiki prestasi tim," ujar Glenn.',
            [("Manajemen terus", "Glenn Sugita")],
            id="bound: a legal form after a role opens a body before a name",
        ),
        pytest.param(
            "Martapura - Jemaah memadati lokasi haul.\n\n"
            "Panitia haul, H. Rusdiansyah, menyebut jumlah jemaah meningkat. "
            '"Kami perkirakan lebih dari satu juta jemaah," katanya.',
            [("Kami perkirakan", "Rusdiansyah")],
            id="'panitia' set off before one name describes the person named",
        ),
        pytest.param(
            "Malang - Dua pendaki tersesat di Gunung Arjuno.\n\n"
            "Pendaki asal Malang, Rudi, mengaku kehabisan air. "
            '"Kami minum air hujan selama dua hari," katanya.',
            [("Kami minum", "Rudi")],
            id="a noun of one who does something, made with peN-, set off before one name describes that person",
        ),
        pytest.param(
            "Jakarta - Harga tiket naik.\n\n"
            "Perusahaan itu, Garuda, menyebut harga avtur naik. "
            '"Kami tidak punya pilihan selain menaikkan harga," katanya.',
            [("Kami tidak", "")],
            id="bound: a thing made with peN-...-an set off before a name describes no person",
        ),
        pytest.param(
            "Jakarta - Produk kosmetik bermerkuri ditarik.\n\n"
            "Dermatolog dr. Arini Astasari Widodo, Sp.KK, mengimbau masyarakat memeriksa izin edar. "
            '"Cek dulu nomor BPOM-nya sebelum membeli," ujar dr. Arini.',
            [("Cek dulu", "Arini Astasari Widodo")],
            id="a specialist's '-log' profession before a title and a name is a role",
        ),
        pytest.param(
            'Jakarta - Ari Lasso bercerai. "Kami sepakat berpisah secara baik-baik," tulis Ari.\n\n'
            'Pengacara Ari, Sandy Arifin, menyebut prosesnya damai. "Tidak ada gugatan harta," kata Sandy.\n\n'
            'Ari sendiri meminta penggemarnya tidak berspekulasi. "Tolong hormati privasi keluarga kami," tulisnya lagi.',
            [("Kami sepakat", "Ari Lasso"), ("Tidak ada", "Sandy Arifin"), ("Tolong hormati", "Ari Lasso")],
            id="'tulisnya lagi' in a paragraph opening on someone else is theirs, not the last speaker's",
        ),
        pytest.param(
            'Jakarta - Ari Lasso bercerai. "Kami sepakat berpisah secara baik-baik," tulis Ari.\n\n'
            'Pengacara Ari, Sandy Arifin, menyebut prosesnya damai. "Tidak ada gugatan harta," kata Sandy.\n\n'
            'Sandy juga menyebut Ari sudah ikhlas. "Semua sudah diselesaikan secara kekeluargaan," katanya lagi.',
            [("Kami sepakat", "Ari Lasso"), ("Tidak ada", "Sandy Arifin"), ("Semua sudah", "Sandy Arifin")],
            id="bound: 'katanya lagi' in a paragraph opening on the last speaker is theirs, whoever else it names",
        ),
        pytest.param(
            "Manchester - MU menunjuk Ruben Amorim.\n\n"
            "Direktur Olahraga MU Dan Ashworth menyebut Amorim pelatih muda terbaik dan paling menjanjikan. "
            '"Dia punya filosofi yang jelas," ujar Ashworth.',
            [("Dia punya", "Dan Ashworth")],
            id="'Dan' after a role and its body's short form, before the last word, is a given name",
        ),
        pytest.param(
            'Jakarta - "Laut kita luas dan kaya," kata Menteri Kelautan Dan Perikanan Susi Pudjiastuti.',
            [("Laut kita", "Susi Pudjiastuti")],
            id="bound: 'Dan' inside an office's title-cased name joins its portfolios",
        ),
        pytest.param(
            'Jakarta - Harga emas naik. "Investor lari ke emas," kata pengamat Ibrahim Assuaibi.\n\n'
            'Antrean mengular. Salah satunya Rina Marlina, karyawan swasta. "Buat tabungan anak sekolah," katanya.',
            [("Investor lari", "Ibrahim Assuaibi"), ("Buat tabungan", "Rina Marlina")],
            id="one of those just spoken of, named with no verb of their own, speaks next",
        ),
    ],
)
def test_probed_speaker_forms_53(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected
