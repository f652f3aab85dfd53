"""Speaker forms from made-up articles written in session 48 to probe the rules beyond the annotated sets: a
Balinese name opening on a noble caste's two words, whose words are no office's ('Ketua Aprindo Bali Anak Agung Ngurah
Agung Wirawan'); a regnal number ending a name ('Sri Sultan Hamengku Buwono X'); a person's initials opening the one
name after an office ('Jaksa Agung HM Prasetyo'), but not a body's two capitals ('Presiden RI Boediono'); and a
sentence that opens on the kin of someone named before, with the kin's own name set off after it ('Putra Sule, Rizky
Febian, mengatakan …'); a verb right after a comma, before another verb, is no one unnamed ('…, Ari Askhara, berjanji
menekan biaya'), and 'menekan' alone is no verb of saying; a body of two words or more after an office in lower case
('Juru bicara Front Pembela Islam Slamet Maarif', then 'kata Slamet'); a subject who agrees ('Thomas Lembong
sependapat'), whom a nickname given after it then names; and one name given someone described ('Seorang korban
selamat, Nurhayati, …'), whom 'kata perempuan itu' then means; a mountain's name in a body's before a name ('Kepala Balai Taman Nasional Gunung
Rinjani Sudiyono'); and a regnal number after a title ('Ratu Elizabeth II'), not an office's ('Komisi III'). The
quotes found, as (first words, speaker)."""

import pytest
from test_quote_shapes import found


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Denpasar - Gubernur Bali I Wayan Koster melarang kantong plastik.\n\n"
            '"Bali harus bersih," ucap Koster.\n\n'
            "Ketua Asosiasi Pengusaha Ritel Indonesia (Aprindo) Bali Anak Agung Ngurah Agung Wirawan mendukung "
            'kebijakan itu. "Anggota kami siap," tuturnya.',
            [("Bali harus", "I Wayan Koster"), ("Anggota kami", "Anak Agung Ngurah Agung Wirawan")],
            id="a Balinese name opening on 'Anak Agung' after a body and a place",
        ),
        pytest.param(
            'Jakarta - Ketua DPD Anak Agung Gde Agung meminta aturan dikaji.\n\n"Kita kaji dulu," kata Agung.',
            [("Kita kaji", "Anak Agung Gde Agung")],
            id="a Balinese noble's name after an office",
        ),
        pytest.param(
            "Yogyakarta - Sri Sultan Hamengku Buwono X meminta warga tenang.\n\n"
            '"Yogya ini milik semua orang," kata Sultan di Kompleks Kepatihan.',
            [("Yogya ini", "Sri Sultan Hamengku Buwono X")],
            id="a regnal number ends a name of four words",
        ),
        pytest.param(
            'Jakarta - Jaksa Agung HM Prasetyo menanggapi kritik.\n\n"Kritik itu vitamin bagi kami," jawab Prasetyo.',
            [("Kritik itu", "HM Prasetyo")],
            id="initials open the one name after an office",
        ),
        pytest.param(
            "Jakarta - Jaksa Agung ST Burhanuddin menegaskan penyidikan berlanjut.\n\n"
            '"Tidak ada yang kebal hukum," kata Burhanuddin.',
            [("Tidak ada", "ST Burhanuddin")],
            id="capitals that are a title only in mixed case open the name",
        ),
        pytest.param(
            'Jakarta - Wakil Presiden RI Boediono membuka acara.\n\n"Kita harus bekerja keras," kata Boediono.',
            [("Kita harus", "Boediono")],
            id="bound: a country's two capitals after an office are no initials",
        ),
        pytest.param(
            'Jakarta - Gubernur BI Darmin membuka acara.\n\n"Inflasi terkendali," kata Darmin.',
            [("Inflasi terkendali", "Darmin")],
            id="bound: a body's two capitals after an office are no initials",
        ),
        pytest.param(
            'Jakarta - Ketua MK Anwar Usman menegaskan putusan final.\n\n"Putusan ini mengikat," kata Anwar.',
            [("Putusan ini", "Anwar Usman")],
            id="bound: a body's two capitals before a full name",
        ),
        pytest.param(
            "KOMPAS.com - Komedian Sule mengaku sudah ikhlas.\n\n"
            '"Saya doakan yang terbaik," kata Sule.\n\n'
            'Putra Sule, Rizky Febian, mengatakan ayahnya fokus bekerja. "Ayah lebih banyak di rumah," ujar Rizky.',
            [("Saya doakan", "Sule"), ("Ayah lebih", "Rizky Febian")],
            id="a sentence opens on the kin of someone named before",
        ),
        pytest.param(
            "Jakarta - Presenter Putra Nababan meluncurkan buku.\n\n"
            '"Buku ini catatan perjalanan saya," kata Putra.\n\n'
            'Putra Nababan, Rudi Hartono, dan Ani hadir. "Acaranya meriah," kata Rudi.',
            [("Buku ini", "Putra Nababan"), ("Acaranya meriah", "Rudi Hartono")],
            id="bound: a name whose first word is a kin word, opening a list",
        ),
        pytest.param(
            "Jakarta - Menteri BUMN Rini Soemarno merombak direksi Garuda.\n\n"
            'Deputi Kementerian BUMN Gatot Trihargo mengatakan perombakan perlu. "Garuda harus untung," kata Gatot.\n\n'
            "Direktur Utama Garuda yang baru, Ari Askhara, berjanji menekan biaya operasional. "
            '"Efisiensi jadi prioritas," ujarnya.',
            [("Garuda harus", "Gatot Trihargo"), ("Efisiensi jadi", "Ari Askhara")],
            id="a verb after a comma, then 'menekan', is no one unnamed speaking",
        ),
        pytest.param(
            "Jakarta - Juru bicara Front Pembela Islam Slamet Maarif menyatakan akan menggelar aksi.\n\n"
            '"Kami mengecam kekerasan," kata Slamet.',
            [("Kami mengecam", "Slamet Maarif")],
            id="a body of words after an office in lower case, then a name called by its first word",
        ),
        pytest.param(
            "Jakarta - Ketua Umum Kadin Rosan Roeslani optimistis investasi tumbuh.\n\n"
            '"Investor tidak lagi menunggu," kata Rosan.\n\n'
            'Kepala BKPM Thomas Lembong sependapat. "Banyak investor yang antre," ujar pria yang akrab disapa Tom itu.',
            [("Investor tidak", "Rosan Roeslani"), ("Banyak investor", "Thomas Lembong")],
            id="a nickname given after a subject who agrees",
        ),
        pytest.param(
            "Palu - Kepala Pusat Gempa BMKG Rahmat Triyono mengatakan peringatan dicabut. "
            '"Peringatan kami akhiri," kata Rahmat.\n\n'
            "Seorang korban selamat, Nurhayati, menceritakan detik-detik tsunami datang. "
            '"Airnya setinggi pohon kelapa," kata perempuan 40 tahun itu.',
            [("Peringatan kami", "Rahmat Triyono"), ("Airnya setinggi", "Nurhayati")],
            id="'perempuan itu' after one name given someone described",
        ),
        pytest.param(
            "Jakarta - Sebanyak 12 pendaki terjebak di Gunung Rinjani akibat gempa yang memicu longsor.\n\n"
            "Kepala Balai Taman Nasional Gunung Rinjani Sudiyono mengatakan tim SAR sudah diberangkatkan. "
            '"Kami evakuasi lewat jalur Sembalun," ujar Sudiyono.\n\n'
            "Salah seorang pendaki yang berhasil turun, Muhammad Rizki Ramadhan, menceritakan kepanikan di atas gunung. "
            '"Batu-batu besar berjatuhan dari tebing," kata mahasiswa asal Bandung itu.',
            [("Kami evakuasi", "Sudiyono"), ("Batu-batu besar", "Muhammad Rizki Ramadhan")],
            id="a mountain's name ends a body before one name",
        ),
        pytest.param(
            'London - Ratu Elizabeth II menyampaikan pesan Natal.\n\n"Tahun ini penuh tantangan," kata Ratu Elizabeth.',
            [("Tahun ini", "Elizabeth II")],
            id="a regnal number after a title ends the name",
        ),
        pytest.param(
            'Jakarta - Anggota Komisi III DPR Arsul Sani mengkritik jaksa.\n\n"Jaksa harus profesional," kata Arsul.',
            [("Jaksa harus", "Arsul Sani")],
            id="bound: an office's number is no regnal number",
        ),
    ],
)
def test_probed_speaker_forms_48(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected
