"""Names in an English summary must come from the article.

An English summary may use English names for what the article names in Indonesian
("Geneva" for "Jenewa"), and titles and calendar words that are not names at all.
Anything else capitalised (a person, an organisation, a place) must appear in the article.
The first word of a sentence is not checked: English capitalises it anyway.
"""

from __future__ import annotations

import re

# English name -> the Indonesian forms an article may use.
EXONYMS = {
    "united states": ("amerika serikat", "as", "amerika"), "united nations": ("pbb", "perserikatan"), "us": ("amerika serikat", "as"),
    "u.s.": ("amerika serikat", "as"), "america": ("amerika",), "american": ("amerika", "as"),
    "americans": ("amerika", "as"),
    "russia": ("rusia",), "russian": ("rusia",), "ukraine": ("ukraina",), "ukrainian": ("ukraina",),
    "sweden": ("swedia",), "geneva": ("jenewa",), "moscow": ("moskow", "moskwa"), "china": ("china", "tiongkok"),
    "chinese": ("china", "tiongkok"), "japan": ("jepang",), "japanese": ("jepang",),
    "britain": ("inggris",), "british": ("inggris",), "uk": ("inggris",), "england": ("inggris",),
    "english": ("inggris",), "france": ("prancis", "perancis"), "french": ("prancis", "perancis"),
    "germany": ("jerman",), "german": ("jerman",), "europe": ("eropa",), "european": ("eropa",),
    "netherlands": ("belanda",), "dutch": ("belanda",), "saudi": ("saudi",), "arabia": ("arab",),
    "south": ("selatan",), "north": ("utara",), "east": ("timur",), "west": ("barat",), "central": ("tengah",),
    "korea": ("korea",), "singapore": ("singapura",), "philippines": ("filipina",), "egypt": ("mesir",),
    "turkey": ("turki",), "iraq": ("irak",), "syria": ("suriah",), "palestine": ("palestina",),
    "palestinian": ("palestina",), "crimea": ("krimea",), "un": ("pbb",), "nations": ("pbb",),
    "java": ("jawa",), "sumatra": ("sumatera",), "indonesian": ("indonesia",), "indonesians": ("indonesia",),
    "soviet": ("soviet",), "union": ("uni",), "ramadan": ("ramadhan", "ramadan"), "eid": ("idul", "lebaran"),
    "christmas": ("natal",), "christian": ("kristen",), "catholic": ("katolik",), "islamic": ("islam",),
    "muslim": ("muslim", "islam"), "muslims": ("muslim", "islam"),
}
# Capitalised in English, but not names.
NOT_NAMES = frozenset("""
    i the a an in on at of for to and but or as by with from this that these those it its he she they
    his her their we our you your there here after before during while when since if although however
    meanwhile according also both all some many most one two three four five six seven eight nine ten
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december president minister foreign secretary state governor mayor
    regent chairman chairwoman director chief general police commission house representatives parliament
    court supreme ministry department agency government party republic democratic national regional
    province regency city district village head deputy vice prime foreign affairs defense defence finance
    ceo coach team club league cup world olympics games god allah prophet mr mrs ms dr prof
""".split())
_WORD = re.compile(r"\b[A-Z][\w'’.-]*[\w]|\b[A-Z]\b")


def unsupported_names(summary: str, article: str) -> list[str]:
    """Capitalised words of `summary` that are neither in `article` nor explained by a table."""
    text = article.lower()
    for phrase, forms in EXONYMS.items():  # 'United States' as one name
        if " " in phrase and any(re.search(rf"(?<!\w){re.escape(f)}(?!\w)", text) for f in forms):
            summary = re.sub(rf"\b{re.escape(phrase)}\b", " ", summary, flags=re.IGNORECASE)
    missing: list[str] = []
    for match in _WORD.finditer(summary):
        word = match.group(0)
        if re.search(r"(?:^|[.!?:][\"”’)]*\s+)[\"“(]*$", summary[: match.start()]):
            continue  # any sentence starts with a capital: 'More than 200 …'; a name there is unchecked
        low = word.lower().rstrip(".")
        if low in NOT_NAMES or word in missing:
            continue
        stem = re.sub(r"(?:'s|’s|s)$", "", low)
        forms = (low, stem, *EXONYMS.get(low, ()), *EXONYMS.get(stem, ()))
        if not any(re.search(rf"(?<!\w){re.escape(form)}(?!\w)", text) for form in forms if form):
            missing.append(word)
    return missing
