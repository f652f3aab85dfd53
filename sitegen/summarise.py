"""Summarise one article with the model: Indonesian and English summaries, key quotes.

Each output is checked (sitegen.checks). A failed check is retried once with the
problem named; if it fails again the best answer is kept and flagged in `warnings`.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from sitegen import checks, prompts
from sitegen.article import Article, Quote
from sitegen.cache import cache_key
from sitegen.config import ModelConfig
from sitegen.llm.backend import Backend

MAX_QUOTES = 3
SHORT_ARTICLE_WORDS = 60
SUMMARY_TOKENS = 220
QUOTE_TOKENS = 120  # per chosen quote
NOT_SUMMARISED = "summary_en: not yet summarised (built with --no-llm)"


@dataclass
class Result:
    """What the model produced for one article: exactly what the cache stores."""

    summary_id: str
    summary_en: str
    quotes: list[dict] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def apply(self, article: Article) -> None:
        article.summary_id = self.summary_id
        article.summary_en = self.summary_en
        article.quotes = [Quote(**quote) for quote in self.quotes]
        article.warnings = [*article.warnings, *self.warnings]

    def to_json(self) -> dict:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict) -> Result:
        return cls(data["summary_id"], data["summary_en"], data["quotes"], data["warnings"])


def result_key(article: Article, model_sha256: str, settings: ModelConfig) -> str:
    """Text, model, prompt version and generation settings: change any and the result renews."""
    return cache_key(
        title=article.title,
        text=article.text,
        candidates=[[q.start, q.end, q.speaker, q.role] for q in article.candidates],
        model=model_sha256,
        prompt_version=prompts.PROMPT_VERSION,
        prompts=prompts.fingerprint(),
        settings={"temperature": settings.temperature, "seed": settings.seed},
    )


@dataclass
class Usage:
    """What one article cost: the floor to compare its time against."""

    document_tokens: int = 0
    output_tokens: int = 0


class _Metered:
    """Counts the output tokens of every completion (retries included)."""

    def __init__(self, backend: Backend, usage: Usage):
        self._backend, self._usage = backend, usage

    def complete(self, prompt, max_tokens):
        completion = self._backend.complete(prompt, max_tokens)
        self._usage.output_tokens += completion.output_tokens
        return completion


class Summariser:
    def __init__(self, backend: Backend):
        self.model = backend

    def summarise(self, article: Article) -> tuple[Result, Usage]:
        usage = Usage(document_tokens=self.model.count_tokens(prompts.document(article)))
        self.backend = _Metered(self.model, usage)
        room = self.model.context_size - SUMMARY_TOKENS - 200
        if usage.document_tokens > room:
            draft = draft_result(article)
            return Result(draft.summary_id, "", [], [
                f"automatic check failed: the article is too long for the model's context "
                f"({usage.document_tokens} tokens, room for {room}); the summary is its lead"
            ]), usage
        return self._summarise(article), usage

    def _summarise(self, article: Article) -> Result:
        warnings: list[str] = []
        if len(article.text.split()) < SHORT_ARTICLE_WORDS:
            summary_id = article.text.replace("\n\n", " ")  # short enough to be its own summary
        else:
            summary_id = self._summary(article, "id", warnings)
        summary_en = self._summary(article, "en", warnings, summary_id)
        quotes = self._key_quotes(article, warnings)
        return Result(summary_id, summary_en, [asdict(q) for q in quotes], warnings)

    def _summary(self, article: Article, lang: str, warnings: list[str], summary_id: str = "") -> str:
        problem = ""
        for _attempt in range(2):
            prompt = prompts.summary_prompt(article, lang, problem, summary_id)
            answer = self.backend.complete(prompt, SUMMARY_TOKENS)
            summary = checks.fit_length(prompts.parse_summary(answer.text, article.title))
            problem = checks.check_summary(summary, lang)
            if problem is None:
                return summary
        warnings.append(f"summary_{lang}: automatic check failed: {problem}")
        return summary

    def _key_quotes(self, article: Article, warnings: list[str]) -> list[Quote]:
        """The model picks quotes by number and translates them; it never writes a quote's text."""
        candidates = article.candidates
        if not candidates:
            return []
        pick = min(MAX_QUOTES, len(candidates))
        numbers = self._pick(article, pick, warnings)
        translations = self._translate(article, numbers, warnings)
        return [Quote(**{**asdict(candidates[n - 1]), "text_en": translations.get(n, "")})
                for n in sorted(numbers)]

    def _pick(self, article: Article, pick: int, warnings: list[str]) -> list[int]:
        count = len(article.candidates)
        if count <= pick:
            return list(range(1, count + 1))
        problem = ""
        for _attempt in range(2):
            answer = self.backend.complete(prompts.pick_quotes_prompt(article, pick, problem), 20)
            numbers = prompts.parse_numbers(answer.text)
            wrong = [n for n in numbers if not 1 <= n <= count]
            if numbers and not wrong:
                return numbers[:pick]
            problem = (f"there is no quotation {', '.join(map(str, wrong))}; use numbers 1 to {count}"
                       if wrong else "the answer must be the numbers of the quotations")
        warnings.append(f"quotes: automatic check failed: {problem}; showing the first {pick}")
        return list(range(1, pick + 1))

    def _translate(self, article: Article, numbers: list[int], warnings: list[str]) -> dict[int, str]:
        done: dict[int, str] = {}
        problem = ""
        for _attempt in range(2):
            todo = [n for n in numbers if n not in done]
            prompt = prompts.translate_quotes_prompt(article, todo, problem)
            answer = self.backend.complete(prompt, QUOTE_TOKENS * len(todo))
            found = prompts.parse_translations(answer.text)
            problem = None
            for n in todo:
                issue = checks.check_translation(found.get(n, ""), article.candidates[n - 1].text)
                if issue is None:
                    done[n] = found[n]
                else:
                    problem = problem or f"[{n}]: {issue}"
            if problem is None:
                break
        if problem:
            warnings.append(f"quotes: automatic check failed: {problem}")
        return done


def draft_result(article: Article) -> Result:
    """The --no-llm result: lead sentences, no English yet, quotes untranslated. Never cached."""
    lead = []
    for sentence in checks.sentences(article.text.replace("\n\n", " ")):
        lead.append(sentence)
        if len(lead) == 3 or sum(len(s.split()) for s in lead) >= 50:
            break
    quotes = [asdict(q) for q in article.candidates[:MAX_QUOTES]]
    return Result(" ".join(lead), "", quotes, [NOT_SUMMARISED])
