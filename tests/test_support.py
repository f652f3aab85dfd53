"""Sentence support of Indonesian summaries (sitegen.support): table tests per kind, and the labelled set."""

import json
from pathlib import Path

import pytest

from sitegen import audit, checks, support

LABELLED = Path(__file__).parent / "fixtures" / "summaries_labelled.jsonl"

ARTICLE = "\n\n".join(
    [
        "Persib Bandung bermain imbang 1-1 melawan Arema di Stadion Gelora Bandung Lautan Api, Sabtu (9/3).",
        "Menurut pengamat sepak bola Budi Santoso, Persib akan kesulitan lolos ke babak berikutnya.",
        "Pemerintah kota diminta warga untuk memperbaiki jalan menuju stadion sebelum musim hujan.",
        "Ayah kiper Persib, Made Wirawan, meninggal dunia di Denpasar pada Jumat malam.",
        "Semula, laga berikutnya akan digelar pada 20 Maret, tetapi kini diundur ke 3 April.",
        "Harga tiket naik dari Rp 50 ribu menjadi Rp 75 ribu untuk tribun timur.",
        "Selama ini klub hanya menggelar latihan terbuka di stadion kecil.",
    ]
)


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        # the outcome turned around
        ("Persib Bandung menang melawan Arema di Stadion Gelora Bandung Lautan Api.", "direction_changed"),
        ("Harga tiket turun dari Rp 50 ribu menjadi Rp 75 ribu untuk tribun timur.", "direction_changed"),
        # a negation added, or dropped
        ("Pemerintah kota tidak memperbaiki jalan menuju stadion sebelum musim hujan.", "negation_changed"),
        # an attributed claim stated as fact
        ("Persib akan kesulitan lolos ke babak berikutnya kata pengamat.", None),
        ("Persib akan kesulitan lolos ke babak berikutnya.", "attribution_lost"),
        # the actor swapped: the same subject doing what was done to it
        ("Pemerintah kota meminta warga untuk memperbaiki jalan menuju stadion.", "voice_changed"),
        # what happened to someone's father given to the named person
        ("Kiper Persib Made Wirawan meninggal dunia di Denpasar pada Jumat malam.", "actor_changed"),
        # a plan since changed, stated as the plan
        ("Laga berikutnya akan digelar pada 20 Maret.", "modality_changed"),
        # a success the article does not report
        ("Persib berhasil bermain imbang 1-1 melawan Arema di Stadion Gelora Bandung Lautan Api.", "modality_changed"),
        # a figure from another sentence, or words from nowhere
        (
            "Persib Bandung bermain imbang 2-1 melawan Arema di Stadion Gelora Bandung Lautan Api.",
            "unsupported_sentence",
        ),
        ("Para pemain Persib merayakan ulang tahun pelatih dengan pesta kembang api.", "unsupported_sentence"),
        # faithful sentences pass, in the article's words or close to them
        ("Persib Bandung bermain imbang 1-1 melawan Arema di Stadion Gelora Bandung Lautan Api.", None),
        ("Harga tiket tribun timur naik dari Rp 50 ribu menjadi Rp 75 ribu.", None),
        ("Ayah kiper Persib, Made Wirawan, meninggal dunia di Denpasar.", None),
        ("Laga berikutnya diundur dari 20 Maret ke 3 April.", None),
    ],
)
def test_each_kind_of_unsupported_sentence_is_named(sentence, code):
    found = support.unsupported(sentence, ARTICLE)
    assert (found[0].code if found else None) == code, found


@pytest.mark.parametrize(
    ("summary", "broken"),
    [
        (", yang merupakan bagian dari rencana kota. Warga setuju.", True),  # starts mid-clause
        ("pemerintah kota membahas rencana. Warga setuju.", True),  # no capital
        ("Tentu saja, berikut adalah ringkasannya: Persib bermain imbang.", True),  # task talk
        ("1. Persib bermain imbang. 2. Tiket naik.", True),  # a list
        ("Persib bermain imbang 1-1. Harga tiket naik menjadi Rp 75", True),  # cut off
        ("Persib bermain imbang 1-1. Harga tiket naik. 3.", True),  # a bare item number
        ("1. Penting memastikan rumah aman sebelum liburan: kunci pintu dan jendela.", True),  # a list's first item
        ("Persib bermain imbang di Liga 2. Tiket naik.", False),  # 'Liga 2.' ends a sentence, not a list
        ("3 pemain cedera. Persib tetap menang 2-1.", False),  # a sentence may start with a number
        ("Persib bermain imbang 1-1 pada 2024. Tiket naik 2,5 persen.", False),  # years and decimals are fine
        ("“Kami siap,” kata pelatih. Persib bermain imbang 1-1.", False),
    ],
)
def test_a_summary_must_be_complete_sentences(summary, broken):
    assert (support.form_problem(summary) is not None) == broken


def test_supported_part_drops_unsupported_sentences_and_a_cut_off_end():
    summary = (
        "Persib Bandung bermain imbang 1-1 melawan Arema di Stadion Gelora Bandung Lautan Api. "
        "Para pemain Persib merayakan ulang tahun pelatih dengan pesta kembang api. "
        "Harga tiket tribun timur naik dari Rp 50 ribu menjadi Rp 75 ribu. Laga berikutnya diundur ke"
    )
    kept = support.supported_part(summary, ARTICLE)
    assert kept == (
        "Persib Bandung bermain imbang 1-1 melawan Arema di Stadion Gelora Bandung Lautan Api. "
        "Harga tiket tribun timur naik dari Rp 50 ribu menjadi Rp 75 ribu."
    )
    assert support.supported_part("Para pemain merayakan pesta kembang api. Persib imbang.", ARTICLE) == ""


def test_a_summary_whose_opening_sentence_is_doubted_is_flagged_not_trimmed():
    # Without its opening the rest loses who and what ("Harga tiket …" is still fine, but a lead
    # dropped this way left "Keduanya diamankan …" on the dev data): flag the whole instead.
    summary = (
        "Para pemain Persib merayakan ulang tahun pelatih dengan pesta kembang api. "
        "Persib Bandung bermain imbang 1-1 melawan Arema di Stadion Gelora Bandung Lautan Api. "
        "Harga tiket tribun timur naik dari Rp 50 ribu menjadi Rp 75 ribu."
    )
    assert support.supported_part(summary, ARTICLE) == ""


def _labelled(split):
    rows = [json.loads(line) for line in LABELLED.read_text(encoding="utf-8").splitlines()]
    return [r for r in rows if r["split"] == split]


@pytest.mark.parametrize(("split", "caught", "false_flags"), [("tune", 10, 1), ("test", 12, 1)])
def test_the_labelled_summaries_are_flagged_as_measured(split, caught, false_flags):
    """Measured (README): tune 10/14 unsupported flagged, 1/14 supported; test (not tuned on) 12/17 and 1/11."""
    rows = _labelled(split)
    flagged = {r["id"]: checks.support_problem(r["summary_id"], r["text"]) is not None for r in rows}
    unsupported = [r for r in rows if r["label"] == "unsupported"]
    supported = [r for r in rows if r["label"] == "supported" and r["form"] == "ok"]
    assert sum(flagged[r["id"]] for r in unsupported) >= caught
    assert sum(flagged[r["id"]] for r in supported) <= false_flags
    fragments = [r for r in rows if r["form"] == "fragment"]
    assert all(checks.support_problem(r["summary_id"], r["text"]) for r in fragments)


SUMMARY = (
    "Persib Bandung menang melawan Arema di Stadion Gelora Bandung Lautan Api, Sabtu (9/3). "
    "Harga tiket untuk tribun timur naik dari Rp 50 ribu menjadi Rp 75 ribu."
)


def test_sitegen_check_takes_indonesian_summaries_with_their_article():
    line = json.dumps({"id": "x", "kind": "summary_id", "article": ARTICLE, "translation": SUMMARY})
    ((_, answer),) = list(audit.check_lines([line]))
    assert isinstance(answer, dict) and answer["flagged"]
    assert "turns the article's direction or result around" in answer["problems"][0]
    ((_, error),) = list(audit.check_lines([json.dumps({"kind": "summary_id", "translation": "x"})]))
    assert error == '"article" must be a string'


def test_sitegen_check_names_a_broken_indonesian_summary():
    line = json.dumps({"id": "y", "kind": "summary_id", "article": ARTICLE, "translation": SUMMARY + " Harga tiket"})
    ((_, answer),) = list(audit.check_lines([line]))
    assert isinstance(answer, dict) and answer["problems"][0].startswith("it must be complete sentences")
