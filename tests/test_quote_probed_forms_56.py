"""Speaker forms probed in session 56: a surname of two parts whose hyphen the source spaces ('Eugenia Oviedo -
Joekes', then 'kata Oviedo - Joekes') is one name, joined for reading in a copy of the article of the same length; a
pair of candidates ('Anies - Sandi'), a route ('Ho Chi Minh - Jakarta') and a dateline keep their dash. A short name
given after 'atau' ('Indrodjojo Kusumonegoro atau Indro') is the name the article uses, whole; and a name someone went
by before ('RM (yang sebelumnya dikenal dengan nama Rap Monster)') is no one's now. The quotes found, as (first words,
speaker)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_quote_shapes import found

from sitegen.joined_names import JOINER, unjoined, with_joined_names


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Ottawa - Kanada mengizinkan heroin medis.\n\n"
            "Menurut Eugenia Oviedo - Joekes, profesor di University of British Columbia, program itu berhasil. "
            '"Kematian akibat overdosis turun," kata Oviedo - Joekes.',
            [("Kematian akibat", "Eugenia Oviedo - Joekes")],
            id="a spaced surname of two parts, written again, is one name",
        ),
        pytest.param(
            "London - Gelandang Liverpool Alex Oxlade - Chamberlain cedera lutut.\n\n"
            '"Saya akan kembali lebih kuat," kata Oxlade - Chamberlain.',
            [("Saya akan", "Alex Oxlade - Chamberlain")],
            id="after a role too",
        ),
        pytest.param(
            "London - Alex Oxlade - Chamberlain cedera lutut.\n\n"
            '"Saya akan kembali lebih kuat," kata Oxlade - Chamberlain.',
            [("Saya akan", "Alex Oxlade - Chamberlain")],
            id="after a dateline's dash too",
        ),
        pytest.param(
            "Bandung - Pasangan Ridwan Kamil - Uu Ruzhanul Ulum unggul dalam survei.\n\n"
            '"Kami tetap bekerja keras," kata Ridwan.',
            [("Kami tetap", "Ridwan Kamil")],
            id="bound: a pair of candidates named in full keeps its dash",
        ),
        pytest.param(
            "Jakarta - Pasangan Anies Baswedan - Sandiaga menang di putaran kedua. Anies - Sandi unggul jauh.\n\n"
            '"Ini kemenangan warga Jakarta," kata Anies.',
            [("Ini kemenangan", "Anies Baswedan")],
            id="bound: a pair written once after a given name keeps its dash",
        ),
        pytest.param(
            "Jakarta - Sejak era 80-an, nama Indrodjojo Kusumonegoro atau Indro sudah malang melintang.\n\n"
            '"Alhamdulillah di akhir tahun ini berkarya," tutur Indro.',
            [("Alhamdulillah di", "Indro")],
            id="a short name given after 'atau', the start of the name, is the name the article uses",
        ),
        pytest.param(
            "Jakarta - Nama Sudarmaji Wicaksono atau Maji kembali naik daun setelah videonya viral.\n\n"
            '"Saya tidak menyangka sama sekali," kata Maji.',
            [("Saya tidak", "Maji")],
            id="so is one that ends a word of it",
        ),
        pytest.param(
            "Jakarta - Gubernur DKI Jakarta Basuki Tjahaja Purnama atau Ahok meninjau waduk.\n\n"
            '"Waduk ini harus bersih," kata Ahok.',
            [("Waduk ini", "Basuki Tjahaja Purnama")],
            id="bound: a nickname given after a role stands for the full name",
        ),
        pytest.param(
            "Seoul - TY (yang dulu dikenal dengan nama Tae Yang) merilis album baru.\n\n"
            '"Ini album paling jujur saya," kata TY.',
            [("Ini album", "TY")],
            id="initials someone goes by now are not the name they went by before",
        ),
        pytest.param(
            "Seoul - RM (yang sebelumnya dikenal dengan nama Rap Monster) mengaku tertarik dengan ide itu. "
            '"Saya ingin mencari kesimpulan dari tema kami," ujarnya.',
            [("Saya ingin", "RM")],
            id="and those initials, a subject, are someone's",
        ),
    ],
)
def test_probed_speaker_forms_56(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text, joined",
    [
        ("Menurut Eugenia Oviedo - Joekes, profesor. Studi Oviedo - Joekes menunjukkan.", "Oviedo - Joekes"),
        ("Pasangan Anies - Sandi menang. Relawan Anies - Sandi bersorak.", ""),  # never after a given name
        ("rute Ho Chi Minh - Jakarta dibuka. Dari Ho Chi Minh - Jakarta ke Jakarta.", ""),  # 'Jakarta' alone too
        ("Jakarta - Bogor - Depok - Bekasi. Jalur Jakarta - Bogor - Depok.", ""),  # a chain of places
        ("kata Eugenia Oviedo - Joekes saja.", ""),  # written once
    ],
)
def test_which_spaced_hyphens_are_joined(text: str, joined: str) -> None:
    result = with_joined_names(text)
    assert len(result) == len(text)
    assert (joined.replace(" - ", f"{JOINER}-{JOINER}") in result) if joined else result == text


_PIECES = st.sampled_from(["Oviedo", "Joekes", "Eugenia", " - ", " ", "kata", ", ", ".", JOINER])


@given(st.lists(_PIECES, max_size=40).map("".join))
def test_joining_keeps_every_offset_and_is_undone(text: str) -> None:
    result = with_joined_names(text)
    assert len(result) == len(text)
    assert unjoined(result) == unjoined(text)  # nothing changed but spaces around a hyphen
