"""Speaker and role forms from made-up articles written in session 40 to probe the rules beyond the annotated sets:
a description that points back and then says where ('… itu di Kompleks Parlemen, Senayan'); a subject whose verb is
'siap'; a province between a body and a name ('Kepala BPBD Riau'); a surname of two capitals ('Mahfud MD'); a
nickname after 'atau' ('… Basuki Tjahaja Purnama atau Ahok'); 'Lalu' opening a Sasak name; the Arabic article joined
by a hyphen ('Manal al-Sharif'); an office's number ('Ketua I'); a body before a full name set off by commas
('Direktur Eksekutif Indef, Enny Sri Hartati,'); an office that opens the sentence, with or without a comma before
the name ('Ketua RT setempat, Slamet Riyadi', 'Penyanyi dangdut Via Vallen').
The quotes found, as (first words, speaker), and the role a quote shows."""

import pytest
from test_quote_shapes import found, last_speaker_and_role


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Jakarta - Ketua DPR Bambang Soesatyo meminta pemerintah menunda impor beras.\n\n"
            '"Stok beras di gudang Bulog masih cukup. Untuk apa impor?" kata pria yang akrab disapa Bamsoet itu di '
            "Kompleks Parlemen, Senayan, Jakarta.",
            [("Stok beras", "Bambang Soesatyo")],
            id="a description that points back, then where: the place after its comma is no one",
        ),
        pytest.param(
            'Jakarta - Pelatih timnas Simon McMenemy mengumumkan 23 pemain. "Saya memilih pemain terbaik," kata '
            "McMenemy.\n\nKapten timnas, Andritany Ardhiyasa, siap memberikan yang terbaik. "
            '"Kami ingin membuat bangga," ujar kiper Persija itu.',
            [("Saya memilih", "Simon McMenemy"), ("Kami ingin", "Andritany Ardhiyasa")],
            id="'siap' after a name: the paragraph's subject, whom a new description means",
        ),
        pytest.param(
            "Pekanbaru - Kabut asap menyelimuti kota.\n\nKepala BPBD Riau Edwar Sanger mengatakan titik api bertambah. "
            '"Kami sudah minta bantuan helikopter," ujar Edwar.',
            [("Kami sudah", "Edwar Sanger")],
            id="a province between a body and a name",
        ),
        pytest.param(
            "Jakarta - Mantan Ketua Mahkamah Konstitusi Mahfud MD menyebut revisi itu melemahkan KPK.\n\n"
            '"Kalau penyadapan harus izin, ya bocor semua," ujar Mahfud di Jakarta.',
            [("Kalau penyadapan", "Mahfud MD")],
            id="two capitals the article uses only after one name end that name",
        ),
        pytest.param(
            "Jakarta - Wakil Ketua KPK Basaria Panjaitan memimpin konferensi pers.\n\n"
            '"KPK meningkatkan status perkara ke penyidikan," kata Basaria. MK juga menerima laporan itu.',
            [("KPK meningkatkan", "Basaria Panjaitan")],
            id="bound: capitals before a name are a body's",
        ),
        pytest.param(
            "Jakarta - Mantan Gubernur DKI Jakarta Basuki Tjahaja Purnama atau Ahok bebas dari Mako Brimob.\n\n"
            '"Saya akan lebih banyak membaca dan menulis," kata Ahok dalam surat yang dibacakan pengacaranya.',
            [("Saya akan", "Basuki Tjahaja Purnama")],
            id="'atau' and one word after a name introduced with its role: the nickname it goes by",
        ),
        pytest.param(
            "Jakarta - Warga diminta memilih Prabowo Subianto atau Jokowi dengan hati nurani.\n\n"
            '"Jokowi atau Prabowo sama baiknya," kata Jokowi yang ditemui di pasar.',
            [("Jokowi atau", "Jokowi")],
            id="bound: 'atau' between two people is a choice, not a nickname",
        ),
        pytest.param(
            'Jakarta - "Kami pantau terus," kata Direktur Perlindungan WNI Kemlu Lalu Muhammad Iqbal.',
            [("Kami pantau", "Lalu Muhammad Iqbal")],
            id="'Lalu' inside a run after a body opens a Sasak name",
        ),
        pytest.param(
            "Jakarta - Lalu Iqbal menjelaskan prosedurnya. Lalu Budi Santoso menjawab. "
            '"Kami pantau terus," kata Budi Santoso.',
            [("Kami pantau", "Budi Santoso")],
            id="bound: 'Lalu' opening a sentence is 'then'",
        ),
        pytest.param(
            'Riyadh - Larangan dicabut. "Ini hari bersejarah," kata aktivis hak perempuan Manal al-Sharif.',
            [("Ini hari", "Manal al-Sharif")],
            id="the Arabic article joined to a name by a hyphen",
        ),
    ],
)
def test_probed_speakers_40(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text, speaker, role",
    [
        pytest.param(
            "Jakarta - Direktur Eksekutif Indef, Enny Sri Hartati, menilai pertumbuhan di bawah target. "
            '"Konsumsi rumah tangga melambat," ujar Enny.',
            "Enny Sri Hartati",
            "Direktur Eksekutif Indef",
            id="a body's one word before a full name set off by commas is the role's",
        ),
        pytest.param(
            'Jakarta - Ketua I Gaikindo, Jongkie D Sugiarto, hadir. "Pasar tumbuh," kata Jongkie.',
            "Jongkie D Sugiarto",
            "Ketua I Gaikindo",
            id="an office's number 'I'",
        ),
        pytest.param(
            'Denpasar - Rapat dipimpin Ketua I Wayan Koster. "Kami dukung program ini," kata Koster.',
            "I Wayan Koster",
            "Ketua",
            id="bound: 'I' opens a Balinese name",
        ),
        pytest.param(
            "Jakarta - Pengamat politik dari Universitas Indonesia, Ade Armando, menilai debat kurang substansial. "
            '"Publik tidak mendapat gambaran program," katanya.',
            "Ade Armando",
            "Pengamat politik dari Universitas Indonesia",
            id="an office that opens the sentence, then a comma",
        ),
        pytest.param(
            "Bekasi - Banjir merendam ratusan rumah.\n\nMenurut Ketua RT setempat, Slamet Riyadi, air masuk sejak "
            'dini hari. "Warga tidak sempat menyelamatkan barang," ujarnya.',
            "Slamet Riyadi",
            "Ketua RT setempat",
            id="'Menurut' and an office in lower case, then a comma",
        ),
        pytest.param(
            'Jakarta - Juna galak. "Saya keras karena ingin mereka berhasil," kata Juna.\n\n'
            'Juri lainnya, Renatta Moeloek, sependapat. "Dapur profesional memang begitu," ujar Renatta.',
            "Renatta Moeloek",
            "Juri",
            id="'lainnya' is no part of the office",
        ),
        pytest.param(
            'Jakarta - Penyanyi dangdut Via Vallen melapor ke polisi. "Saya ingin perempuan lain berani bicara," '
            "kata Via Vallen.",
            "Via Vallen",
            "Penyanyi dangdut",
            id="an office in lower case that opens the sentence, right before the name",
        ),
        pytest.param(
            "Jakarta - Pelatih timnas Indonesia Simon McMenemy mengumumkan 23 pemain. "
            '"Saya memilih pemain yang sedang dalam performa terbaik," kata McMenemy.',
            "Simon McMenemy",
            "Pelatih timnas Indonesia",
            id="an office in lower case and a country before the name",
        ),
        pytest.param(
            "Jakarta - Pebulutangkis Kevin Sanjaya Sukamuljo dan Marcus Fernaldi Gideon juara. "
            '"Terima kasih atas dukungannya," ucap Marcus.',
            "Marcus Fernaldi Gideon",
            "",
            id="bound: the words before the name join it to another",
        ),
        pytest.param(
            'Jakarta - Saat ditanya wartawan, Budi Santoso mengaku belum tahu. "Saya belum baca suratnya," kata Budi.',
            "Budi Santoso",
            "",
            id="bound: a clause before the comma is no office",
        ),
    ],
)
def test_probed_roles_40(text, speaker, role):
    assert last_speaker_and_role(text) == (speaker, role)
