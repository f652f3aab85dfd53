"""The summariser with fake backends that behave well, badly, and dishonestly."""

import datetime as dt
from pathlib import Path

import pytest
from conftest import ARTICLE_MD, good_answer, is_summary_id

from sitegen import prompts
from sitegen.article import Article
from sitegen.errors import ModelError
from sitegen.llm.fake import FakeBackend, lead
from sitegen.prepared import prepare
from sitegen.readers import markdown_to_text
from sitegen.summarise import NOT_SUMMARISED, Summariser, draft_result, split_sections

BODY = markdown_to_text(ARTICLE_MD.split("---\n", 2)[2])
MANY_QUOTES = "\n\n".join(f'"Kalimat kutipan nomor {n} yang cukup panjang," kata Budi Santoso.' for n in range(1, 6))


def make_article(body=BODY, title="Warga Kota Membahas Rencana Taman Baru") -> Article:
    article = Article(Path("a.md"), "a", title, dt.date(2024, 3, 5), body)
    prepare(article)
    return article


def answers(**overrides):
    """good_answer, with some tasks answered by `overrides[kind]` (a list: one answer per call)."""
    short = {"summary_id": "id", "summary_en": "en", "pick_quotes": "pick", "translate_quotes": "translate"}

    def respond(prompt):
        kind = short.get(prompt.kind, prompt.kind)
        if overrides.get(kind):
            return overrides[kind].pop(0)
        return good_answer(prompt)

    return respond


def test_good_model_fills_everything_without_warnings():
    fake = FakeBackend(good_answer)
    article = make_article()
    result, usage = Summariser(fake).summarise(article)
    assert result.warnings == []
    assert result.summary_id == lead(prompts.document(article))
    assert result.summary_en.startswith("The government")
    assert [q["speaker"] for q in result.quotes] == ["Budi Santoso", "Budi Santoso"]
    assert all(q["text_en"] for q in result.quotes)
    assert usage.document_tokens > 0 and usage.output_tokens > 0


def test_every_prompt_starts_with_the_same_article():
    fake = FakeBackend(good_answer)
    article = make_article(BODY + "\n\n" + MANY_QUOTES)
    Summariser(fake).summarise(article)
    document = prompts.document(article)
    assert len(fake.calls) == 5  # id, en, headline, pick, translate: the article is shared, never repeated
    for prompt in fake.calls:
        assert prompt.user_message().startswith(document + "\n\n")
        assert prompt.task.count(document) == 0
    assert document.startswith(article.title)
    # with the prefix cache, the system prompt and the article are evaluated once, then only each task
    tasks = sum(fake.count_tokens(p.task) for p in fake.calls)
    once = fake.count_tokens(prompts.SYSTEM) + fake.count_tokens(document)
    assert once < fake.speed.prompt_tokens <= once + tasks


def test_wrong_language_is_retried_with_the_problem_named():
    english = "The park was discussed. People came."
    fake = FakeBackend(answers(id=[english]))
    result, _ = Summariser(fake).summarise(make_article())
    retry = [p.task for p in fake.calls if is_summary_id(p)]
    assert len(retry) == 2
    assert "rejected: it must be written in Indonesian, but it reads as English" in retry[1]
    assert result.warnings == []
    assert result.summary_id.startswith("Pemerintah")


def test_output_that_fails_twice_is_flagged_not_hidden():
    english = "The park was discussed. People came."
    fake = FakeBackend(answers(id=[english, english]))
    result, _ = Summariser(fake).summarise(make_article())
    assert result.summary_id == english
    assert [w.technical() for w in result.warnings if w.field == "summary_id"] == [
        "summary_id: wrong_language: it must be written in Indonesian, but it reads as English"
    ]


# Sentences of the test article's own wording, and one it does not support ("batal": called off).
KEPT = "Pemerintah kota mengundang warga untuk membahas rencana taman baru di pusat kota."
ALSO_KEPT = "Warga menyambut baik rencana itu, tetapi meminta agar pohon-pohon lama tetap dipertahankan."
CALLED_OFF = "Pemerintah kota batal membangun taman baru karena warga menolak rencana itu."


def test_an_unsupported_sentence_is_retried_with_the_problem_named():
    fake = FakeBackend(answers(id=[f"{KEPT} {CALLED_OFF}", f"{KEPT} {ALSO_KEPT}"]))
    result, _ = Summariser(fake).summarise(make_article())
    retry = [p.task for p in fake.calls if is_summary_id(p)][1]
    assert f"rejected: '{CALLED_OFF}' negates where the article does not, or drops its negation: batal" in retry
    assert result.summary_id == f"{KEPT} {ALSO_KEPT}"
    assert result.warnings == []


def test_an_unsupported_sentence_that_stays_is_dropped_when_the_rest_still_summarises():
    answer = f"{KEPT} {ALSO_KEPT} {CALLED_OFF}"
    fake = FakeBackend(answers(id=[answer, answer]))
    result, _ = Summariser(fake).summarise(make_article())
    assert result.summary_id == f"{KEPT} {ALSO_KEPT}"
    assert result.warnings == []
    english = next(p for p in fake.calls if p.kind == "summary_en")
    assert CALLED_OFF not in english.task  # the English translates what is published


def test_an_unsupported_summary_too_short_to_trim_is_flagged_for_readers():
    answer = f"{KEPT} {CALLED_OFF}"
    fake = FakeBackend(answers(id=[answer, answer]))
    result, _ = Summariser(fake).summarise(make_article())
    assert result.summary_id == answer
    assert [(w.code, w.field, w.params["sentence"]) for w in result.warnings] == [
        ("negation_changed", "summary_id", CALLED_OFF)
    ]


@pytest.mark.parametrize(
    "broken",
    [
        f", yang merupakan bagian dari rencana kota. {ALSO_KEPT}",  # starts mid-clause
        "Berikut adalah ringkasan artikel tersebut: warga membahas taman. Mereka setuju.",  # task talk
        f"{KEPT} Warga menyambut baik rencana itu, tetapi",  # cut off
    ],
)
def test_a_broken_answer_is_retried_then_flagged(broken):
    fake = FakeBackend(answers(id=[broken, broken]))
    result, _ = Summariser(fake).summarise(make_article())
    retry = [p.task for p in fake.calls if is_summary_id(p)][1]
    assert "it must be complete sentences that start and end as sentences do" in retry
    assert [(w.code, w.field) for w in result.warnings] == [("fragment", "summary_id")]


def test_model_cannot_introduce_quote_text():
    invented = "[1] We will build ten parks and a stadium.\n[9] Something nobody said."
    fake = FakeBackend(answers(pick=["9, 12", "8"], translate=[invented, invented]))
    article = make_article(BODY + "\n\n" + MANY_QUOTES)
    result, _ = Summariser(fake).summarise(article)
    assert result.warnings[0].to_json() == {"code": "quote_numbers", "field": "quotes", "count": 7, "shown": 3}
    retry = [p.task for p in fake.calls if p.kind == "pick_quotes"][1]
    assert "rejected: the answer must be the numbers of the quotations, from 1 to 7" in retry
    texts = [c.text for c in article.candidates]
    assert [q["text"] for q in result.quotes] == texts[:3]  # the fallback: the first three
    for quote in result.quotes:
        assert article.text[quote["start"] : quote["end"]] == quote["text"]


def test_untranslated_quotes_are_flagged_and_left_without_translation():
    copied = "[1] Kami ingin taman ini menjadi ruang bersama bagi semua warga"
    fake = FakeBackend(answers(translate=[copied, copied]))
    result, _ = Summariser(fake).summarise(make_article())
    assert [w.technical() for w in result.warnings] == [
        "quotes: quote_not_translated: quotation [1] must be translated into English, not copied",
        "quotes: quote_missing_translation: quotation [2] has no English translation",
    ]
    assert result.quotes[0]["text_en"] == "" and result.quotes[1]["text_en"] == ""


def test_short_article_is_its_own_indonesian_summary():
    fake = FakeBackend(good_answer)
    article = make_article("Hujan deras melanda Bogor sore ini. Beberapa jalan tergenang.")
    result, _ = Summariser(fake).summarise(article)
    assert result.summary_id == article.text
    assert not any(map(is_summary_id, fake.calls))


def test_a_context_too_small_to_work_in_is_a_clear_error():
    with pytest.raises(ModelError, match="n_ctx = 300 is too small"):
        Summariser(FakeBackend(good_answer, context_size=300)).summarise(make_article())


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
        ("The Indonesian summary of the article can be translated into English as follows: One. Two.", "One. Two."),
        ("Here is the English translation:\n\nOne. Two.", "One. Two."),
        ("Berikut ringkasannya: Satu. Dua.", "Satu. Dua."),
        ("Minister Sri Mulyani said: the budget is safe. Two.", "Minister Sri Mulyani said: the budget is safe. Two."),
    ],
)
def test_parse_summary(answer, expected):
    assert prompts.parse_summary(answer, "Judul Artikel") == expected


@pytest.mark.parametrize(
    "answer, expected",
    [
        ("[2] We are ready.\n[4] No.", {2: "We are ready.", 4: "No."}),
        ('2 | "We are ready."', {2: "We are ready."}),
        ("Here you go:\n1. Yes.", {1: "Yes."}),
    ],
)
def test_parse_translations(answer, expected):
    assert prompts.parse_translations(answer) == expected


GOOD_EN = "The city invited residents to discuss a new park. More than 200 people attended the meeting."


@pytest.mark.parametrize(
    "kind, answer, warning",
    [
        (
            "en",
            "The city invited residents to discuss a new park. More than 500 people attended the meeting.",
            "summary_en: unsupported_number: it states numbers the article does not contain: 500",
        ),
        (
            "en",
            "The city invited residents to discuss a new park. Governor Anies Baswedan attended the meeting.",
            "summary_en: unsupported_name: it names what the article does not: Anies, Baswedan",
        ),
        (
            "id",
            "Pemerintah kota mengundang warga untuk membahas taman baru di pusat kota.",
            "summary_id: sentence_count: it must have 2 to 4 sentences, not 1",
        ),
        ("id", "", "summary_id: empty: the summary is empty"),
        (
            "en",
            GOOD_EN + " I cannot provide a full summary due to the article's length.",
            "summary_en: task_talk: it talks about the task ('I cannot') instead of stating the news",
        ),
    ],
)
def test_each_guardrail_flags_output_that_fails_twice(kind, answer, warning):
    fake = FakeBackend(answers(**{kind: [answer, answer]}))
    result, _ = Summariser(fake).summarise(make_article())
    assert warning in [w.technical() for w in result.warnings]


def test_the_better_of_two_failed_answers_is_kept():
    wrong_language = "The park was discussed. People came."
    one_sentence = "Pemerintah kota mengundang warga untuk membahas taman baru."
    fake = FakeBackend(answers(id=[wrong_language, one_sentence]))
    result, _ = Summariser(fake).summarise(make_article())
    assert result.summary_id == one_sentence
    assert [w.technical() for w in result.warnings if w.field == "summary_id"] == [
        "summary_id: sentence_count: it must have 2 to 4 sentences, not 1"
    ]


def test_a_good_english_summary_passes_every_guardrail():
    fake = FakeBackend(answers(en=[GOOD_EN]))
    result, _ = Summariser(fake).summarise(make_article())
    assert result.summary_en == GOOD_EN and result.warnings == []


def long_article(words=10_000) -> Article:
    """About `words` words of distinct, numbered Indonesian paragraphs, with two quotes."""
    paragraphs, count, n = [], 0, 0
    while count < words:
        n += 1
        paragraph = (
            f"Paragraf nomor {n} menjelaskan bahwa pemerintah kota terus membahas rencana taman "
            f"baru bersama warga, dan pertemuan ke-{n} itu berlangsung dengan tertib serta damai."
        )
        paragraphs.append(paragraph)
        count += len(paragraph.split())
    paragraphs.insert(3, '"Kami ingin taman ini menjadi ruang bersama bagi semua warga," kata Wali Kota Budi Santoso.')
    paragraphs.insert(9, '"Semua usulan warga akan kami catat dengan serius," ujar Budi.')
    return make_article("\n\n".join(paragraphs))


def section_answer(prompt):
    if prompt.task.startswith("Tugas: teks di atas adalah bagian"):
        return "Bagian ini membahas rencana taman. Warga dan pemerintah terus berdiskusi."
    return good_answer(prompt)


def test_a_10000_word_article_is_read_in_sections_without_cutting_anything():
    article = long_article()
    assert len(article.text.split()) >= 10_000
    fake = FakeBackend(section_answer, context_size=2000)
    result, usage = Summariser(fake).summarise(article)
    sections = [p for p in fake.calls if p.task.startswith("Tugas: teks di atas adalah bagian")]
    assert len(sections) >= 6
    assert all(fake.count_tokens(p.document) <= 2000 for p in sections)
    read = "\n\n".join(p.document.split("\n\n", 1)[1] for p in sections)
    assert read == article.text  # every paragraph, in order, exactly once
    later = [p for p in fake.calls if p not in sections]
    assert later and all(fake.count_tokens(p.user_message()) <= 2000 for p in later)
    assert result.warnings == []
    assert result.summary_id.startswith("Bagian ini membahas rencana taman.")  # the digest's lead
    assert [q["speaker"] for q in result.quotes] == ["Budi Santoso", "Budi Santoso"]
    assert all(article.text[q["start"] : q["end"]] == q["text"] and q["text_en"] for q in result.quotes)
    assert usage.document_tokens > 10_000


def test_split_sections_splits_an_overlong_paragraph_between_sentences():
    paragraph = " ".join(f"Kalimat nomor {n} ada di sini." for n in range(1, 41))
    sections = split_sections([paragraph], budget=50, count=lambda text: len(text.split()))
    assert all(len(s.split()) <= 50 for s in sections)
    assert " ".join(sections) == paragraph


def test_indonesian_names_in_the_english_summary_are_replaced_by_english_ones():
    fake = FakeBackend(answers(en=["The city invited residents of Jenewa to a park. Amerika Serikat sent 200 people."]))
    result, _ = Summariser(fake).summarise(make_article(BODY + "\n\nWarga Jenewa dan Amerika Serikat juga datang."))
    assert result.summary_en == "The city invited residents of Geneva to a park. The United States sent 200 people."
    assert result.warnings == []


def test_an_indonesian_name_with_several_english_ones_is_retried_with_the_choices_named():
    kept = "The city invited residents from Inggris to discuss a new park. More than 200 people came."
    fixed = "The city invited residents from England to discuss a new park. More than 200 people came."
    fake = FakeBackend(answers(en=[kept, fixed]))
    result, _ = Summariser(fake).summarise(make_article(BODY + "\n\nWarga dari Inggris juga datang."))
    retries = [p.task for p in fake.calls if "rejected" in p.task]
    assert retries and "it keeps Indonesian names: Inggris (write Britain, England or English)" in retries[0]
    assert result.summary_en == fixed and result.warnings == []


def test_the_english_headline_is_written_and_checked():
    fake = FakeBackend(
        answers(headline=["Warga Kota Membahas Rencana Taman Baru", "City residents discuss a new park"])
    )
    result, _ = Summariser(fake).summarise(make_article())
    retries = [p.task for p in fake.calls if p.kind == "headline"]
    assert len(retries) == 2 and "it must be written in English" in retries[1]
    assert result.title_en == "City residents discuss a new park"
    assert result.warnings == []


def test_a_headline_that_stays_indonesian_is_dropped_and_flagged():
    indonesian = "Warga Kota Membahas Rencana Taman Baru"
    fake = FakeBackend(answers(headline=[indonesian, indonesian]))
    result, _ = Summariser(fake).summarise(make_article())
    assert result.title_en == ""  # the page shows the Indonesian headline rather than a false English one
    assert [w.field for w in result.warnings] == ["title_en"]


def test_a_quote_rendering_that_changes_the_meaning_is_kept_and_flagged_with_its_words():
    reversed_ = "[1] We do not want this park to be a shared space.\n[2] We will note every proposal."
    fake = FakeBackend(answers(translate=[reversed_, reversed_]))
    result, _ = Summariser(fake).summarise(make_article())
    assert result.quotes[0]["text_en"] == "We do not want this park to be a shared space."
    [flag] = result.warnings
    assert flag.code == "negation_added" and flag.params["number"] == 1 and flag.params["marked"] == ["not"]
    retry = [p.task for p in fake.calls if p.kind == "translate_quotes"][1]
    assert "quotation [1]: the English negates (not) but the Indonesian does not" in retry


def test_roles_come_from_the_tables_or_from_the_model():
    body = BODY.replace("Wali Kota Budi Santoso", "Kepala Dinas Pertamanan Budi Santoso")
    fake = FakeBackend(answers(roles=["[1] Head of the Parks Office"]))
    result, _ = Summariser(fake).summarise(make_article(body))
    assert {q["role_en"] for q in result.quotes} == {"Head of the Parks Office"}
    fake = FakeBackend(good_answer)
    result, _ = Summariser(fake).summarise(make_article())
    assert {q["role_en"] for q in result.quotes} == {"Mayor"}
    assert not any(p.kind == "roles" for p in fake.calls)  # the table knew it: no model call
