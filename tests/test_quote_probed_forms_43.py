"""Speaker forms from made-up articles written in session 43 to probe the rules beyond the annotated sets: a verb of
saying written with a capital after the quotation ('"…," Kata Renhard'), which still tells the article's word for
someone; a subject whose short relative clause runs up to a negation with no comma ('Sri Hartini yang mengenakan rompi
oranye tidak banyak berkomentar'); a region the place list does not hold between its office and a name ('Bupati
Klaten Sri Hartini', 'Wali Kota Tegal Siti Masitha'); a description naming a body ('ucap pebalap Ducati itu'), not
someone whose role names another; initials the article gives someone by ('berinisial RS', then 'RS mengaku'); a body
between roles and names before a single name ('vokalis Slank Kaka'); a role described in lower case opening the
paragraph ('Aktivis lingkungan asal Swedia Greta Thunberg'); a capitalised role pointing back after a short form ('ujar
Presiden Partai Keadilan Rakyat (PKR) tersebut'); a regional honorific ('Mang Oded'); someone opening a later sentence
of the quotation's paragraph ('Usai pertemuan, Moeldoko berjanji …'). The quotes found, as (first words, speaker)."""

import pytest
from test_quote_shapes import found

from sitegen.quotes import extract_quotes


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Pekanbaru - Kepala Balai Pengelola Transportasi Darat Wilayah IV, Direktorat Jenderal (Ditjen) "
            "Kementerian Perhubungan (Kemenhub) Provinsi Riau, Renhard Ronald S, mengungkapkan, permasalahan itu "
            'sudah memanas.\n\n"Ada putusan gugatan menang di tingkat Mahkamah Agung," Kata Renhard.',
            [("Ada putusan", "Renhard Ronald S")],
            id="a verb of saying with a capital after the quotation",
        ),
        pytest.param(
            "Jakarta - KPK menahan Bupati Klaten Sri Hartini. Juru bicara KPK Febri Diansyah mengatakan penahanan "
            'dilakukan untuk 20 hari pertama.\n\n"Tersangka ditahan di Rutan KPK," kata Febri.\n\nSri Hartini yang '
            'mengenakan rompi oranye tidak banyak berkomentar. "Saya ikuti proses hukum saja," ucapnya singkat.',
            [("Tersangka ditahan", "Febri Diansyah"), ("Saya ikuti", "Sri Hartini")],
            id="a subject's short relative clause up to a negation; a region between the office and the name",
        ),
        pytest.param(
            "Semarang - Wali Kota Tegal Siti Masitha meninjau banjir di Semarang.\n\n"
            '"Kami kerahkan semua pompa," kata Siti.',
            [("Kami kerahkan", "Siti Masitha")],
            id="a region after 'Wali Kota'",
        ),
        pytest.param(
            'Jakarta - Gubernur Basuki Tjahaja Purnama meninjau banjir.\n\n"Kami kerahkan semua pompa," kata Basuki.',
            [("Kami kerahkan", "Basuki Tjahaja Purnama")],
            id="bound: a name the article uses alone for someone is no region",
        ),
        pytest.param(
            "Jakarta - Gubernur DKI Jakarta Anies Rasyid Baswedan meninjau banjir.\n\n"
            '"Kami kerahkan semua pompa," kata Anies.',
            [("Kami kerahkan", "Anies Rasyid Baswedan")],
            id="bound: a region of two words, then a full name of three",
        ),
        pytest.param(
            "Sepang - Pebalap Repsol Honda Marc Marquez menjadi yang tercepat. Marquez unggul atas Andrea Dovizioso."
            '\n\n"Motor terasa bagus," tutur Marquez.\n\nDovizioso mengaku masih mencari setelan terbaik. "Kami '
            'belum menemukan grip," ucap pebalap Ducati itu.',
            [("Motor terasa", "Marc Marquez"), ("Kami belum", "Andrea Dovizioso")],
            id="a description naming a body is not someone whose role names another",
        ),
        pytest.param(
            "Sepang - Pebalap Repsol Honda Marc Marquez menjadi yang tercepat. Marquez unggul atas Andrea Dovizioso."
            '\n\n"Motor terasa bagus," tutur Marquez.\n\nDovizioso mengaku masih mencari setelan terbaik. "Kami '
            'belum menemukan grip," ucap pebalap Honda itu.',
            [("Motor terasa", "Marc Marquez"), ("Kami belum", "Marc Marquez")],
            id="bound: a description naming the body in someone's role is theirs",
        ),
        pytest.param(
            "Bogor - Polisi menangkap pencuri kotak amal. Pelaku berinisial RS ditangkap warga.\n\nKapolsek "
            'Cibinong Kompol Agus Widjaja mengatakan pelaku beraksi di lima masjid. "Uangnya untuk judi," kata '
            'Agus.\n\nRS mengaku menyesal. "Saya khilaf, Pak," ujarnya.',
            [("Uangnya untuk", "Agus Widjaja"), ("Saya khilaf,", "RS")],
            id="initials the article gives someone by are theirs as a subject",
        ),
        pytest.param(
            "Jakarta - Grup band Slank merayakan ulang tahun ke-35.\n\n"
            '"Terima kasih untuk 35 tahun ini," teriak vokalis Slank Kaka dari atas panggung.\n\n'
            'Drummer Slank Bimbim mengatakan band akan merilis album baru. "Materinya sudah 70 persen," kata Bimbim.',
            [("Terima kasih", "Kaka"), ("Materinya sudah", "Bimbim")],
            id="a body between roles and names, before a single name",
        ),
        pytest.param(
            "New York - Sekjen PBB Antonio Guterres meminta negara-negara memangkas emisi.\n\n"
            '"Kita kalah dalam perlombaan," kata Guterres.\n\nAktivis lingkungan asal Swedia Greta Thunberg '
            'mengecam para pemimpin dunia. "Bagaimana kalian berani?" kata remaja 16 tahun itu.',
            [("Kita kalah", "Antonio Guterres"), ("Bagaimana kalian", "Greta Thunberg")],
            id="a paragraph opening on a role described in lower case, then the name",
        ),
        pytest.param(
            "Kuala Lumpur - Perdana Menteri Malaysia Mahathir Mohamad akan menyerahkan jabatannya kepada Anwar "
            'Ibrahim.\n\n"Saya akan menepatinya," kata Mahathir.\n\nAnwar mengaku tidak terburu-buru. "Saya '
            'percaya pada janji beliau," ujar Presiden Partai Keadilan Rakyat (PKR) tersebut.',
            [("Saya akan", "Mahathir Mohamad"), ("Saya percaya", "Anwar Ibrahim")],
            id="a capitalised role pointing back after its body's short form",
        ),
        pytest.param(
            "Bandung - Wali Kota Bandung Oded M Danial meresmikan taman.\n\n"
            '"Mari kita jaga bersama," ujar Mang Oded, sapaan akrabnya.',
            [("Mari kita", "Oded M Danial")],
            id="a Sundanese honorific before a short name",
        ),
        pytest.param(
            "Jakarta - Pengemudi ojek online berunjuk rasa. Koordinator aksi, Igun Wicaksono, menyebut tarif tidak "
            'manusiawi.\n\n"Pendapatan tidak cukup," kata Igun.\n\nPerwakilan pengemudi diterima Kepala Staf '
            "Kepresidenan Moeldoko. Usai pertemuan, Moeldoko berjanji menyampaikan aspirasi itu. "
            '"Saya akan laporkan kepada Presiden," ujarnya.',
            [("Pendapatan tidak", "Igun Wicaksono"), ("Saya akan", "Moeldoko")],
            id="someone who opens a later sentence of the quotation's paragraph, over the last speaker",
        ),
        pytest.param(
            'Jakarta - Lifter Eko Yuli Irawan gagal meraih emas.\n\n"Saya terima keputusan juri," ucap Eko.',
            [("Saya terima", "Eko Yuli Irawan")],
            id="an athlete's word of sport is a role, no part of the name",
        ),
        pytest.param(
            "Jakarta - Direktur Utama PT Pertamina (Persero) Nicke Widyawati memastikan stok BBM aman. Pertamina "
            "menambah pasokan hingga 15 persen.\n\n"
            '"Stok kami jaga," kata Nicke.\n\nSementara itu, Kepala Badan Pengatur Hilir Minyak dan Gas Bumi (BPH '
            "Migas) Fanshurullah Asa meminta Pertamina mengantisipasi lonjakan di jalur mudik. "
            '"Terutama di tol Trans Jawa," ujar Ifan, sapaan akrabnya.',
            [("Stok kami", "Nicke Widyawati"), ("Terutama di", "Fanshurullah Asa")],
            id="a nickname given in the attribution is the last person named in full, not a body named after them",
        ),
        pytest.param(
            "Jakarta - Sekretaris Jenderal Partai Solidaritas Indonesia (PSI) Raja Juli Antoni menyebut partainya "
            'menolak politik identitas.\n\n"Kami partai anak muda," kata Raja Juli.',
            [("Kami partai", "Raja Juli Antoni")],
            id="a short form opening on a role word that is a given name is the full name it opens",
        ),
    ],
)
def test_speakers_of_probed_forms(text, expected):
    assert found(text) == expected


def test_a_state_company_s_legal_form_stays_out_of_the_role_s_way():
    text = (
        "Jakarta - Direktur Utama PT Pertamina (Persero) Nicke Widyawati memastikan stok BBM aman.\n\n"
        '"Masyarakat tidak perlu khawatir," kata Nicke.'
    )
    assert [(q.speaker, q.role) for q in extract_quotes(text)] == [("Nicke Widyawati", "Direktur Utama PT Pertamina")]
