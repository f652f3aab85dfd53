"""The translation checks (sitegen.meaning), the English renderings (sitegen.english), and their
measured quality on the labelled set."""

import json
from pathlib import Path

import pytest

from sitegen import meaning
from sitegen.english import english_dates, role_en
from sitegen.lexicon import glossary_line, stem

LABELLED = Path(__file__).parent / "fixtures" / "translations_labelled.jsonl"


def codes(source, english):
    return [finding.code for finding in meaning.check(source, english)]


@pytest.mark.parametrize(
    ("source", "english", "expected"),
    [
        ("Tidak ada terobosan dalam pertemuan itu.", "There was no breakthrough in the meeting.", []),
        ("Ia tidak datang ke pertemuan.", "He came to the meeting.", ["negation_lost"]),
        ("Rusia belum menarik pasukannya.", "Russia has not withdrawn its troops yet.", []),
        ("Kondisi lapangan tidak aman.", "The field is unsafe.", []),  # 'un-' negates
        ("Kami siap berdialog.", "We are not ready for dialogue.", ["negation_added"]),
        ("Anggota tim menang.", "The united team won.", []),  # 'united' is not 'un-' + a word
        ("Ia datang pada Sabtu (9/3).", "He came on Sunday.", ["wrong_day"]),
        ("Ia datang pada Sabtu (9/3).", "He came on Saturday (9 March).", []),
        ("Ia datang akhir pekan lalu.", "He will come next weekend.", ["wrong_time"]),
        ("Ia akan datang pekan depan.", "He will come next week.", []),
        ("Anggaran Rp 2,5 miliar.", "A budget of Rp 2.5 million.", ["unsupported_number"]),
        ("Anggaran Rp 2,5 miliar.", "A budget of Rp 2.5 billion.", []),
        ("puluhan ribu ton beras", "puluhan thousand tons of rice", ["untranslated_words"]),
        ("Ia membuat patung dari pasir.", "He makes patunts from sand.", ["untranslated_words"]),
        ("Harga Rp 30 juta.", "It costs 30 million rupiah.", []),  # 'rupiah' is English too
        ("Persipura menang, Jumat (6/10).", "Persipura won on July 6th.", ["wrong_month"]),
        ("Persipura menang, Jumat (6/10).", "Persipura won on Friday (6 October).", []),
        ("Konser digelar 12 Mei.", "The concert may be held on 12 May.", []),  # 'may' the verb, 'May' the month
        ("Mereka menakuti warga.", "They threaten the residents.", []),
        ("Mereka menakuti warga.", "They follow the residents.", ["unrendered_words"]),  # a rare word's sense lost
        ("Tensi di perbatasan meningkat.", "Tensions at the border rose.", []),  # a loanword kept
    ],
)
def test_meaning_checks(source, english, expected):
    assert codes(source, english) == expected


def test_findings_name_the_words_to_mark():
    [finding] = meaning.check("Ia datang pada Sabtu.", "He came on Sunday.")
    assert finding.words == ("Sunday",)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Blinken met Lavrov on Thursday (2/12).", "Blinken met Lavrov on Thursday (2 December)."),
        ("They met on Kamis (2/12/2021).", "They met on Thursday (2 December 2021)."),
        ("The match is on Minggu (19/3).", "The match is on Sunday (19 March)."),
        ("He played on Friday, 3/4.", "He played on Friday, 3 April."),
        ("On Thursday (31/13) nothing.", "On Thursday (31/13) nothing."),  # not a date: left alone
        ("a Minggu of rest", "a Minggu of rest"),  # 'Minggu' is also 'week': only a dated one is Sunday
    ],
)
def test_english_dates(text, expected):
    assert english_dates(text) == expected


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("Menlu AS", "U.S. Secretary of State"),
        ("Menteri Luar Negeri AS", "U.S. Secretary of State"),
        ("Menlu Rusia", "Russian Foreign Minister"),
        ("mantan Presiden AS", "former U.S. President"),
        ("Wali Kota", "Mayor"),
        ("Juru Bicara", "spokesperson"),
        ("Pelatih Madrid", ""),  # a word the tables do not know: the model renders it
        ("", ""),
    ],
)
def test_roles_from_the_tables(role, expected):
    assert role_en(role) == expected


def test_the_glossary_gives_dictionary_meanings_by_root():
    assert stem("pujian") == "puji"
    line = glossary_line("Pelatih memberi pujian kepada sekutu Eropa.")
    assert "pujian = praise" in line and "sekutu = ally" in line
    assert "Eropa" not in line  # a name is left to the name rules


OPTIONS = Path(__file__).parent / "fixtures" / "translations_options.jsonl"


def read_pairs(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def labelled():
    return read_pairs(LABELLED)


def flagged(pairs: list[dict], label: str) -> tuple[int, int]:
    """How many of the pairs labelled `label` the meaning checks flag, and how many there are."""
    chosen = [p for p in pairs if p["label"] == label]
    return sum(bool(meaning.check(p["source"], p["translation"])) for p in chosen), len(chosen)


def test_the_labelled_set_is_large_enough_and_explained():
    pairs = labelled()
    assert len(pairs) >= 80
    assert all(p["label"] in ("right", "wrong") and p["reason"].strip() for p in pairs)
    assert {p["split"] for p in pairs} == {"tune", "test"}


@pytest.mark.parametrize(
    ("split", "most_right", "least_wrong"),
    [
        # Measured with the words nothing renders (session 14): 1 of 52 right and 32 of 52 wrong flagged on the
        # tune part, 2 of 10 right and 21 of 28 wrong on the test part (before it: 1/52, 17/52; 0/10, 15/28).
        ("tune", 0.05, 0.6),
        ("test", 0.2, 0.7),
    ],
)
def test_what_the_checks_flag_on_the_labelled_set(split, most_right, least_wrong):
    pairs = [p for p in labelled() if p["split"] == split]
    flagged_right, right = flagged(pairs, "right")
    caught, wrong = flagged(pairs, "wrong")
    assert flagged_right / right <= most_right
    assert caught / wrong >= least_wrong


def test_the_options_set_is_judged_and_explained():
    pairs = read_pairs(OPTIONS)
    assert {p["option"] for p in pairs} == {"single", "sentences", "rerank", "direct"}
    assert all(p["label"] in ("right", "wrong") and p["reason"].strip() for p in pairs)


def test_what_the_checks_flag_on_translations_they_were_never_tuned_on():
    # Session 16's outputs of four ways of translating, judged after the checks were last tuned:
    # of the 68 distinct pairs, 5 of 26 right and 22 of 42 wrong are flagged.
    pairs = list({(p["source"], p["translation"]): p for p in read_pairs(OPTIONS)}.values())
    flagged_right, right = flagged(pairs, "right")
    caught, wrong = flagged(pairs, "wrong")
    assert (right, wrong) == (26, 42)
    assert flagged_right / right <= 0.2
    assert caught / wrong >= 0.5
