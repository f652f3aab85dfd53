import pytest

from sitegen.names import ambiguous_names, english_names, unsupported_names

ARTICLE = (
    "Menlu AS Antony Blinken bertemu Menlu Rusia Sergei Lavrov di Jenewa pada Jumat. "
    "Presiden Vladimir Putin dan NATO juga disebut."
)


@pytest.mark.parametrize(
    "summary, missing",
    [
        ("US Secretary of State Antony Blinken met Russian Foreign Minister Sergei Lavrov in Geneva.", []),
        ("On Friday, Blinken said President Putin and NATO were discussed.", []),
        ("Blinken met Lavrov in Stockholm with Joe Biden.", ["Stockholm", "Joe", "Biden"]),
        ("The United States and Russia's talks went on.", []),
        ("Zelensky warned Europe.", ["Europe"]),  # a sentence's first word is not checked
        ("More than 200 people came. Then Biden spoke.", ["Biden"]),
        ("Then the U.S. envoy met the U.N. chief.", ["U.N"]),  # 'AS' is in the article, 'PBB' is not
    ],
)
def test_unsupported_names(summary, missing):
    assert unsupported_names(summary, ARTICLE) == missing


WORLD = (
    "Kementerian Kesehatan Kanada dan pebulu tangkis Sung Ji - hyun dari Korea Selatan tiba di Gold Coast, "
    "Australia, untuk Jepang Terbuka. Badai di Asia Tenggara dan Samudera Hindia. Pemain Brasil dan Mesir."
)


@pytest.mark.parametrize(
    "summary, missing",
    [
        ("The Canadian Ministry of Health and the Korean player Sung Ji-hyun arrived.", []),
        ("They met an Australian coach at the Japan Open.", []),  # demonym: -n; 'Open' is 'Terbuka'
        ("A storm hit Southeast Asian countries and the Indian Ocean.", []),
        ("The Brazilian and Egyptian players and the Japanese team came.", []),  # -ian, -ese
        ("Then the Hospital said the Portuguese and Jonathan came.", ["Portuguese", "Jonathan"]),
        ("Officials at the French Open came.", ["French"]),  # a demonym whose place is not in the article
        ("It hit at 7:41 PM, said the Commission's head.", []),  # 'PM'; a possessive of a common word
        ("Then the Asian and American fans came.", ["American"]),  # 'Asia' is there; 'Amerika' and 'AS' are not
    ],
)
def test_demonyms_institutions_and_spaced_hyphens_are_not_flagged(summary, missing):
    assert unsupported_names(summary, WORLD) == missing


@pytest.mark.parametrize(
    "summary, english",
    [
        ("The United States and Russia met in Geneva.", "The United States and Russia met in Geneva."),
        ("Amerika Serikat and Rusia met in Jenewa.", "The United States and Russia met in Geneva."),
        ("Blinken said AS is concerned. AS wants talks.", "Blinken said the US is concerned. The US wants talks."),
        ("The AS envoy and the Amerika Serikat team.", "The US envoy and the United States team."),
        ("The U. S. Secretary and J. K. Rowling.", "The U.S. Secretary and J.K. Rowling."),
        ("He was as calm as ever in Asia.", "He was as calm as ever in Asia."),  # English words stay
        ("Seoul and Korea Selatan talked; Korea is divided.", "Seoul and South Korea talked; Korea is divided."),
        ("Students of Rusian literature and AS-backed groups.", "Students of Rusian literature and AS-backed groups."),
    ],
)
def test_english_names_replace_indonesian_ones(summary, english):
    assert english_names(summary) == english


@pytest.mark.parametrize(
    "summary, kept",
    [
        ("Amerika Serikat and Russia met in Jenewa.", []),  # replaced, not kept
        ("He studied in Inggris and Jenewa.", ["Inggris (write Britain, England or English)"]),
    ],
)
def test_ambiguous_names_with_no_single_english_name_are_reported(summary, kept):
    assert ambiguous_names(summary) == kept
