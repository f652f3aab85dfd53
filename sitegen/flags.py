"""Warnings as data: what an automatic check found, as a code and its parameters.

A flag such as ``{"code": "unsupported_number", "field": "summary_en", "numbers": ["3,000"]}``
is kept in this form in the cache, the summary store and `api/`. It becomes words
only at the edges: a technical English line for the build report and the retry
prompt (`describe`), and a message for readers in the page's language
(sitegen.i18n.flag_message, used by the templates).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

# code -> the technical description (English; also what a retry prompt tells the model).
DESCRIPTIONS: dict[str, str] = {
    "empty": "the summary is empty",
    "wrong_language": "it must be written in {expected}, but it reads as {found}",
    "task_talk": "it talks about the task ('{phrase}') instead of stating the news",
    "unsupported_number": "it states numbers the article does not contain: {numbers}",
    "unsupported_name": "it names what the article does not: {names}",
    "indonesian_name": "it keeps Indonesian names: {names}",
    "dropped_name": "it leaves out names the Indonesian gives: {names}",
    "sentence_count": "it must have {min} to {max} sentences, not {count}",
    "word_count": "it must have at most {max} words, not {count}",
    "quote_numbers": "the answer must be the numbers of the quotations, from 1 to {count}",
    "quote_missing_translation": "quotation [{number}] has no English translation",
    "quote_not_translated": "quotation [{number}] must be translated into English, not copied",
    "quote_not_verbatim": "dropped a quote that is not verbatim in the text: '{text}'",
    "draft": "not yet summarised (built with --no-llm)",
    # A translation that may say something else (sitegen.meaning, and names a quote rendering invents);
    # `number` is the quotation's, if any.
    "negation_lost": "the Indonesian negates ({words}) but the English does not",
    "negation_added": "the English negates ({words}) but the Indonesian does not",
    "wrong_day": "it names a day the Indonesian does not: {days}",
    "wrong_month": "it names a month the Indonesian does not: {months}",
    "wrong_time": "it says '{words}' but the Indonesian does not",
    "untranslated_words": "it leaves Indonesian words untranslated: {words}",
    "unrendered_words": "nothing in it renders these Indonesian words by any of their meanings: {words}",
    "invented_name": "it names what the article does not: {words}",
    # An Indonesian summary that does not hold together, or says what the article does not (sitegen.support);
    # `sentence` is the first sentence objected to.
    "fragment": "it must be complete sentences that start and end as sentences do; see '{words}'",
    "unsupported_sentence": "the article does not say this: '{sentence}' (not in the article: {words})",
    "negation_changed": "'{sentence}' negates where the article does not, or drops its negation: {words}",
    "direction_changed": "'{sentence}' turns the article's direction or result around: {words}",
    "modality_changed": "'{sentence}' changes what is planned, done or achieved: {words}",
    "voice_changed": "'{sentence}' swaps who does what to whom: {words}",
    "attribution_lost": "'{sentence}' states as fact what the article attributes to someone or only suspects: {words}",
    "actor_changed": "'{sentence}' gives a person what the article says of someone related to them: {words}",
}
# Every meaning flag also has `marked`: the English words it objects to, marked on the page.
MEANING_CODES = frozenset(
    {
        "negation_lost",
        "negation_added",
        "wrong_day",
        "wrong_month",
        "wrong_time",
        "untranslated_words",
        "unrendered_words",
        "invented_name",
    }
)
SUPPORT_CODES = frozenset(
    {
        "unsupported_sentence",
        "negation_changed",
        "direction_changed",
        "modality_changed",
        "voice_changed",
        "attribution_lost",
        "actor_changed",
    }
)


@dataclass(frozen=True)
class Flag:
    code: str
    field: str  # what it is about: "summary_id", "summary_en", "quotes"
    params: dict[str, Any] = dataclasses.field(default_factory=dict, hash=False)

    def to_json(self) -> dict[str, Any]:
        return {"code": self.code, "field": self.field, **dict(sorted(self.params.items()))}

    @classmethod
    def from_json(cls, data: object) -> Flag:
        """A flag from its JSON form; ValueError if `data` is not one."""
        if (
            not isinstance(data, dict)
            or not isinstance(data.get("code"), str)
            or not isinstance(data.get("field"), str)
            or data["code"] not in DESCRIPTIONS
        ):
            raise ValueError(f"not a flag: {data!r:.80}")
        params = {key: value for key, value in data.items() if key not in ("code", "field")}
        return cls(data["code"], data["field"], params)

    def technical(self) -> str:
        """One line for the build report: 'summary_en: unsupported_number: it states numbers …'."""
        return f"{self.field}: {self.code}: {describe(self.code, self.params)}"


def describe(code: str, params: dict[str, Any]) -> str:
    """The English description of a check's finding, lists joined with commas."""
    shown = {key: ", ".join(map(str, value)) if isinstance(value, list) else value for key, value in params.items()}
    try:
        return DESCRIPTIONS[code].format(**shown)
    except KeyError:  # a parameter the description names is missing
        return DESCRIPTIONS[code]
