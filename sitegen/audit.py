"""`sitegen check PAIRS.jsonl`: the translation checks a build uses, on pairs given as JSON lines.

Each line is {"id", "kind": "summary" | "headline" | "quote" | "role", "source": Indonesian,
"translation": English, "article": optional full text}, or {"id", "kind": "summary_id",
"article": the full text, "translation": an Indonesian summary of it} for the checks that the
article supports every sentence (sitegen.support); each answer is {"id", "flagged", "problems"}.
Every check here needs no model, so `--no-llm` changes nothing
today; it is accepted so audits keep working if a check that asks the model is added.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from sitegen import checks, meaning, support
from sitegen.flags import describe

KINDS = ("summary", "headline", "quote", "role", "summary_id")


class PairError(ValueError):
    """A line that is not a pair to check."""


def parse_pair(line: str) -> dict[str, Any]:
    try:
        pair = json.loads(line)
    except ValueError:
        raise PairError("not JSON") from None
    if not isinstance(pair, dict):
        raise PairError("not a JSON object")
    if pair.get("kind") not in KINDS:
        raise PairError(f'"kind" must be one of {", ".join(KINDS)}')
    for key in ("article", "translation") if pair["kind"] == "summary_id" else ("source", "translation"):
        if not isinstance(pair.get(key), str):
            raise PairError(f'"{key}" must be a string')
    if not isinstance(pair.get("article", ""), str):
        raise PairError('"article" must be a string')
    return pair


def problems(pair: dict[str, Any]) -> list[str]:
    """What a build would object to in this translation: its kind's check, then every meaning finding."""
    kind = pair["kind"]
    if kind == "summary_id":
        return summary_problems(pair["translation"], pair["article"])
    source, english, article = pair["source"], pair["translation"], pair.get("article", "")
    if kind == "summary":
        first = checks.check_summary(english, "en", article, source)
    elif kind == "headline":
        first = checks.check_headline(english, source, article)
    elif kind == "quote":
        first = checks.check_translation(english, source, 1, article)
    else:
        first = checks.check_role(english, source)
    found = [describe(first.code, first.params)] if first else []
    for finding in meaning.check(source, english, figures=not article or kind in ("quote", "role")):
        if not first or finding.code != first.code:
            found.append(describe(finding.code, finding.params))
    return found


def summary_problems(summary: str, article: str) -> list[str]:
    """A build's objection to an Indonesian summary, then every other sentence the article does not support."""
    first = checks.check_summary_id(summary, article)
    found = [describe(first.code, first.params)] if first else []
    for finding in support.unsupported(summary, article):
        if not first or finding.sentence != first.params.get("sentence"):
            found.append(describe(finding.code, {"sentence": finding.sentence, "words": list(finding.words)}))
    return found


def check_lines(lines: list[str]) -> Iterator[tuple[int, dict[str, Any] | str]]:
    """(line number, answer) for each non-empty line; the answer is an error text for a bad line."""
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            pair = parse_pair(line)
        except PairError as exc:
            yield number, str(exc)
            continue
        found = problems(pair)
        yield number, {"id": pair.get("id"), "flagged": bool(found), "problems": found}
