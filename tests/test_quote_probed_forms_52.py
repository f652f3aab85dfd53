"""Speaker forms from made-up articles written in session 52 to probe the rules beyond the annotated sets: an
address word before a short form of a name the article gives in full ('ujar Kiai Miftach' after 'Miftachul Akhyar')
names that person, while an address word before a name given no fuller form stays ('Om Shancoz'); a negation after a
name set off by commas ('Deden, tak henti mengucap syukur') does not open a clause on someone unnamed. The quotes
found, as (first words, speaker)."""

import pytest
from test_quote_shapes import found


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            'Jakarta - Ketua Umum MUI Miftachul Akhyar membuka munas.\n\n"Kami akan turunkan dai," ujar Kiai Miftach.',
            [("Kami akan", "Miftachul Akhyar")],
            id="an address word before a short form of the full name names that person",
        ),
        pytest.param(
            'Jakarta - Om Shancoz membuka warung kopi.\n\n"Kopi ini dari Gayo," ungkap Shancoz.',
            [("Kopi ini", "Om Shancoz")],
            id="bound: an address word before a name given no fuller form stays",
        ),
        pytest.param(
            'Bogor - Seorang ibu melahirkan di angkot. "Saya minggir," kata sopir angkot Asep Saepudin.\n\n'
            'Suami sang ibu, Deden, tak henti mengucap syukur. "Alhamdulillah selamat," ucapnya.',
            [("Saya minggir", "Asep Saepudin"), ("Alhamdulillah selamat", "Deden")],
            id="a negation after a name set off by commas is no one unnamed",
        ),
        pytest.param(
            'Bogor - Sopir angkot Asep Saepudin menolong seorang ibu. "Saya minggir," kata Asep.\n\n'
            'Seorang warga tak henti mengucap syukur. "Alhamdulillah selamat," ucapnya.',
            [("Saya minggir", "Asep Saepudin"), ("Alhamdulillah selamat", "")],
            id="bound: one of many who does not stop giving thanks is still no one named",
        ),
    ],
)
def test_probed_speaker_forms_52(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected
