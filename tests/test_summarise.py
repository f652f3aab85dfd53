"""The summariser with fake backends that behave well, badly, and dishonestly."""

import datetime as dt
from pathlib import Path

import pytest

from conftest import ARTICLE_MD, good_answer
from sitegen import prompts
from sitegen.article import Article
from sitegen.build import prepare
from sitegen.llm.backend import FakeBackend
from sitegen.readers import markdown_to_text
from sitegen.summarise import NOT_SUMMARISED, Summariser, draft_result

BODY = markdown_to_text(ARTICLE_MD.split("---\n", 2)[2])
MANY_QUOTES = "\n\n".join(f'"Kalimat kutipan nomor {n} yang cukup panjang," kata Budi Santoso.' for n in range(1, 6))


def make_article(body=BODY, title="Warga Kota Membahas Rencana Taman Baru") -> Article:
    article = Article(Path("a.md"), "a", title, dt.date(2024, 3, 5), body)
    prepare(article)
    return article


def answers(**overrides):
    """good_answer, with some tasks answered by `overrides[kind]` (a list: one answer per call)."""
    def respond(prompt):
        task = prompt.task
        kind = ("id" if task.startswith("Tugas") else "en" if task.startswith("Task: translate this")
                else "pick" if "Which" in task else "translate")
        if overrides.get(kind):
            return overrides[kind].pop(0)
        return good_answer(prompt)
    return respond


def test_good_model_fills_everything_without_warnings():
    fake = FakeBackend(good_answer)
    article = make_article()
    result, usage = Summariser(fake).summarise(article)
    assert result.warnings == []
    assert result.summary_id.startswith("Pemerintah dan warga")
    assert result.summary_en.startswith("The government")
    assert [q["speaker"] for q in result.quotes] == ["Budi Santoso", "Budi Santoso"]
    assert all(q["text_en"] for q in result.quotes)
    assert usage.document_tokens > 0 and usage.output_tokens > 0


def test_every_prompt_starts_with_the_same_article():
    fake = FakeBackend(good_answer)
    article = make_article(BODY + "\n\n" + MANY_QUOTES)
    Summariser(fake).summarise(article)
    document = prompts.document(article)
    assert len(fake.calls) == 4  # id, en, pick, translate: the article is shared, never repeated
    for prompt in fake.calls:
        assert prompt.user_message().startswith(document + "\n\n")
        assert prompt.task.count(document) == 0
    assert document.startswith(article.title)


def test_wrong_language_is_retried_with_the_problem_named():
    english = "The park was discussed. People came."
    fake = FakeBackend(answers(id=[english]))
    result, _ = Summariser(fake).summarise(make_article())
    retry = [p.task for p in fake.calls if p.task.startswith("Tugas")]
    assert len(retry) == 2
    assert "rejected: it must be written in Indonesian, but it reads as English" in retry[1]
    assert result.warnings == []
    assert result.summary_id.startswith("Pemerintah")


def test_output_that_fails_twice_is_flagged_not_hidden():
    english = "The park was discussed. People came."
    fake = FakeBackend(answers(id=[english, english]))
    result, _ = Summariser(fake).summarise(make_article())
    assert result.summary_id == english
    assert result.warnings == ["summary_id: automatic check failed: it must be written in Indonesian, "
                               "but it reads as English"]


def test_model_cannot_introduce_quote_text():
    invented = "[1] We will build ten parks and a stadium.\n[9] Something nobody said."
    fake = FakeBackend(answers(pick=["9, 12", "8"], translate=[invented, invented]))
    article = make_article(BODY + "\n\n" + MANY_QUOTES)
    result, _ = Summariser(fake).summarise(article)
    assert result.warnings[0].startswith("quotes: automatic check failed: there is no quotation 8")
    texts = [c.text for c in article.candidates]
    assert [q["text"] for q in result.quotes] == texts[:3]  # the fallback: the first three
    for quote in result.quotes:
        assert article.text[quote["start"]:quote["end"]] == quote["text"]


def test_untranslated_quotes_are_flagged_and_left_without_translation():
    copied = "[1] Kami ingin taman ini menjadi ruang bersama bagi semua warga"
    fake = FakeBackend(answers(translate=[copied, copied]))
    result, _ = Summariser(fake).summarise(make_article())
    assert any(w.startswith("quotes: automatic check failed: [1]: each quotation must be translated")
               for w in result.warnings)
    assert result.quotes[0]["text_en"] == ""


def test_short_article_is_its_own_indonesian_summary():
    fake = FakeBackend(good_answer)
    article = make_article("Hujan deras melanda Bogor sore ini. Beberapa jalan tergenang.")
    result, _ = Summariser(fake).summarise(article)
    assert result.summary_id == article.text
    assert not any(p.task.startswith("Tugas") for p in fake.calls)


def test_article_longer_than_the_context_is_flagged_not_truncated():
    fake = FakeBackend(good_answer, context_size=100)
    result, _ = Summariser(fake).summarise(make_article())
    assert fake.calls == []
    assert "too long for the model's context" in result.warnings[0]
    assert result.summary_en == ""


def test_draft_is_the_lead_and_says_so():
    article = make_article()
    draft = draft_result(article)
    assert draft.summary_id.startswith("Pemerintah kota mengundang warga")
    assert draft.summary_en == ""
    assert draft.warnings == [NOT_SUMMARISED]
    assert all(q["text_en"] == "" for q in draft.quotes)


@pytest.mark.parametrize(
    "answer, expected",
    [
        ("Ringkasan: Satu dua. Tiga empat.", "Satu dua. Tiga empat."),
        ("**Summary:**\n\nOne two.\nThree four.", "One two. Three four."),
        ("Judul Artikel\n\nIsi [2] ringkasan. Lagi.", "Isi ringkasan. Lagi."),
        ("- butir satu.\n- butir dua.", "butir satu. butir dua."),
    ],
)
def test_parse_summary(answer, expected):
    assert prompts.parse_summary(answer, "Judul Artikel") == expected


@pytest.mark.parametrize(
    "answer, expected",
    [
        ("[2] We are ready.\n[4] No.", {2: "We are ready.", 4: "No."}),
        ("2 | \"We are ready.\"", {2: "We are ready."}),
        ("Here you go:\n1. Yes.", {1: "Yes."}),
    ],
)
def test_parse_translations(answer, expected):
    assert prompts.parse_translations(answer) == expected
