"""Does the article say what each sentence of an Indonesian summary says?

The summary prompt asks for the article's own wording, so a faithful sentence has a close
source. Each summary sentence is aligned with the one article sentence, or the two, that
hold most of its content words (roots by Sastrawi, sitegen.lexicon; numbers as written).
Then what can turn a sentence around while reusing the article's words is compared
between the two:

- **unsupported_sentence**: too few of its words come from any one or two article sentences;
- **negation_changed**: "tidak / belum / bukan / tanpa / gagal" added, or dropped before a
  word the summary keeps;
- **direction_changed**: "naik" where the source has only "turun", "menang" for "kalah" or
  "imbang", and so on;
- **modality_changed**: a plan ("akan", "bakal") the source states as done or ongoing, a
  done deed ("telah", "berhasil") the source gives as a plan, a success it does not report;
- **voice_changed**: the same subject doing what the source has done to it ("pemerintah
  diminta" → "pemerintah meminta"), or the other way round;
- **attribution_lost**: the source gives a claim as someone's ("menurut …", "diduga",
  "seolah-olah", an indictment) and the summary states it as fact;
- **unsupported_sentence** too when it gives a figure its source does not ("Liga 2" for "Liga 1");
- **actor_changed**: the source's relation word before a name dropped, so that what happened
  to someone's father, wife or lawyer happens to the named person ("ayah Sule meninggal" →
  "Sule meninggal").

A summary must also be well formed (`form_problem`): it starts with a capital letter or a
digit, does not open mid-clause (", yang …") or with talk about the task ("Berikut adalah
…"), is not a list, and ends its last sentence.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass

from sitegen import checks, lexicon

SUPPORTED_SHARE = 0.6  # of a sentence's content words, found in its one or two source sentences
PAIR_GAIN = 2  # a second source sentence must add at least this many of the summary's words

NEGATORS = frozenset("tidak tak bukan belum tanpa gagal enggan jangan tiada nggak batal".split())
DIRECTIONS = {
    "up": frozenset("naik meningkat menguat bertambah melonjak tumbuh kenaikan peningkatan menaikkan".split()),
    "down": frozenset("turun menurun melemah berkurang anjlok merosot penurunan menurunkan".split()),
    "win": frozenset("menang memenangi memenangkan mengalahkan unggul menjuarai juara".split()),
    "lose": frozenset("kalah dikalahkan takluk tumbang".split()),
    "draw": frozenset("imbang seri".split()),
}
RIVALS = {"up": ("down",), "down": ("up",), "win": ("lose", "draw"), "lose": ("win", "draw"), "draw": ("win", "lose")}
FUTURE = frozenset("akan bakal hendak berencana rencana rencananya nantinya mendatang".split())
DONE = frozenset("telah sudah pernah sempat berhasil".split())
SUCCESS = frozenset("berhasil sukses".split())
HEDGES = frozenset(
    """menurut menurutnya diduga dugaan diyakini diperkirakan dikabarkan kabarnya seolah seolah-olah rumor isu
    kemungkinan mungkin dakwaan didakwa dituduh diklaim klaim disebut disebut-sebut""".split()
)
# A sentence that keeps any of these still says whose claim it is (the hedges themselves included).
SAYING = HEDGES | frozenset(
    """kata katanya ujar ujarnya mengatakan menilai menyebut menyebutkan mengaku mengungkapkan ungkap tutur
    menuturkan jelas menjelaskan tegas menegaskan mengklaim berharap harap yakin meyakini optimistis
    memperkirakan""".split()
)
RELATIONS = frozenset(
    "ayah ibu istri suami anak adik kakak putra putri ayahanda ibunda mantan manajer pengacara kuasa keluarga".split()
)
PLANNED_ONCE = frozenset("semula awalnya sebelumnya rencananya".split())  # a plan since changed
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_ACTIVE = re.compile(r"^me(?:ng|ny|m|n)?")
_TASK_OPENING = re.compile(r"^(?:tentu(?: saja)?|baik|berikut(?: ini)?(?: adalah)?|ringkasan)\b", re.I)
_LIST_ITEM = re.compile(r"(?<!\S)[1-9]\.(?=\s)")  # a list's item number; years and "2,5." are not
_CUT_ITEM = re.compile(r"(?:^|[.!?:]\s+)[1-9]\.$")  # "… pekan ini. 3." but not "… di Liga 2."


@dataclass(frozen=True)
class Finding:
    """A summary sentence the article may not support: why, and which words."""

    code: str
    sentence: str
    source: str = ""  # the article sentence(s) it was aligned with
    words: tuple[str, ...] = ()


def form_problem(summary: str) -> Finding | None:
    """Why `summary` is not a well-formed paragraph of complete sentences, or None."""
    text = summary.strip().lstrip("\"“'‘(")
    if not text:
        return None
    if not (text[0].isupper() or text[0].isdigit()) or text[0] in ",;:-–":
        return Finding("fragment", summary, words=(text.split()[0],))
    if _TASK_OPENING.match(text):
        return Finding("fragment", summary, words=(text.split(",")[0].split(":")[0],))
    if len(_LIST_ITEM.findall(f" {text} ")) >= 2 or _LIST_ITEM.match(text):  # "1. … 2. …" or "1. …": a list
        return Finding("fragment", summary, words=("1.",))
    last = text.rstrip("\"”'’) ")
    if last[-1:] not in {".", "!", "?"} or _CUT_ITEM.search(last):  # cut off, or a bare "3."
        return Finding("fragment", summary, words=(last.split()[-1],))
    return None


def unsupported(summary: str, article: str) -> list[Finding]:
    """The sentences of `summary` that the article does not support, each with its first reason."""
    source = _Article.of(article)
    findings = []
    for sentence in checks.sentences(summary):
        found = _check_sentence(sentence, source)
        if found:
            findings.append(found)
    return findings


def supported_part(summary: str, article: str) -> str:
    """`summary` without the sentences the article does not support and without a cut-off last
    sentence; "" when its opening sentence is doubted (the rest would lose who and what: "Keduanya
    diamankan …") or fewer than checks.MIN_SENTENCES would be left. Then it is flagged instead."""
    doubted = {finding.sentence for finding in unsupported(summary, article)}
    written = checks.sentences(summary)
    if not written or written[0] in doubted:
        return ""
    kept = [s for s in written if s not in doubted]
    if kept and form_problem(kept[-1]):
        kept.pop()
    trimmed = " ".join(kept)
    if len(kept) < checks.MIN_SENTENCES or form_problem(trimmed):
        return ""
    return trimmed


class _Article:
    """An article as sentences, each with the roots of its content words."""

    def __init__(self, text: str):
        self.sentences = [s for paragraph in text.split("\n\n") for s in checks.sentences(paragraph.strip()) if s]
        self.roots = [_roots(s) for s in self.sentences]

    @classmethod
    @functools.lru_cache(maxsize=8)
    def of(cls, text: str) -> _Article:
        return cls(text)

    def align(self, roots: set[str]) -> tuple[list[int], set[str]]:
        """The one or two sentences holding most of `roots`, and the roots they hold."""
        if not self.sentences:
            return [], set()
        cover = [roots & r for r in self.roots]
        best = max(range(len(cover)), key=lambda i: (len(cover[i]), -i))
        chosen, held = [best], cover[best]
        for i, j in itertools.combinations(range(len(cover)), 2):
            both = cover[i] | cover[j]
            if len(both) >= len(held) + PAIR_GAIN and min(len(cover[i] - cover[j]), len(cover[j] - cover[i])) >= 1:
                chosen, held = [i, j], both
        return chosen, held


def _check_sentence(sentence: str, article: _Article) -> Finding | None:
    roots = _roots(sentence)
    if not roots:
        return None
    chosen, held = article.align(roots)
    source = " ".join(article.sentences[i] for i in chosen)
    missing = sorted(roots - held)
    if len(held) < SUPPORTED_SHARE * len(roots):
        return Finding("unsupported_sentence", sentence, source, tuple(missing))
    said, original = _lower_words(sentence), _lower_words(source)
    for check in (_negation, _direction, _modality, _voice, _attribution):
        found = check(said, original)
        if found:
            code, words = found
            return Finding(code, sentence, source, tuple(words))
    figures = sorted(n for n in roots - held if _NUMBER.fullmatch(n))
    if figures:  # a figure from another part of the article (or none): '2' of 'Liga 2' for 'Liga 1'
        return Finding("unsupported_sentence", sentence, source, tuple(figures))
    relation = _relation_dropped(sentence, source)
    if relation:
        return Finding("actor_changed", sentence, source, relation)
    return None


def _relation_dropped(sentence: str, source: str) -> tuple[str, ...]:
    """'ayah Sule meninggal' → 'Sule meninggal': the source's relation word before a name the sentence keeps."""
    said = {lexicon.stem(w) for w in lexicon.words(sentence)}
    words = lexicon.words(source)
    for i, word in enumerate(words):
        if lexicon.stem(word) not in RELATIONS:
            continue
        for name in words[i + 1 : i + 4]:
            if name[0].isupper() and name in sentence and lexicon.stem(word) not in said:
                return (f"{word} {name}",)
    return ()


def _negation(said: list[str], original: list[str]) -> tuple[str, list[str]] | None:
    added = [w for w in said if w in NEGATORS and w not in original]
    if added and not any(w in NEGATORS for w in original):
        return "negation_changed", added
    kept = set(said)
    for negator, word in itertools.pairwise(original):
        if negator in NEGATORS and word in kept and negator not in kept and not NEGATORS & kept:
            return "negation_changed", [f"{negator} {word}"]
    return None


def _direction(said: list[str], original: list[str]) -> tuple[str, list[str]] | None:
    for name, members in DIRECTIONS.items():
        used = [w for w in said if w in members]
        if used and not members & set(original):
            rivals = [w for other in RIVALS[name] for w in original if w in DIRECTIONS[other]]
            if rivals:
                return "direction_changed", [*used, *rivals]
    return None


def _modality(said: list[str], original: list[str]) -> tuple[str, list[str]] | None:
    have, had = set(said), set(original)
    if have & FUTURE and not had & FUTURE and had & DONE:
        return "modality_changed", sorted(have & FUTURE)
    if have & DONE and not had & DONE and had & FUTURE:
        return "modality_changed", sorted(have & DONE)
    if had & PLANNED_ONCE and have & FUTURE and not have & PLANNED_ONCE:  # 'semula akan …' → 'akan …'
        return "modality_changed", sorted(had & PLANNED_ONCE)
    if have & SUCCESS and not had & SUCCESS:
        return "modality_changed", sorted(have & SUCCESS)
    return None


def _voice(said: list[str], original: list[str]) -> tuple[str, list[str]] | None:
    """The same word before a verb whose voice changed: 'pemerintah diminta' → 'pemerintah meminta'."""
    before = {(a, _voice_of(b), lexicon.stem(b)) for a, b in itertools.pairwise(original) if _voice_of(b)}
    for subject, verb in itertools.pairwise(said):
        voice = _voice_of(verb)
        if not voice or not lexicon.is_content_word(subject) or subject in FUTURE | DONE | NEGATORS:
            continue
        root = lexicon.stem(verb)
        if (subject, voice, root) not in before and any(s == subject and r == root for s, _, r in before):
            return "voice_changed", [f"{subject} {verb}"]
    return None


def _voice_of(word: str) -> str:
    if len(word) < 5 or lexicon.stem(word) == word:
        return ""
    if word.startswith("di"):
        return "passive"
    return "active" if _ACTIVE.match(word) else ""


def _attribution(said: list[str], original: list[str]) -> tuple[str, list[str]] | None:
    hedges = [w for w in original if w in HEDGES]
    if hedges and not SAYING & set(said):
        return "attribution_lost", hedges[:2]
    return None


def _roots(text: str) -> set[str]:
    found = {lexicon.stem(w) for w in lexicon.words(text) if lexicon.is_content_word(w)}
    return found | {n.replace(",", ".") for n in _NUMBER.findall(text)}


def _lower_words(text: str) -> list[str]:
    return [w.lower() for w in lexicon.words(text)]
