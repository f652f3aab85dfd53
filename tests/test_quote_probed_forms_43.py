"""Speaker forms from made-up articles written in session 43 to probe the rules beyond the annotated sets: a verb of
saying written with a capital after the quotation ('"…," Kata Renhard'), which still tells the article's word for
someone; a subject whose short relative clause runs up to a negation with no comma ('Sri Hartini yang mengenakan rompi
oranye tidak banyak berkomentar'); a region the place list does not hold between its office and a name ('Bupati
Klaten Sri Hartini', 'Wali Kota Tegal Siti Masitha'). The quotes found, as (first words, speaker)."""

import pytest
from test_quote_shapes import found


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
    ],
)
def test_speakers_of_probed_forms(text, expected):
    assert found(text) == expected
