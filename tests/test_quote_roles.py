"""A speaker's role as the article gives it, met in quotes_random_fresh11/12.json (session 22), each in a made-up
article of the same kind; and the related links that name no one."""

import pytest

from sitegen.cleaning import clean
from sitegen.quotes import extract_quotes


@pytest.mark.parametrize(
    "text, role",
    [
        pytest.param(
            'Menteri Kelautan dan Perikanan Susi Pudjiastuti meninjau pelabuhan.\n\n"Kapal harus patuh," tegas Susi.',
            "Menteri Kelautan dan Perikanan",
            id="a role whose words 'dan' joins",
        ),
        pytest.param(
            'Kepala BPS Suhariyanto merilis data.\n\n"Kunjungan naik," kata Suhariyanto.',
            "Kepala BPS",
            id="the role of someone named by one name",
        ),
        pytest.param(
            'Promogo tumbuh pesat.\n\n"Kami melihat peluang," terang CEO Promogo Andrew Tanyono.',
            "CEO Promogo",
            id="the organisation after a role word is part of the role",
        ),
        pytest.param(
            'Perusahaan kios digital, K Pay, tumbuh.\n\n"Kami melihat peluang," ujar Direktur Utama K Pay Budi Hartanto.',
            "Direktur Utama K Pay",
            id="a body the article names on its own elsewhere ends the role, not the name (session 23, fresh13)",
        ),
        pytest.param(
            'Pemimpin daerah itu, Carles Puigdemont, menyatakan akan tetap merdeka "jika pusat menolak berdialog."\n\n'
            "Perdana Menteri Spanyol, Mariano Rajoy, mendesak klarifikasi.",
            "",
            id="a role set off by commas a paragraph after a name is not that name's (session 24, fresh15)",
        ),
    ],
)
def test_roles(text, role):
    assert [q.role for q in extract_quotes(text)] == [role]


@pytest.mark.parametrize("link", ["[Baca juga: Judul lain]", "(Baca Juga: Judul lain)", "Simak juga: Judul lain"])
def test_a_related_link_in_brackets_is_boilerplate(link):
    assert clean(f"Satu.\n\n{link}\n\nDua.").text == "Satu.\n\nDua."
