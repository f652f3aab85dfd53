"""The quote rules, as a table of (text, expected quotes) and the seed articles."""

import json
from pathlib import Path

import pytest

from sitegen.article import Quote
from sitegen.cleaning import clean
from sitegen.quotes import check_quotes, extract_quotes

SEEDS = Path(__file__).parent / "fixtures" / "seeds"

CASES = [
    # verb after the quote, with the name
    ('"Kami siap berdialog dengan Ukraina," kata Lavrov.', [("Kami siap berdialog dengan Ukraina", "Lavrov")]),
    ("“Kami tidak ingin konflik,” ujar Budi Santoso di Jakarta.", [("Kami tidak ingin konflik", "Budi Santoso")]),
    ('"Harga naik terus," ucap Siti kepada wartawan.', [("Harga naik terus", "Siti")]),
    ('"Tidak ada kompromi," tegas Joko.', [("Tidak ada kompromi", "Joko")]),
    # the short name expands to the fullest form in the article
    ('Menlu AS, Antony Blinken, tiba. "Kami prihatin," kata Blinken.', [("Kami prihatin", "Antony Blinken")]),
    # verb + -nya and pronouns resolve to the last speaker or subject
    ('Budi Santoso mengatakan rencana itu matang. "Semua siap," ujarnya.', [("Semua siap", "Budi Santoso")]),
    ('"Satu hal," kata Ani Wijaya. "Dua hal," tambah dia.', [("Satu hal", "Ani Wijaya"), ("Dua hal", "Ani Wijaya")]),
    # verb before the quote
    (
        "Blinken mengatakan tentang pertemuan itu: “Kami tentu siap melakukannya.”",
        [("Kami tentu siap melakukannya.", "Blinken")],
    ),
    (
        'Menurut Sri Mulyani, "ekonomi tumbuh lima persen tahun ini".',
        [("ekonomi tumbuh lima persen tahun ini", "Sri Mulyani")],
    ),
    # two speakers alternating
    (
        '"Ya, benar," kata Ani.\n\n"Tidak benar," kata Budi.\n\n"Mungkin saja," kata Ani.',
        [("Ya, benar", "Ani"), ("Tidak benar", "Budi"), ("Mungkin saja", "Ani")],
    ),
    # a quote that goes on into the next paragraph: no closing mark, an opening mark again
    (
        '"Kalimat pertama yang panjang.\n\n"Kalimat kedua," kata Budi.',
        [('Kalimat pertama yang panjang.\n\n"Kalimat kedua', "Budi")],
    ),
    # single quotes inside double quotes stay inside
    ("\"Lagu 'Despacito' itu bagus sekali,\" kata Ani.", [("Lagu 'Despacito' itu bagus sekali", "Ani")]),
    # scare quotes and titles are not speech
    ('Warga memakai "ojek online" setiap hari.', []),
    ('Lagu "Despacito" diputar di mana-mana.', []),
    # a closing mark forgotten before the attribution: the words up to it are Budi's (quotes_random_fresh8.json)
    ('"Kalimat tanpa penutup, kata Budi.', [("Kalimat tanpa penutup", "Budi")]),
    # other unbalanced marks give no quote rather than a wrong one
    ('Ia menulis "kalimat tanpa penutup, kata Budi.', []),
    # a speaker the article does not name: a quotation without a speaker
    ('"Kami lelah," kata seorang warga.', [("Kami lelah", "")]),
    # English verbs
    ('"We are ready," said Blinken.', [("We are ready", "Blinken")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_quote_rules(text, expected):
    quotes = extract_quotes(text)
    assert [(q.text, q.speaker) for q in quotes] == expected
    for quote in quotes:
        assert text[quote.start : quote.end] == quote.text


def seed_quotes(name):
    lines = (SEEDS / name).read_text(encoding="utf-8").strip().splitlines()
    text = clean("\n".join(lines[1:])).text
    return text, extract_quotes(text)


@pytest.mark.parametrize(
    "seed, expected",
    [
        (
            "000_d2dfdaceba91de6f.txt",
            [
                ("Saya menyampaikan", "Antony Blinken", "Menlu AS"),
                ("Sekarang Rusia", "Antony Blinken", "Menlu AS"),
                ("Kami seperti", "Sergei Lavrov", "Menlu Rusia"),
                ("Kami akan memastikan", "Sergei Lavrov", "Menlu Rusia"),
                ("Jadi jika NATO", "Sergei Lavrov", "Menlu Rusia"),
            ],
        ),
        (
            "001_69c053db0c9cfd4e.txt",
            [
                ("Hal tersebut", "Antony Blinken", "Menteri Luar Negeri AS"),
                ("Disini kami", "Antony Blinken", "Menteri Luar Negeri AS"),
                ("bukan tentang ancaman", "Sergey Lavrov", "Menteri Luar Negeri Rusia"),
                ("memompa Ukraina", "Sergey Lavrov", "Menteri Luar Negeri Rusia"),  # a second quote, same sentence
                ("Jangan terburu-buru", "Sergey Lavrov", "Menteri Luar Negeri Rusia"),
                ("Jika kami menyimpulkan", "Antony Blinken", "Menteri Luar Negeri AS"),
            ],
        ),
    ],
)
def test_seed_quotes_and_speakers(seed, expected):
    text, quotes = seed_quotes(seed)
    assert [(q.text[: len(start)], q.speaker, q.role) for q, (start, *_rest) in zip(quotes, expected)] == expected
    assert len(quotes) == len(expected)
    assert all(text[q.start : q.end] == q.text for q in quotes)


def test_check_quotes_drops_anything_not_verbatim():
    text = "Dia berkata: “Kami siap.”"
    good = Quote("Kami siap.", "Dia", 14, 24)
    moved = Quote("Kami siap.", "Dia", 13, 23)
    invented = Quote("Kami sangat siap.", "Dia", 14, 31)
    kept, problems = check_quotes(text, [good, moved, invented])
    assert kept == [good]
    assert len(problems) == 2


REAL = json.loads((Path(__file__).parent / "fixtures" / "quotes_cases.json").read_text(encoding="utf-8"))


def test_real_quote_running_over_two_paragraphs_is_one_quotation():
    text = REAL["347"]["text"]  # Neymar: an opening mark again, no closing mark before it
    last = extract_quotes(text)[-1]
    assert last.text.startswith("Jadi bukan karena saya") and last.text.endswith("bahagia di klub ini")
    assert '\n\n"Saya menginginkan mimpi yang lebih besar' in last.text
    assert last.speaker == "Neymar"


def test_real_unbalanced_marks_give_no_quote():
    forbidden = "Dia tidak melakukan kejahatan"  # opened, never closed, and nothing attributes it
    assert not [q for q in extract_quotes(REAL["125"]["text"]) if q.text.startswith(forbidden)]


def test_real_quote_whose_closing_mark_is_missing_ends_at_its_attribution():
    # '"Hasil penelitian kami … menyebabkannya menyebar, kata Jennifer Balch yang …' (also in quotes_random_fresh8.json)
    (quote,) = [q for q in extract_quotes(REAL["164"]["text"]) if q.text.startswith("Hasil penelitian kami")]
    assert quote.text.endswith("menyebabkannya menyebar") and quote.speaker == "Jennifer Balch"


def test_real_quote_whose_speaker_is_only_described_is_kept_and_not_given_to_a_name_nearby():
    # 'promotor yang … pernah membawa penyanyi sekelas Justin Bieber, Bruno Mars, … itu menuliskan, "Ya …'
    (tweet,) = [q for q in extract_quotes(REAL["69"]["text"]) if q.text.startswith("Ya akhirnya")]
    assert tweet.speaker in ("", "Marygops Asia Group")
