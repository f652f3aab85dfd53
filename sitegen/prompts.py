"""The prompts. Bump PROMPT_VERSION whenever a prompt, its parsing or a check changes: results renew.

Every prompt is the same document (the article, its quotations numbered in place)
followed by one task, so llama.cpp evaluates the article once for all the tasks.
"""

from __future__ import annotations

import functools
import hashlib
import re

from sitegen import lexicon
from sitegen.article import Article, Quote
from sitegen.llm.backend import Prompt, TaskKind

PROMPT_VERSION = "7"  # 7: an English headline, English roles, a dictionary glossary for the English summary

SYSTEM = (
    "You are a careful news editor. You only state facts that the article states, "
    "and you answer in the language the task asks for."
)

# Asked in English, this model keeps to the article's wording, and so to its facts (see the README).
TASK_SUMMARY_ID = (
    "Task: summarise the news article above in Indonesian, in 3 or 4 sentences, reusing the article's "
    "own wording. Write only the Indonesian summary, without a title."
)
TASK_SUMMARY_EN = (
    "Task: translate this Indonesian summary of the article above into English. "
    "Use English names for countries and cities. Write only the English translation.\n\n"
    "{summary_id}"
)
TASK_PICK_QUOTES = (
    "Task: the direct quotations in the article are numbered [1] to [{count}]. "
    "Which {pick} of them matter most to the story? Answer with their numbers only, "
    "separated by commas."
)
TASK_TRANSLATE_QUOTES = (
    "Task: translate these quotations from the article into English. Write one line for each, "
    "starting with its number in brackets.\n{listing}"
)
TASK_HEADLINE = (
    "Task: translate the headline of the article above into English, as a short headline. "
    "Use English names for countries and cities. Write only the English headline.\n\n{title}"
)
TASK_ROLES = (
    "Task: translate these job titles from the article into English. Write one line for each, "
    "starting with its number in brackets.\n{listing}"
)
# Dictionary meanings of the source's words (sitegen.lexicon): a small model recalls a rare
# word's sense badly and copies a meaning it is given well. Measured on the labelled set
# (tests/fixtures/translations_labelled.jsonl), it lowers the English summaries' wrong rate
# (23 -> 19 of 26) but raises the quote renderings' (17 -> 21 of 45: a short quote takes a
# wrong sense of the dictionary literally), so only the summary task has it.
GLOSSARY = "\nGlossary (dictionary meanings of some words): {glossary}"
TASK_SECTION = (
    "Tugas: teks di atas adalah bagian {number} dari {count} sebuah berita panjang. Tulis ringkasan "
    "bagian ini dalam bahasa Indonesia, 2 sampai 3 kalimat. Gunakan hanya fakta yang ada di teks."
)
RETRY = "\n\nYour previous answer was rejected: {problem}. Write a new answer that fixes this."


@functools.cache  # the texts are constants: one hash per process, not one per article
def fingerprint() -> str:
    """A hash of every prompt text, so a prompt edited without a version bump still renews results."""
    texts = [SYSTEM, TASK_SUMMARY_ID, TASK_SUMMARY_EN, TASK_HEADLINE, TASK_PICK_QUOTES, TASK_TRANSLATE_QUOTES]
    texts += [TASK_ROLES, GLOSSARY, TASK_SECTION, RETRY]
    return hashlib.sha256("\x00".join(texts).encode("utf-8")).hexdigest()[:16]


_MARKER = re.compile(r"\s?\[\d{1,2}\]")


def document(article: Article) -> str:
    """The article as the model sees it: title, then text with each quotation numbered."""
    text = article.text
    for number, quote in reversed(list(enumerate(article.candidates, 1))):
        if text[quote.start : quote.end] != quote.text:
            continue  # not this text's quote (a digest of a long article): no marker
        mark = _opening_mark(text, quote)
        text = f"{text[:mark]}[{number}]{text[mark:]}"
    return f"{article.title}\n\n{text}" if article.title else text


def _opening_mark(text: str, quote: Quote) -> int:
    """Where the marker goes: before the quotation mark that opens the quote."""
    return max(text.rfind('"', 0, quote.start), text.rfind("“", 0, quote.start), 0)


def _prompt(kind: TaskKind, article: Article, task: str, problem: str, items: tuple[int, ...] = ()) -> Prompt:
    return Prompt(kind, SYSTEM, document(article), task + (RETRY.format(problem=problem) if problem else ""), items)


def section_prompt(title: str, section: str, number: int, count: int) -> Prompt:
    return Prompt(
        "section",
        SYSTEM,
        f"{title}\n\n{section}" if title else section,
        TASK_SECTION.format(number=number, count=count),
    )


def glossary(source: str) -> str:
    """The glossary line for a translation of `source`, or '' when the dictionary knows none of its words."""
    found = lexicon.glossary_line(source)
    return GLOSSARY.format(glossary=found) if found else ""


def summary_prompt(article: Article, lang: str, problem: str = "", summary_id: str = "") -> Prompt:
    """The Indonesian summary comes from the article; the English one translates `summary_id`."""
    if lang == "id":
        return _prompt("summary_id", article, TASK_SUMMARY_ID, problem)
    task = TASK_SUMMARY_EN.format(summary_id=summary_id) + glossary(summary_id)
    return _prompt("summary_en", article, task, problem)


def headline_prompt(article: Article, problem: str = "") -> Prompt:
    return _prompt("headline", article, TASK_HEADLINE.format(title=article.title), problem)


def roles_prompt(article: Article, roles: list[str], problem: str = "") -> Prompt:
    """Roles the tables cannot render (sitegen.english), numbered from 1."""
    listing = "\n".join(f"[{n}] {role}" for n, role in enumerate(roles, 1))
    return _prompt("roles", article, TASK_ROLES.format(listing=listing), problem, tuple(range(1, len(roles) + 1)))


def pick_quotes_prompt(article: Article, pick: int, problem: str = "") -> Prompt:
    task = TASK_PICK_QUOTES.format(count=len(article.candidates), pick=pick)
    return _prompt("pick_quotes", article, task, problem)


def translate_quotes_prompt(article: Article, numbers: list[int], problem: str = "") -> Prompt:
    listing = "\n".join(f"[{n}] {article.candidates[n - 1].text}" for n in numbers)
    return _prompt("translate_quotes", article, TASK_TRANSLATE_QUOTES.format(listing=listing), problem, tuple(numbers))


_LABEL = re.compile(r"^\s*(\*\*)?(ringkasan|summary|english summary|ringkasan berita)(\*\*)?\s*:\s*", re.I)
# A lead-in before the answer proper: 'The Indonesian summary can be translated into English as follows:'
_LEAD_IN = re.compile(r"^[^.:]{0,160}\b(?:as follows|here is|berikut|translat\w*|terjemah\w*)\b[^.:]{0,80}:\s+", re.I)


_GLOSSARY_ECHO = re.compile(r"\s*\bGlossary\b.*$", re.S)


def parse_summary(answer: str, title: str) -> str:
    """The summary as one paragraph: no label, heading, copied title, markers, Markdown or copied glossary."""
    answer = _GLOSSARY_ECHO.sub("", answer)
    lines = [line.strip().lstrip("#-*• ").strip() for line in answer.strip().splitlines()]
    lines = [line for line in lines if line and line.rstrip(".") != title.rstrip(".")]
    text = _LEAD_IN.sub("", _LABEL.sub("", " ".join(lines))).replace("**", "")
    if text.startswith(title):
        text = text[len(title) :].lstrip(" .:-")
    return " ".join(_MARKER.sub("", text).split())


def parse_numbers(answer: str) -> list[int]:
    """[2, 4] from '2, 4' or '[2], [4]' (in order, without repeats)."""
    numbers: list[int] = []
    for found in re.findall(r"\d{1,2}", answer):
        if int(found) not in numbers:
            numbers.append(int(found))
    return numbers


_QUOTE_LINE = re.compile(r"^\s*\[?(?P<n>\d{1,2})\]?\s*[|:.)-]?\s*(?P<en>.+?)\s*$")


def parse_headline(answer: str) -> str:
    """The first non-empty line, without a label, quotation marks or Markdown."""
    lines = [line.strip().lstrip("#-*• ").replace("**", "").strip() for line in answer.strip().splitlines()]
    line = next((line for line in lines if line), "")
    line = re.sub(r"^(?:english )?(?:headline|title|translation)\s*:\s*", "", line, flags=re.I)
    return " ".join(line.strip("\"“”'").split())


def parse_translations(answer: str) -> dict[int, str]:
    """{number: English} from lines like '[2] We are ready to talk.'"""
    found: dict[int, str] = {}
    for line in answer.splitlines():
        match = _QUOTE_LINE.match(line)
        if match:
            english = match.group("en").strip().strip('"“”«»').strip()
            found.setdefault(int(match.group("n")), english)
    return found
