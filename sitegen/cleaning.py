"""Remove the boilerplate that news sites and blogs wrap around an article.

The rules are one table. Each rule matches a whole paragraph (a line of the
body) and says what to do with it:

- DROP: the paragraph is boilerplate ("Baca Juga: …", "Editor: …", a photo credit);
- DROP_REST: the paragraph starts a footer; it and everything after it go ("Komentar");
- STRIP: the matched part is removed and the rest kept (a "SITE.COM - " banner);
- CREDIT: the paragraph is removed and its value kept as metadata ("Sumber: …").

Before the rules, text garbled by a wrong encoding (mojibake: UTF-8 read as cp1252, â€œ for “) is repaired with
`ftfy`, which changes nothing else.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass

import ftfy


class Action(enum.Enum):
    DROP = "drop"
    DROP_REST = "drop-rest"
    STRIP = "strip"
    CREDIT = "credit"


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    action: Action


def _rule(name: str, pattern: str, action: Action) -> Rule:
    return Rule(name, re.compile(pattern, re.IGNORECASE), action)


_SITE = r"[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|id|co\.id|tv|news)"

# A link to another article, bracketed or not: 'Baca juga: …', '[Baca juga: …]', '(Baca Juga: …)'.
_RELATED_LINK = r"^[\[(]?\s*(baca|simak|lihat|tonton)\s+(juga|pula)\b\s*:?.*$"

RULES: tuple[Rule, ...] = (
    _rule("related link", _RELATED_LINK, Action.DROP),
    _rule(
        "blog footer",
        r"^(komentar|postingan populer dari blog ini|tags?|terkini|terpopuler"
        r"|berita terkait|artikel terkait)\s*:?$",
        Action.DROP_REST,
    ),
    _rule("byline", r"^(editor|penulis|reporter|pewarta|penyunting|redaktur)\s*:.*$", Action.DROP),
    _rule("source credit", r"^sumber\s*:\s*(?P<value>.+)$", Action.CREDIT),
    _rule("site banner", rf"^{_SITE}\s+[-–—]\s+", Action.STRIP),
    _rule("timestamp", r"^\d{1,2}\s+\w+\s+\d{4},?\s+\d{1,2}[:.]\d{2}(\s+(wib|wita|wit))?$", Action.DROP),
    _rule("photo credit", r"^[^.!?]{1,200}\s/\s?" + _SITE + r"/?$", Action.DROP),
    _rule("photo label", r"^\(?(foto|photo|ilustrasi|dok\.?|antara foto|reuters|ap photo)\s*[:/]", Action.DROP),
    _rule("end mark", r"\s*\*{3,}\s*$", Action.STRIP),
    _rule("ad label", r"^(advertisement|iklan|scroll to (continue|resume)( with)? content|ads)$", Action.DROP),
)


@dataclass
class Cleaned:
    text: str
    credit: str = ""


def clean(body: str, rules: tuple[Rule, ...] = RULES) -> Cleaned:
    """Apply the rules to every paragraph of `body`; paragraphs are joined by one blank line."""
    kept: list[str] = []
    credit = ""
    for line in ftfy.fix_encoding(body).splitlines():
        para = _normalise_space(line)
        if not para:
            continue
        stop = False
        for rule in rules:
            match = rule.pattern.search(para)
            if not match:
                continue
            if rule.action is Action.STRIP:
                para = _normalise_space(para[: match.start()] + para[match.end() :])
                continue
            if rule.action is Action.CREDIT:
                credit = credit or match.group("value").strip()
            stop = rule.action is Action.DROP_REST
            para = ""
            break
        if stop:
            break
        if para:
            kept.append(para)
    return Cleaned("\n\n".join(kept), credit)


_RELATED_LINK_LINE = re.compile(_RELATED_LINK, re.IGNORECASE | re.MULTILINE)


def without_related_links(text: str) -> str:
    """`text` with each related-article link blanked ('[Baca juga: Perjanjian Paris Tak Akan Runtuh Tanpa Trump]',
    a headline whose capitals name no one); every other character keeps its place."""
    return _RELATED_LINK_LINE.sub(lambda match: " " * len(match.group(0)), text)


# Characters XML 1.0 forbids (C0 controls but tab and newlines, lone surrogates, U+FFFE/FFFF).
XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """`text` without the characters no XML (or HTML) document may contain."""
    return XML_FORBIDDEN.sub("", text)


def _normalise_space(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())
