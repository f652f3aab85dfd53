import pytest

from sitegen.names import unsupported_names

ARTICLE = ("Menlu AS Antony Blinken bertemu Menlu Rusia Sergei Lavrov di Jenewa pada Jumat. "
           "Presiden Vladimir Putin dan NATO juga disebut.")


@pytest.mark.parametrize(
    "summary, missing",
    [
        ("US Secretary of State Antony Blinken met Russian Foreign Minister Sergei Lavrov in Geneva.", []),
        ("On Friday, Blinken said President Putin and NATO were discussed.", []),
        ("Blinken met Lavrov in Stockholm with Joe Biden.", ["Stockholm", "Joe", "Biden"]),
        ("The United States and Russia's talks went on.", []),
        ("Zelensky warned Europe.", ["Europe"]),  # a sentence's first word is not checked
        ("More than 200 people came. Then Biden spoke.", ["Biden"]),
    ],
)
def test_unsupported_names(summary, missing):
    assert unsupported_names(summary, ARTICLE) == missing
