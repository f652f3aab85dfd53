"""Speaker and role forms from made-up articles written in session 41 to probe the rules beyond the annotated sets:
a description giving a nickname that opens the sentence ('Pria yang akrab disapa Emil itu'); an office that opens the
sentence, which a description's noun then means ('ujar pebalap asal Spanyol itu'); a conjunction opening a sentence
('Hingga kini …'); a nickname after 'Ayah' ('Ayah Rozak'); a name's word said twice ('Ayu Ting Ting'); a subject
inside what someone is reported to say ('Ari Dono menjelaskan, para tersangka menjanjikan …'); a portfolio
whose fields are set off by commas ('Menteri Koordinator Bidang Politik, Hukum, dan Keamanan Wiranto').
The quotes found, as (first words, speaker), and the role a quote shows."""

import pytest
from test_quote_shapes import found, last_speaker_and_role


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Bandung - Gubernur Jawa Barat Ridwan Kamil meminta warga tidak panik. Pria yang akrab disapa Emil itu "
            'mengaku sudah menginstruksikan para bupati.\n\n"Saya sudah minta semua kepala daerah turun," kata Emil.',
            [("Saya sudah", "Ridwan Kamil")],
            id="a description giving a nickname that opens the sentence",
        ),
        pytest.param(
            "Jakarta - Penyerang Persija Bambang Pamungkas mencetak dua gol ke gawang Persib asuhan Mario Gomez. "
            'Bambang yang akrab disapa Bepe itu mengaku senang.\n\n"Saya senang bisa membantu tim," kata Bepe.',
            [("Saya senang", "Bambang Pamungkas")],
            id="bound: a name opening the sentence before 'yang akrab disapa' is no description",
        ),
        pytest.param(
            "Termas de Rio Hondo - Pebalap Repsol Honda Marc Marquez juara setelah bersaing dengan Valentino Rossi.\n\n"
            '"Ban belakang mulai habis di lima lap terakhir," ujar pebalap asal Spanyol itu seusai balapan.',
            [("Ban belakang", "Marc Marquez")],
            id="an office opening the sentence, its noun capitalised, is what a description then means",
        ),
        pytest.param(
            "Jakarta - Kementerian Luar Negeri mengecam serangan itu. "
            '"Indonesia menyampaikan duka cita mendalam," tulis Kementerian Luar Negeri dalam pernyataannya.\n\n'
            'Hingga kini belum ada laporan korban WNI. "KBRI terus memantau situasi di sana," lanjut pernyataan '
            "tersebut.",
            [("Indonesia menyampaikan", "Kementerian Luar Negeri"), ("KBRI terus", "Kementerian Luar Negeri")],
            id="a conjunction opening a sentence is no one's name",
        ),
        pytest.param(
            "Jakarta - Penyanyi dangdut Ayu Ting Ting membantah kabar pernikahannya. "
            '"Belum ada rencana ke arah sana," kata Ayu.\n\nAyah Ayu, Abdul Rozak, juga belum mendengar rencana itu. '
            '"Kalau ada, pasti kami umumkan," ujar pria yang akrab disapa Ayah Rozak itu.',
            [("Belum ada", "Ayu Ting Ting"), ("Kalau ada,", "Abdul Rozak")],
            id="a name's word said twice; 'Ayah' before a nickname",
        ),
        pytest.param(
            "Jakarta - Kabareskrim Polri Komjen Ari Dono Sukmanto mengumumkan tiga tersangka penipuan investasi.\n\n"
            '"Kerugian korban mencapai Rp 500 miliar," kata Ari Dono.\n\nAri Dono menjelaskan, para tersangka '
            'menjanjikan keuntungan 10 persen per bulan.\n\n"Modusnya klasik, tapi korbannya banyak," tambahnya.',
            [("Kerugian korban", "Ari Dono Sukmanto"), ("Modusnya klasik,", "Ari Dono Sukmanto")],
            id="a subject inside what someone is reported to say does not speak for themself",
        ),
        pytest.param(
            "Jakarta - Polisi menangkap Budi Santoso.\n\nKapolsek Tebet Kompol Ari Wibowo mengatakan, Budi mengaku "
            'mencuri karena terdesak.\n\n"Dia sudah tiga kali mencuri di tempat yang sama," tambahnya.',
            [("Dia sudah", "Ari Wibowo")],
            id="the one reported saying, not the subject of what they report",
        ),
    ],
)
def test_probed_speakers_41(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text, speaker, role",
    [
        pytest.param(
            "Jakarta - Menteri Koordinator Bidang Politik, Hukum, dan Keamanan Wiranto mengatakan pemerintah siap. "
            '"Kami siap menghadapi segala kemungkinan," kata Wiranto.',
            "Wiranto",
            "Menteri Koordinator Bidang Politik, Hukum, dan Keamanan",
            id="a portfolio's fields set off by commas",
        ),
        pytest.param(
            "Jakarta - Menteri Koordinator Bidang Politik, Hukum dan Keamanan Wiranto mengatakan pemerintah siap. "
            '"Kami siap menghadapi segala kemungkinan," kata Wiranto.',
            "Wiranto",
            "Menteri Koordinator Bidang Politik, Hukum dan Keamanan",
            id="a portfolio's fields, no comma before 'dan'",
        ),
        pytest.param(
            "Jakarta - Kepala Pusat Data, Informasi, dan Humas BNPB Sutopo Purwo Nugroho mengatakan banjir surut. "
            '"Air mulai surut sejak pagi tadi," kata Sutopo.',
            "Sutopo Purwo Nugroho",
            "Kepala Pusat Data, Informasi, dan Humas BNPB",
            id="a portfolio's fields, then a body",
        ),
        pytest.param(
            "Jakarta - Kepala Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) Dwikorita Karnawati mengatakan "
            'hujan masih turun. "Hujan masih akan turun sepekan," katanya.',
            "Dwikorita Karnawati",
            "Kepala Badan Meteorologi, Klimatologi, dan Geofisika (BMKG)",
            id="a portfolio's fields, then the initials of the whole",
        ),
        pytest.param(
            "Jakarta - Rapat dipimpin Kepala Dinas Pendidikan Budi Santoso, Ani Lestari, dan Rudi Hartono. "
            '"Rapat berjalan baik sekali," ujar Rudi.',
            "Rudi Hartono",
            "",
            id="bound: a list of people after a role is no portfolio",
        ),
        pytest.param(
            "Jakarta - Acara dibuka Kepala Dinas Pendidikan Budi Santoso, Ani Lestari dan Rudi Hartono. "
            '"Acara berjalan baik sekali," ujar Rudi.',
            "Rudi Hartono",
            "",
            id="bound: a list of people after a role, no comma before 'dan'",
        ),
    ],
)
def test_probed_roles_41(text, speaker, role):
    assert last_speaker_and_role(text) == (speaker, role)
