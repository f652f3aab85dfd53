import pytest

from sitegen.numbers import parse, unsupported


@pytest.mark.parametrize(
    "token, value",
    [
        ("100.000", 100000),
        ("100,000", 100000),
        ("1,14", 1.14),
        ("1.14", 1.14),
        ("1.234.567", 1234567),
        ("1.234,5", 1234.5),
        ("1,234.5", 1234.5),
        ("2017", 2017),
        ("3,5", 3.5),
    ],
)
def test_parse(token, value):
    assert parse(token) == pytest.approx(value)


@pytest.mark.parametrize(
    "summary, article, missing",
    [
        ("Nilainya 1.14 billion dollars.", "Nilainya mencapai 1,14 miliar dolar AS.", []),
        ("About 100,000 troops.", "Ada 100.000 tentara Rusia.", []),
        ("More than 13,000 lives since 2014.", "merenggut lebih dari 13.000 nyawa pada 2014", []),
        ("The talks lasted 90 minutes.", "bertemu selama kira-kira 90 menit", []),
        ("On April 2, 2023 they met.", "pada Kamis (2/12)", ["2023"]),
        ("Prices rose 5% to Rp 3,5 juta.", "Harga naik 5 persen menjadi Rp3,5 juta.", []),
        ("Harga naik 7 persen.", "Harga naik 5 persen.", ["7"]),
        ("It costs 2 million.", "Harganya 2 miliar.", ["2 million"]),
        ("It struck at 7:41 PM local time.", "pada pukul 19:41 WIB", []),
        ("It struck at 8:36 PM.", "pukul 20.36 WIB", []),
        ("It struck at 9:36 PM.", "pukul 20.36 WIB", ["9"]),
        ("At 12:05 PM and 9:15 AM.", "pukul 12.05 dan 09.15 WIB", []),
        ("It scored 7 points.", "skor 1,75 dan 19,41 persen", ["7"]),  # a decimal is not a time
    ],
)
def test_unsupported_numbers(summary, article, missing):
    assert unsupported(summary, article) == missing
