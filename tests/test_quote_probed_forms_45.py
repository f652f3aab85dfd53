"""Speaker forms from made-up articles written in session 45 to probe the rules beyond the annotated sets: an office
and one name set off after the verb ('kata Ketua RT setempat, Mulyadi'); someone of a body brought in unnamed at a
sentence's opening ('Juru bicara militer Israel mengklaim …'), then 'kata juru bicara itu'; someone unnamed described
at length ('Seorang karyawan yang …, yang …, mengaku'); a name inside a subject's relative clause ('Dadan Hindayana
yang mendampingi Gibran menyebut'); a body between an office and a name, where the article calls the person by the
word after it ('Direktur Eksekutif Formappi Lucius Karus', then 'ujar Lucius'), or a place named after someone
('Universitas Gadjah Mada Fahmy Radhi'); a given name seldom used ('Maria Kristi Endah Murni', then 'tegas Kristi');
an attribution longer than a clause; one of a group named in apposition ('Salah satu penerima sertifikat, Suparmi
(58),'); a Batak 'br'; a place after 'kawasan'; a given name that is a common word ('KLHK Rasio Ridho Sani'); an
unnamed office holder as a subject ('Kepala sekolah yang bersangkutan membantah'); and a nickname given someone of one
name and a role ('pemain yang akrab disapa Bang Ono itu'). The quotes found, as (first words, speaker)."""

import pytest
from test_quote_shapes import found

from sitegen.quotes import extract_quotes


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Jakarta - Satu keluarga ditemukan lemas.\n\n"
            '"Waktu kami dobrak pintunya, mereka sudah tidak sadar," kata Ketua RT setempat, Mulyadi.',
            [("Waktu kami", "Mulyadi")],
            id="an office and one name after the verb",
        ),
        pytest.param(
            "Jakarta - Kemnaker membentuk tim reaksi cepat.\n\n"
            '"Tim ini instruksi menteri," kata Direktur Penempatan dan Perlindungan Tenaga Kerja Luar Negeri '
            "(PPTKLN) Kemnaker, R. Soes Hindharno, di Jakarta.",
            [("Tim ini", "R. Soes Hindharno")],
            id="bound: a ministry's short name after the office is no one's name",
        ),
        pytest.param(
            "Gaza - Serangan udara menewaskan 30 orang.\n\n"
            '"Kami sedang tidur," kata Umm Ahmad, seorang pengungsi.\n\n'
            "Juru bicara militer Israel mengklaim serangan itu menargetkan Hamas. "
            '"Kami mengurangi korban sipil," kata juru bicara itu.',
            [("Kami sedang", "Umm Ahmad"), ("Kami mengurangi", "")],
            id="someone of a body brought in unnamed at a sentence's opening",
        ),
        pytest.param(
            "Jakarta - Ruangguru memutus hubungan kerja ratusan karyawan.\n\n"
            '"Keputusan ini sangat berat," tulis manajemen Ruangguru dalam pernyataan resmi.\n\n'
            "Seorang karyawan yang terkena PHK, yang meminta namanya tidak disebutkan, mengaku kaget. "
            '"Kami baru diberi tahu pagi ini," ujarnya.',
            [("Keputusan ini", "Ruangguru"), ("Kami baru", "")],
            id="someone unnamed, described at length",
        ),
        pytest.param(
            "Jakarta - Wakil Presiden Gibran Rakabuming Raka meninjau makan bergizi gratis.\n\n"
            '"Anak-anak makannya lahap," kata Gibran.\n\nKepala Badan Gizi Nasional Dadan Hindayana yang '
            "mendampingi Gibran menyebut program itu menjangkau 3 juta siswa. Dia berkata, "
            '"Akhir tahun targetnya 15 juta penerima manfaat."',
            [("Anak-anak makannya", "Gibran Rakabuming Raka"), ("Akhir tahun", "Dadan Hindayana")],
            id="a name inside a subject's relative clause",
        ),
        pytest.param(
            "Jakarta - DPR baru dilantik.\n\nDirektur Eksekutif Formappi Lucius Karus meragukan janji DPR. "
            '"Janji serupa sudah kita dengar," ujar Lucius.',
            [("Janji serupa", "Lucius Karus")],
            id="a body between an office and the name the article calls someone by",
        ),
        pytest.param(
            "Jakarta - Harga Pertamax turun.\n\nPengamat energi dari Universitas Gadjah Mada Fahmy Radhi menyambut "
            'baik penurunan itu. "Ini membantu daya beli," ujar Fahmy.',
            [("Ini membantu", "Fahmy Radhi")],
            id="a place named after someone, before a name",
        ),
        pytest.param(
            "Jakarta - Gerindra membantah kabar itu.\n\nWakil Ketua DPR Sufmi Dasco Ahmad membantah daftar menteri "
            'sudah ada. "Belum ada daftar final," kata Dasco.',
            [("Belum ada", "Sufmi Dasco Ahmad")],
            id="bound: a body's short form is whole, the name after it too",
        ),
        pytest.param(
            "Jakarta - Kasus demam berdarah naik.\n\nJuru bicara Kementerian Kesehatan Siti Nadia Tarmizi "
            'mengimbau warga. "Kuras dan tutup tempat air," kata Nadia.',
            [("Kuras dan", "Siti Nadia Tarmizi")],
            id="bound: a given name seldom used stays the name's",
        ),
        pytest.param(
            "Surabaya - Polisi menangkap dua tersangka.\n\nKabid Humas Polda Jawa Timur Kombes Pol Frans Barung "
            'Mangera menjelaskan kronologinya. "Tersangka kami amankan," kata Barung.',
            [("Tersangka kami", "Frans Barung Mangera")],
            id="bound: after a rank comes a name, not a body",
        ),
        pytest.param(
            "Jakarta - Harga tiket pesawat melonjak. Direktur Jenderal Perhubungan Udara Kementerian Perhubungan "
            'Maria Kristi Endah Murni meminta maskapai patuh.\n\n"Kami akan memberi sanksi," tegas Kristi.',
            [("Kami akan", "Maria Kristi Endah Murni")],
            id="a name of four words whose first is seldom used",
        ),
        pytest.param(
            "Sleman - Merapi erupsi.\n\n"
            '"Warga jangan beraktivitas dalam radius tujuh kilometer," kata Kepala Balai Penyelidikan dan '
            "Pengembangan Teknologi Kebencanaan Geologi (BPPTKG) Agus Budi Santoso.",
            [("Warga jangan", "Agus Budi Santoso")],
            id="an attribution longer than a clause",
        ),
        pytest.param(
            "Jakarta - Presiden membagikan sertifikat tanah.\n\n"
            '"Jangan digadaikan untuk beli mobil," kata Jokowi.\n\nSalah satu penerima sertifikat, Suparmi (58), '
            'mengaku lega. "Sudah 30 tahun saya tinggal di sini," ujarnya.',
            [("Jangan digadaikan", "Jokowi"), ("Sudah 30", "Suparmi")],
            id="one of a group, named in apposition",
        ),
        pytest.param(
            "Medan - Warga mengungsi akibat erupsi Sinabung.\n\n"
            '"Abu vulkanik sudah sampai ke rumah," kata Sarianta br Tarigan, warga Desa Gurukinayan.',
            [("Abu vulkanik", "Sarianta br Tarigan")],
            id="a Batak name with 'br'",
        ),
        pytest.param(
            "Yogyakarta - Wisatawan memadati kawasan Malioboro saat malam tahun baru.\n\n"
            'Kepala UPT Malioboro Ekwanto mengatakan petugas bekerja hingga pagi. "Sampahnya 20 ton," katanya.',
            [("Sampahnya 20", "Ekwanto")],
            id="a place the article names after 'kawasan', between an office and a name",
        ),
        pytest.param(
            "Jakarta - KLHK menyegel sebuah perusahaan.\n\n"
            '"Perusahaan ini sudah kami peringatkan," kata Direktur Jenderal Penegakan Hukum KLHK Rasio Ridho Sani.',
            [("Perusahaan ini", "Rasio Ridho Sani")],
            id="a given name that is a common word too, after a body's short form",
        ),
        pytest.param(
            "Jakarta - KPAI mengecam perundungan.\n\nKomisioner KPAI Retno Listyarti meminta sekolah terbuka. "
            '"Sekolah tidak boleh menutupi kasus," kata Retno.\n\nKepala sekolah yang bersangkutan membantah '
            'menutupi kasus itu. "Kami sudah memanggil orang tua," katanya.',
            [("Sekolah tidak", "Retno Listyarti"), ("Kami sudah", "")],
            id="an office no one named holds, brought in as a subject",
        ),
        pytest.param(
            "Jakarta - Menteri Agama Lukman Hakim Saifuddin meninjau jemaah.\n\nMenag juga menyebut petugas "
            'berdedikasi. "Saya menyaksikan sendiri," katanya.',
            [("Saya menyaksikan", "Lukman Hakim Saifuddin")],
            id="bound: a role used alone for someone the article names",
        ),
        pytest.param(
            "Bandung - Persib kalah 0-2. Pelatih Persib Mario Gomez mengaku timnya bermain buruk.\n\n"
            '"Saya bertanggung jawab," kata Gomez.\n\nGelandang Persib Hariono meminta bobotoh tetap mendukung. '
            '"Kami akan bangkit," ucap pemain yang akrab disapa Bang Ono itu.',
            [("Saya bertanggung", "Mario Gomez"), ("Kami akan", "Hariono")],
            id="a nickname given someone with one name and a role",
        ),
    ],
)
def test_speakers_of_probed_forms(text, expected):
    assert found(text) == expected


def test_an_office_set_off_before_one_name_is_its_role():
    text = 'Pontianak - Sekolah diliburkan.\n\n"Udaranya tidak sehat," kata Kepala SDN 14 Pontianak, Rusmini.'
    assert [(q.speaker, q.role) for q in extract_quotes(text)] == [("Rusmini", "Kepala SDN 14 Pontianak")]
