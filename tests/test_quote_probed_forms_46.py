"""Speaker forms from made-up articles written in session 46 to probe the rules beyond the annotated sets: the seat
that stands for a government, a continent, or a prosecutor's office short between an office and a name ('juru bicara
Kremlin Dmitry Peskov', 'Direktur HRW Asia Brad Adams', 'Jampidsus Kejagung Abdul Qohar'); a commission that speaks
as a whole ('kata Komnas HAM dalam siaran persnya'); a given name that is an office's word too ('vokalis Akhdiyat Duta
Modjo alias Duta'); one name after an office whose words 'dan' joins ('Kepala Pusat Gempa Bumi dan Tsunami BMKG
Daryono'); a company the article names, inside a long office ('Corporate Communications Strategic Lion Air Danang
Mandala Prihantoro'); a Balinese name of five words ('I Gusti Agung Rai Suryawijaya'); a body's name that '&' joins
('Yayasan Bill & Melinda Gates'); and a nickname given someone the article names by one word ('Rosana, yang akrab
disapa Mbak Yos'). The quotes found, as (first words, speaker)."""

import pytest
from test_quote_shapes import found


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Moskwa - Rusia mengecam bantuan itu.\n\n"
            '"Pengiriman senjata tidak mengubah apa pun," ujar juru bicara Kremlin Dmitry Peskov.',
            [("Pengiriman senjata", "Dmitry Peskov")],
            id="a seat of government between an office and a name",
        ),
        pytest.param(
            "Manila - Kelompok HAM mengecam pernyataan itu.\n\n"
            '"Ucapan itu memberi izin untuk membunuh," kata Direktur HRW Asia Brad Adams.',
            [("Ucapan itu", "Brad Adams")],
            id="a continent between an office and a name",
        ),
        pytest.param(
            "Jakarta - Kejaksaan Agung menetapkan tersangka baru.\n\n"
            '"Tersangka memberikan izin impor," kata Direktur Penyidikan Jampidsus Kejagung Abdul Qohar.',
            [("Tersangka memberikan", "Abdul Qohar")],
            id="a prosecutor's office short between an office and a name",
        ),
        pytest.param(
            "Jakarta - Komnas HAM merilis temuan.\n\n"
            '"Aparat menggunakan gas air mata berlebihan," kata Komnas HAM dalam siaran persnya, Kamis (28/9).',
            [("Aparat menggunakan", "Komnas HAM")],
            id="a commission speaking as a whole",
        ),
        pytest.param(
            "Yogyakarta - Sheila on 7 menggelar tur.\n\n"
            '"Kami kangen bertemu penggemar," kata vokalis Akhdiyat Duta Modjo alias Duta dalam jumpa pers.',
            [("Kami kangen", "Akhdiyat Duta Modjo")],
            id="a given name that is an office's word too",
        ),
        pytest.param(
            "Tokyo - Kedua negara memperingati hubungan diplomatik.\n\n"
            '"Hubungan kita makin erat," kata Duta Besar RI untuk Jepang Heri Akhmadi.',
            [("Hubungan kita", "Heri Akhmadi")],
            id="bound: the office that word opens",
        ),
        pytest.param(
            "Ambon - Gempa mengguncang Maluku.\n\n"
            '"Gempa tidak berpotensi tsunami," kata Kepala Pusat Gempa Bumi dan Tsunami BMKG Daryono.',
            [("Gempa tidak", "Daryono")],
            id="one name after an office whose words 'dan' joins",
        ),
        pytest.param(
            "Jakarta - Maskapai Lion Air menunda sejumlah penerbangan.\n\n"
            '"Kami mohon maaf," kata Corporate Communications Strategic Lion Air Danang Mandala Prihantoro.',
            [("Kami mohon", "Danang Mandala Prihantoro")],
            id="a company the article names, inside a long office",
        ),
        pytest.param(
            "Denpasar - Wisatawan memadati Pantai Kuta.\n\n"
            '"Okupansi hotel mencapai 90 persen," ujar Ketua Perhimpunan Hotel dan Restoran Indonesia (PHRI) '
            "Badung I Gusti Agung Rai Suryawijaya.",
            [("Okupansi hotel", "I Gusti Agung Rai Suryawijaya")],
            id="a Balinese name of five words",
        ),
        pytest.param(
            "Denpasar - Abu vulkanik mengganggu penerbangan.\n\nGeneral Manager Bandara I Gusti Ngurah Rai Yanus "
            'Suprayogi memastikan bandara ditutup. "Keselamatan penerbangan nomor satu," kata Yanus.',
            [("Keselamatan penerbangan", "Yanus Suprayogi")],
            id="bound: a place named after a Balinese name",
        ),
        pytest.param(
            "Jakarta - Pendiri Microsoft Bill Gates bertemu Presiden.\n\n"
            '"Kami membahas kesehatan," kata Gates seusai pertemuan.\n\n'
            "Pemerintah juga bekerja sama dengan Yayasan Bill & Melinda Gates.",
            [("Kami membahas", "Bill Gates")],
            id="a name that '&' goes on from is no whole name",
        ),
        pytest.param(
            "Jakarta - Musisi Iwan Fals menggelar konser.\n\n"
            'Istri Iwan, Rosana, yang akrab disapa Mbak Yos, mengatakan persiapan berlangsung setahun. "Semua '
            'detail dipikirkan Iwan sendiri," kata Mbak Yos.',
            [("Semua detail", "Rosana")],
            id="a nickname given someone named by one word",
        ),
        pytest.param(
            "Jakarta - Kepala BNN Komjen Budi Waseso memimpin penggerebekan.\n\n"
            'Pria yang akrab disapa Buwas itu menyebut sabu dari Taiwan. "Jaringan ini kami intai," ucap Buwas.',
            [("Jaringan ini", "Budi Waseso")],
            id="bound: a noun for someone that opens the sentence is no name",
        ),
    ],
)
def test_speakers_of_probed_forms(text, expected):
    assert found(text) == expected
