"""Indonesian speech verbs, made from their roots by the language's own affix rules.

News text attributes a quotation with a verb of saying in one of a few shapes: the bare
root after the quote ('"…," kata Budi', '"…," timpal Siti'), the root with -nya for a
speaker named before ('"…," selorohnya'), and the meN- verb before the quote ('Budi
mengatakan, "…"', 'Siti menyahut: "…"'). Rather than listing every form, this module
lists roots and derives the forms: meN- with its nasal assimilation (kata → mengatakan,
tutur → menuturkan, papar → memaparkan, sebut → menyebut, jelas → menjelaskan), the
suffixes -kan and -i, and ber- (ujar → berujar).
"""

from __future__ import annotations

import re

# Roots of verbs of saying, writing and answering. Extend this table, not the regexes.
ROOTS = frozenset(
    """
    kata ujar ucap tutur ungkap jelas tegas tambah imbuh sebut lanjut pungkas papar terang tulis
    jawab seru timpal tanya cuit sambung tutup ajak bilang kilah tandas beber urai sahut tukas
    kenang pinta seloroh celetuk keluh aku akui klaim kisah cerita saran imbau ingat singgung
    sindir bisik teriak tuding tuduh sanggah bantah tepis tampik janji umum nyata sampai tanggap
    komentar jabar rinci tegur pesan ulang kutip nilai harap respons unggah balas bunyi cetus tekan sorak pekik
    hardik bentak sergah desak canda kelakar gurau ledek
    """.split()
)
# Roots whose bare form is too common a word to mark an attribution on its own ('sampai',
# 'umum', 'nyata', 'aku' …): they count only in their derived forms.
_NOT_BARE = frozenset(
    "aku akui sampai umum nyata janji ingat pesan ulang kutip tanggap komentar jabar rinci nilai respons".split()
)
# Of those, the roots that are a verb of saying bare right after a closing mark and before a name: '"…," pesan
# Khofifah', '"…," janji Anies', '"…," nilai Bhima'. Not inside a quotation, where 'janji Presiden' is a noun's.
_BARE_AFTER_A_QUOTE = frozenset("pesan janji nilai aku rinci".split())
# Roots said bare only: a news agency's 'lapor Reuters'; 'melaporkan' is mostly filing a report with the police.
_BARE_ONLY = frozenset({"lapor"})
# The roots used bare ('kata', 'tutur'): also a sentence's first word before a name ('Kata Indro, ia …').
BARE_ROOTS = (ROOTS - _NOT_BARE) | _BARE_ONLY
# Roots whose meN- form with no suffix is no verb of saying: 'menekan biaya' (but 'menekankan'), 'menambah
# anggaran' (but 'menambahkan'), 'menutup jalan', 'mengingat waktu', 'menyambung kabel', 'memesan tiket'.
_MEN_ONLY_WITH_A_SUFFIX = frozenset("tekan tambah tutup ingat sambung pesan ulang".split())
# Roots said with ber-: 'berujar', 'berkelakar'.
_BER = "kata ujar tanya pesan kisah cerita teriak bisik harap sorak canda kelakar gurau".split()
ENGLISH = ("said", "says", "added", "told", "asked", "wrote", "tweeted")


def men(root: str) -> str:
    """The meN- form of `root`, with the nasal that its first sound takes."""
    first, second = root[0], root[1:2]
    if root[:2] in ("kl", "kr", "tr", "pr", "sk", "st"):  # clusters of loanwords keep their sound
        return ("meng" if first == "k" else "men" if first in "ts" else "mem") + root
    if first in "aiueo" or first in "gh":
        return "meng" + root
    if first == "k":
        return "meng" + root[1:]
    if first == "t":
        return "men" + root[1:]
    if first == "p":
        return "mem" + root[1:]
    if first == "s" and second in "aiueo":
        return "meny" + root[1:]
    if first in "bfv":
        return "mem" + root
    if first in "cdjz" or first == "s":
        return "men" + root
    return "me" + root  # l, m, n, r, w, y, ny


def _takes(root: str, suffix: str) -> bool:
    """Does `root` take `suffix`? Not -i after an i ('akui'); -kan after kan, yes ('tekan' -> 'menekankan')."""
    return not (suffix == "i" and root.endswith("i"))


def after_forms() -> list[str]:
    """Forms that follow a closing quotation mark: 'kata', 'ujarnya' (with -nya added by the caller)."""
    bare = sorted(BARE_ROOTS)
    derived = sorted({men(root) + suffix for root in ROOTS for suffix in ("kan", "i") if _takes(root, suffix)})
    return [*bare, *derived, "katakan", *ENGLISH]


def before_forms() -> list[str]:
    """Forms that a speaker uses before an opening mark: 'mengatakan', 'berujar', 'menyebutkan'."""
    forms = {men(root) + suffix for root in ROOTS for suffix in ("", "kan", "i") if _takes(root, suffix)}
    forms -= {men(root) for root in _MEN_ONLY_WITH_A_SUFFIX}
    forms |= {"ber" + root for root in _BER}
    forms |= {"memberikan komentar", "memberikan komentarnya", "memberikan pernyataan", "merespon"}
    return sorted(forms) + list(ENGLISH)


def passive_forms() -> list[str]:
    """The di- forms, whose agent follows 'oleh': 'diungkapkan oleh X', 'disampaikan oleh X'.
    Not 'dikutip': a paper quoting someone does not speak."""
    return sorted(
        {"di" + root + suffix for root in ROOTS - {"kutip"} for suffix in ("kan", "i") if _takes(root, suffix)}
    )


def alternation(forms: list[str]) -> str:
    """A regex alternation of `forms`, longest first so that 'menyebutkan' wins over 'menyebut'."""
    return "|".join(re.escape(form).replace(r"\ ", r"\s+") for form in sorted(forms, key=lambda f: (-len(f), f)))


VERBS_AFTER = alternation(after_forms())
VERBS_AFTER_A_QUOTE = rf"{VERBS_AFTER}|(?:{alternation(sorted(_BARE_AFTER_A_QUOTE))})(?=[ \t]+(?-i:[A-Z]))"
VERBS_BEFORE = alternation(before_forms())
VERBS_PASSIVE = alternation(passive_forms())
