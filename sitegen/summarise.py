"""Summarise one article with the model: Indonesian and English summaries, key quotes.

Each output is checked (sitegen.checks). A failed check is retried once with the
problem named; if it fails again the best answer is kept and flagged in `warnings`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Generator
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from sitegen import checks, prompts, support
from sitegen.article import Article, Quote
from sitegen.cache import cache_key
from sitegen.english import english_dates, role_en
from sitegen.errors import ModelError
from sitegen.fingerprint import code_digest
from sitegen.flags import MEANING_CODES, Flag
from sitegen.llm.backend import Backend, Completion, ModelIdentity
from sitegen.llm.flows import Call, Flow, drive
from sitegen.names import english_names
from sitegen.usage import TaskCost, Usage

if TYPE_CHECKING:
    from sitegen.config import ModelConfig

MAX_QUOTES = 3
SHORT_ARTICLE_WORDS = 60
SUMMARY_TOKENS = 220
TASK_TOKENS = 200  # room for the task text after the article
SECTION_TOKENS = 3000  # a long article is read in sections of at most this many tokens
SECTION_SUMMARY_TOKENS = 160
MIN_SECTION_TOKENS = 400
QUOTE_TOKENS = 120  # per chosen quote
HEADLINE_TOKENS = 40
ROLE_TOKENS = 24  # per role
NOT_SUMMARISED = Flag("draft", "summary_en")


@dataclass
class Result:
    """What the model produced for one article: exactly what the cache and the store keep."""

    summary_id: str
    summary_en: str
    quotes: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[Flag] = field(default_factory=list)
    title_en: str = ""

    def apply(self, article: Article) -> None:
        article.summary_id = self.summary_id
        article.summary_en = self.summary_en
        article.title_en = self.title_en
        article.quotes = [Quote(**quote) for quote in self.quotes]
        article.warnings = [*article.warnings, *self.warnings]

    def to_json(self) -> dict[str, Any]:
        return {
            "summary_id": self.summary_id,
            "summary_en": self.summary_en,
            "title_en": self.title_en,
            "quotes": self.quotes,
            "warnings": [flag.to_json() for flag in self.warnings],
        }

    @classmethod
    def from_json(cls, data: object) -> Result:
        """The result `data` holds; ValueError if it is not one (a damaged or foreign entry)."""
        if (
            not isinstance(data, dict)
            or not isinstance(data.get("summary_id"), str)
            or not isinstance(data.get("summary_en"), str)
            or not isinstance(data.get("title_en"), str)
            or not isinstance(data.get("quotes"), list)
            or not isinstance(data.get("warnings"), list)
        ):
            raise ValueError("not a summary result")
        quotes = [dataclasses.asdict(Quote.from_json(quote)) for quote in data["quotes"]]
        warnings = [Flag.from_json(flag) for flag in data["warnings"]]
        return cls(data["summary_id"], data["summary_en"], quotes, warnings, data["title_en"])


def generation_settings(config: ModelConfig) -> dict[str, Any]:
    """The settings that change what the model writes (threads, GPU and context do not).

    Batched decoding evaluates the same prompt in other batch shapes, which changes the
    arithmetic's rounding and so, now and then, a greedy choice: it is part of the key.
    """
    batched = config.backend == "llama" and config.parallel
    return {
        "temperature": config.temperature,
        "seed": config.seed,
        "repeat_penalty": config.repeat_penalty,
        "decoding": f"batched-{config.concurrency}" if batched else "sequential",
    }


def result_key(article: Article, model: ModelIdentity, settings: dict[str, Any]) -> str:
    """Text, model, prompts, settings and the code that summarises: change any and the result renews."""
    return cache_key(
        title=article.title,
        text=article.text,
        candidates=[[q.start, q.end, q.speaker, q.role] for q in article.candidates],
        model=model.sha256,
        prompt_version=prompts.PROMPT_VERSION,
        prompts=prompts.fingerprint(),
        code=code_digest(__name__),
        settings=settings,
    )


Steps = Generator[Call, Completion, Completion]


def ask(call: Call, usage: Usage, retry: bool = False) -> Steps:
    """One model call inside a flow; its tokens count in `usage`, under its task and as a retry or not."""
    completion = yield call
    usage.output_tokens += completion.output_tokens
    cost = usage.tasks.setdefault(call.prompt.kind, TaskCost())
    cost.calls += 1
    cost.evaluated_tokens += completion.evaluated_tokens
    cost.output_tokens += completion.output_tokens
    if retry:
        cost.retries += 1
        cost.retry_evaluated_tokens += completion.evaluated_tokens
        cost.retry_output_tokens += completion.output_tokens
    return completion


class Summariser:
    """One article's model work, as a flow (sitegen.llm.flows) that a backend can run beside others."""

    def __init__(self, backend: Backend):
        self.model = backend

    def summarise(self, article: Article) -> tuple[Result, Usage]:
        """Summarise one article, one call after another."""
        return drive(self.flow(article), self.model.complete)

    def flow(self, article: Article) -> Flow[tuple[Result, Usage]]:
        usage = Usage(document_tokens=self.model.count_tokens(prompts.document(article)))
        room = self.model.context_size - SUMMARY_TOKENS - TASK_TOKENS
        if room < MIN_SECTION_TOKENS:
            raise ModelError(
                f"[model] n_ctx = {self.model.context_size} is too small to summarise with; "
                f"use at least {MIN_SECTION_TOKENS + SUMMARY_TOKENS + TASK_TOKENS}"
            )
        reading = article
        if usage.document_tokens > room:
            reading = yield from self._digest(article, min(room, SECTION_TOKENS), usage)
        result = yield from self._summarise(reading, article, usage)
        return result, usage

    def _summarise(self, reading: Article, article: Article, usage: Usage) -> Generator[Call, Completion, Result]:
        """Summarise what the model reads (`article`, or its digest if it is too long)."""
        warnings: list[Flag] = []
        if len(article.text.split()) < SHORT_ARTICLE_WORDS:
            summary_id = article.text.replace("\n\n", " ")  # short enough to be its own summary
        else:
            summary_id = yield from self._summary(reading, "id", warnings, usage, facts=article.text)
        summary_en = yield from self._summary(reading, "en", warnings, usage, summary_id, facts=article.text)
        title_en = yield from self._headline(reading, warnings, usage, facts=article.text)
        quotes = yield from self._key_quotes(reading, warnings, usage, article.text, can_pick=reading is article)
        quotes = yield from self._roles(reading, quotes, warnings, usage)
        return Result(summary_id, summary_en, [asdict(q) for q in quotes], warnings, title_en)

    def _digest(self, article: Article, budget: int, usage: Usage) -> Generator[Call, Completion, Article]:
        """An article longer than the context, read in sections that each fit.

        Each section is summarised in two or three Indonesian sentences; the summaries, in
        order, stand in for the article in every later prompt. Nothing is cut: every
        paragraph is in exactly one section.
        """
        sections = split_sections(article.paragraphs, budget, self.model.count_tokens)
        summaries = []
        for number, section in enumerate(sections, 1):
            prompt = prompts.section_prompt(article.title, section, number, len(sections))
            answer = yield from ask(Call(prompt, SECTION_SUMMARY_TOKENS), usage)
            summaries.append(prompts.parse_summary(answer.text, article.title))
        return dataclasses.replace(article, text="\n\n".join(summaries))

    def _summary(
        self, article: Article, lang: str, warnings: list[Flag], usage: Usage, summary_id: str = "", facts: str = ""
    ) -> Generator[Call, Completion, str]:
        """Ask, check, and ask once more naming the problem.

        An Indonesian summary whose sentences the article does not all support keeps the
        ones it does, if they still make a summary (sitegen.support); otherwise the better
        of the two answers is kept and flagged.
        """
        facts = facts or article.text
        attempts: list[tuple[checks.Problem, str]] = []
        for _attempt in range(2):
            retry = str(attempts[-1][0]) if attempts else ""
            prompt = prompts.summary_prompt(article, lang, retry, summary_id)
            answer = yield from ask(Call(prompt, SUMMARY_TOKENS), usage, retry=bool(retry))
            summary = prompts.parse_summary(answer.text, article.title)
            with usage.checking():
                summary = checks.fit_length(english_dates(english_names(summary)) if lang == "en" else summary)
                found = _summary_problem(summary, lang, facts, summary_id)
            if found is None:
                return summary
            attempts.append((found, summary))
        if lang == "id":
            for _found, written in reversed(attempts):  # the second answer was asked to fix the first
                with usage.checking():
                    kept = support.supported_part(written, facts)
                    good = bool(kept) and _summary_problem(kept, lang, facts) is None
                if good:
                    return kept
        worst, summary = max(attempts, key=lambda attempt: attempt[0].rank)  # the least bad
        warnings.append(worst.flag(f"summary_{lang}"))
        return summary

    def _headline(
        self, article: Article, warnings: list[Flag], usage: Usage, facts: str
    ) -> Generator[Call, Completion, str]:
        """The English headline, checked like a summary; the least bad of two answers, flagged."""
        attempts: list[tuple[checks.Problem, str]] = []
        for _attempt in range(2):
            retry = str(attempts[-1][0]) if attempts else ""
            answer = yield from ask(
                Call(prompts.headline_prompt(article, retry), HEADLINE_TOKENS), usage, retry=bool(retry)
            )
            with usage.checking():
                headline = english_dates(english_names(prompts.parse_headline(answer.text)))
                found = checks.check_headline(headline, article.title, facts)
            if found is None:
                return headline
            attempts.append((found, headline))
        worst, headline = max(attempts, key=lambda attempt: attempt[0].rank)
        if worst.rank < 2:  # no English headline at all: the page shows the Indonesian one
            headline = ""
        warnings.append(worst.flag("title_en"))
        return headline

    def _roles(
        self, article: Article, quotes: list[Quote], warnings: list[Flag], usage: Usage
    ) -> Generator[Call, Completion, list[Quote]]:
        """Each speaker's role in English: from the tables (sitegen.english), else from the model, checked."""
        known = {q.role: role_en(q.role) for q in quotes if q.role}
        unknown = sorted(role for role, english in known.items() if not english)
        if unknown:
            answer = yield from ask(Call(prompts.roles_prompt(article, unknown), ROLE_TOKENS * len(unknown)), usage)
            found = prompts.parse_translations(answer.text)
            for n, role in enumerate(unknown, 1):
                with usage.checking():
                    english = english_names(found.get(n, ""))
                    problem = checks.check_role(english, role)
                if problem is None:
                    known[role] = english
                else:
                    warnings.append(Flag(problem.code, "roles", {**problem.params, "role": role}))
        return [dataclasses.replace(q, role_en=known.get(q.role, "")) for q in quotes]

    def _key_quotes(
        self, article: Article, warnings: list[Flag], usage: Usage, facts: str, can_pick: bool = True
    ) -> Generator[Call, Completion, list[Quote]]:
        """The model picks quotes by number and translates them; it never writes a quote's text.

        In a digest of a long article the quotes are not marked, so the first ones are taken.
        """
        candidates = article.candidates
        if not candidates:
            return []
        pick = min(MAX_QUOTES, len(candidates))
        numbers = (yield from self._pick(article, pick, warnings, usage)) if can_pick else list(range(1, pick + 1))
        translations = yield from self._translate(article, numbers, warnings, usage, facts)
        return [Quote(**{**asdict(candidates[n - 1]), "text_en": translations.get(n, "")}) for n in sorted(numbers)]

    def _pick(
        self, article: Article, pick: int, warnings: list[Flag], usage: Usage
    ) -> Generator[Call, Completion, list[int]]:
        count = len(article.candidates)
        if count <= pick:
            return list(range(1, count + 1))
        problem = ""
        for _attempt in range(2):
            answer = yield from ask(
                Call(prompts.pick_quotes_prompt(article, pick, problem), 20), usage, retry=bool(problem)
            )
            numbers = prompts.parse_numbers(answer.text)
            if numbers and all(1 <= n <= count for n in numbers):
                return numbers[:pick]
            problem = str(checks.Problem(0, "quote_numbers", {"count": count}))
        warnings.append(Flag("quote_numbers", "quotes", {"count": count, "shown": pick}))
        return list(range(1, pick + 1))

    def _translate(
        self, article: Article, numbers: list[int], warnings: list[Flag], usage: Usage, facts: str
    ) -> Generator[Call, Completion, dict[int, str]]:
        """Each quote's English; one that fails its meaning check twice is kept and flagged with its number."""
        done: dict[int, str] = {}
        doubtful: dict[int, tuple[checks.Problem, str]] = {}
        issues: dict[int, checks.Problem] = {}
        for _attempt in range(2):
            todo = [n for n in numbers if n not in done]
            retry = str(issues[todo[0]]) if issues else ""
            prompt = prompts.translate_quotes_prompt(article, todo, retry)
            answer = yield from ask(Call(prompt, QUOTE_TOKENS * len(todo)), usage, retry=bool(retry))
            found = prompts.parse_translations(answer.text)
            issues = {}
            for n in todo:
                with usage.checking():
                    english = english_dates(english_names(found.get(n, "")))
                    issue = checks.check_translation(english, article.candidates[n - 1].text, n, facts)
                if issue is None:
                    done[n] = english
                    continue
                issues[n] = issue
                if issue.code in MEANING_CODES and (n not in doubtful or issue.rank > doubtful[n][0].rank):
                    doubtful[n] = (issue, english)
            if not issues:
                break
        for n in sorted(issues):
            if n in doubtful:
                issue, done[n] = doubtful[n]
                warnings.append(issue.flag("quotes"))
            else:
                warnings.append(issues[n].flag("quotes"))
        return done


def _summary_problem(summary: str, lang: str, article: str, summary_id: str = "") -> checks.Problem | None:
    """What is wrong with a summary; an Indonesian one must also be well formed and supported."""
    if lang == "id":
        return checks.check_summary_id(summary, article)
    return checks.check_summary(summary, lang, article, summary_id)


def split_sections(paragraphs: list[str], budget: int, count: Callable[[str], int]) -> list[str]:
    """Consecutive paragraphs grouped into sections of at most `budget` tokens.

    A paragraph longer than the budget is split between sentences (a sentence longer
    than the budget, between words).
    """
    pieces: list[str] = []
    for paragraph in paragraphs:
        pieces.extend(_fit(paragraph, budget, count))
    sections: list[str] = []
    current: list[str] = []
    for piece in pieces:
        if current and count("\n\n".join([*current, piece])) > budget:
            sections.append("\n\n".join(current))
            current = []
        current.append(piece)
    if current:
        sections.append("\n\n".join(current))
    return sections


def _fit(text: str, budget: int, count: Callable[[str], int]) -> list[str]:
    if count(text) <= budget:
        return [text]
    parts = checks.sentences(text)
    if len(parts) == 1:
        words = text.split()
        half = len(words) // 2
        parts = [" ".join(words[:half]), " ".join(words[half:])]
    middle = len(parts) // 2
    return _fit(" ".join(parts[:middle]), budget, count) + _fit(" ".join(parts[middle:]), budget, count)


def draft_result(article: Article) -> Result:
    """The --no-llm result: lead sentences, no English yet, quotes untranslated. Never cached."""
    lead = []
    opening = " ".join(article.paragraphs[:5])  # the lead is in the opening paragraphs
    for sentence in checks.sentences(opening):
        lead.append(sentence)
        if len(lead) == 3 or sum(len(s.split()) for s in lead) >= 50:
            break
    quotes = [asdict(q) for q in article.candidates[:MAX_QUOTES]]
    return Result(" ".join(lead), "", quotes, [NOT_SUMMARISED])
