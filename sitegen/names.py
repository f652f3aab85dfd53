"""Names in an English summary must come from the article, and be English.

An English summary may use English names for what the article names in Indonesian
("Geneva" for "Jenewa"), and titles and calendar words that are not names at all.
Anything else capitalised (a person, an organisation, a place) must appear in the article.
The first word of a sentence is not checked: English capitalises it anyway.
"""

from __future__ import annotations

import re

# English name -> the Indonesian forms an article may use.
EXONYMS = {
    "united states": ("amerika serikat", "as", "amerika"),
    "united nations": ("pbb", "perserikatan"),
    "us": ("amerika serikat", "as"),
    "u.s": ("amerika serikat", "as"),
    "u.n": ("pbb",),
    "america": ("amerika",),
    "american": ("amerika", "as"),
    "americans": ("amerika", "as"),
    "russia": ("rusia",),
    "russian": ("rusia",),
    "ukraine": ("ukraina",),
    "ukrainian": ("ukraina",),
    "sweden": ("swedia",),
    "geneva": ("jenewa",),
    "moscow": ("moskow", "moskwa"),
    "china": ("china", "tiongkok"),
    "chinese": ("china", "tiongkok"),
    "japan": ("jepang",),
    "japanese": ("jepang",),
    "britain": ("inggris",),
    "british": ("inggris",),
    "uk": ("inggris",),
    "england": ("inggris",),
    "english": ("inggris",),
    "france": ("prancis", "perancis"),
    "french": ("prancis", "perancis"),
    "germany": ("jerman",),
    "german": ("jerman",),
    "europe": ("eropa",),
    "european": ("eropa",),
    "netherlands": ("belanda",),
    "dutch": ("belanda",),
    "saudi": ("saudi",),
    "arabia": ("arab",),
    "south": ("selatan",),
    "north": ("utara",),
    "east": ("timur",),
    "west": ("barat",),
    "central": ("tengah",),
    "korea": ("korea",),
    "singapore": ("singapura",),
    "philippines": ("filipina",),
    "egypt": ("mesir",),
    "turkey": ("turki",),
    "iraq": ("irak",),
    "syria": ("suriah",),
    "palestine": ("palestina",),
    "palestinian": ("palestina",),
    "crimea": ("krimea",),
    "un": ("pbb",),
    "nations": ("pbb",),
    "java": ("jawa",),
    "sumatra": ("sumatera",),
    "indonesian": ("indonesia",),
    "indonesians": ("indonesia",),
    "soviet": ("soviet",),
    "union": ("uni",),
    "ramadan": ("ramadhan", "ramadan"),
    "eid": ("idul", "lebaran"),
    "christmas": ("natal",),
    "christian": ("kristen",),
    "catholic": ("katolik",),
    "islamic": ("islam",),
    "muslim": ("muslim", "islam"),
    "muslims": ("muslim", "islam"),
    "canada": ("kanada",),
    "canadian": ("kanada",),
    "spain": ("spanyol",),
    "spanish": ("spanyol",),
    "italy": ("italia",),
    "brazil": ("brasil", "brazil"),
    "greece": ("yunani",),
    "greek": ("yunani",),
    "mexico": ("meksiko",),
    "norway": ("norwegia",),
    "thai": ("thailand",),
    "indian": ("india", "hindia"),
    "pacific": ("pasifik",),
    "atlantic": ("atlantik",),
    "southeast": ("tenggara",),
    "northeast": ("timur laut",),
    "southwest": ("barat daya",),
    "northwest": ("barat laut",),
    "middle": ("tengah",),
    "open": ("terbuka",),
    "new zealand": ("selandia baru",),
    "south africa": ("afrika selatan",),
    "middle east": ("timur tengah",),
}
# Capitalised in English, but not names.
NOT_NAMES = frozenset(
    """
    i the a an in on at of for to and but or as by with from this that these those it its he she they
    his her their we our you your there here after before during while when since if although however
    meanwhile according also both all some many most one two three four five six seven eight nine ten
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december president minister foreign secretary state governor mayor
    regent chairman chairwoman director chief general police commission house representatives parliament
    court supreme ministry department agency government party republic democratic national regional
    province regency city district village head deputy vice prime foreign affairs defense defence finance
    ceo coach team club league cup world olympics games god allah prophet mr mrs ms dr prof
    health education justice religious social trade industry energy transportation agriculture
    hospital university school institute council assembly office bureau army navy force military
    stadium airport island islands ocean sea river mount mountain lake bay strait street road
    am pm a.m p.m king queen prince princess sultan earth
""".split()
)
# English demonyms that drop a suffix of the place the article names: Korean -> Korea,
# Brazilian -> Brazil (-> Brasil), Japanese -> Japan (-> Jepang).
DEMONYM_SUFFIXES = (("an", "a"), ("ian", ""), ("ese", ""))
# Indonesian names the model copies into English text, and their English names. Only
# forms that are never English, matched case-sensitively ('AS' but not 'as').
ENGLISH_NAMES = {
    "Amerika Serikat": "the United States",
    "AS": "the US",
    "Rusia": "Russia",
    "Ukraina": "Ukraine",
    "Jenewa": "Geneva",
    "Swedia": "Sweden",
    "Moskow": "Moscow",
    "Moskwa": "Moscow",
    "Tiongkok": "China",
    "Jepang": "Japan",
    "Prancis": "France",
    "Perancis": "France",
    "Jerman": "Germany",
    "Eropa": "Europe",
    "Belanda": "the Netherlands",
    "Singapura": "Singapore",
    "Filipina": "the Philippines",
    "Mesir": "Egypt",
    "Turki": "Turkey",
    "Irak": "Iraq",
    "Suriah": "Syria",
    "Palestina": "Palestine",
    "Krimea": "Crimea",
    "PBB": "the UN",
    "Uni Eropa": "the European Union",
    "Korea Selatan": "South Korea",
    "Korea Utara": "North Korea",
    "Arab Saudi": "Saudi Arabia",
    "Selandia Baru": "New Zealand",
    "Afrika Selatan": "South Africa",
    "Sumatera": "Sumatra",
}
# Indonesian names with more than one English name: only the model can choose, so they are checked.
AMBIGUOUS_NAMES = {"Inggris": "Britain, England or English"}


def _alternation(names) -> str:
    return "|".join(sorted(map(re.escape, names), key=len, reverse=True))


_INDONESIAN_NAME = re.compile(rf"(?<![\w-])(?:(?P<the>[Tt]he) )?(?P<name>{_alternation(ENGLISH_NAMES)})(?![\w-])")
_AMBIGUOUS_NAME = re.compile(rf"(?<![\w-])({_alternation(AMBIGUOUS_NAMES)})(?![\w-])")
_SENTENCE_START = re.compile(r"(?:^|[.!?][\"”’)]*\s+)[\"“(]*$")
_SPACED_INITIALS = re.compile(r"\b([A-Z])\. (?=[A-Z]\.)")


def english_names(summary: str) -> str:
    """The English summary with the Indonesian names of ENGLISH_NAMES replaced by their English ones,
    and spaced initials closed up ('U. S.' -> 'U.S.')."""
    summary = _SPACED_INITIALS.sub(r"\1.", summary)

    def replace(match: re.Match) -> str:
        english = ENGLISH_NAMES[match.group("name")]
        if match.group("the"):  # 'the AS' -> 'the US', keeping the model's own 'the'
            return f"{match.group('the')} {english.removeprefix('the ')}"
        at_start = _SENTENCE_START.search(summary[: match.start()]) is not None
        return english[0].upper() + english[1:] if at_start else english

    return _INDONESIAN_NAME.sub(replace, summary)


def ambiguous_names(summary: str) -> list[str]:
    """'Inggris (write Britain, England or English)' for each AMBIGUOUS_NAMES name in an English summary."""
    found = dict.fromkeys(match.group(1) for match in _AMBIGUOUS_NAME.finditer(summary))
    return [f"{name} (write {AMBIGUOUS_NAMES[name]})" for name in found]


_WORD = re.compile(r"\b[A-Z][\w'’.-]*[\w]|\b[A-Z]\b")


def unsupported_names(summary: str, article: str) -> list[str]:
    """Capitalised words of `summary` that are neither in `article` nor explained by a table."""
    text = re.sub(r"(?<=\w) - (?=\w)", "-", article.lower())  # 'Ji - hyun', as some sources space it
    for phrase, forms in EXONYMS.items():  # 'United States' as one name
        if " " in phrase and any(re.search(rf"(?<!\w){re.escape(f)}(?!\w)", text) for f in forms):
            summary = re.sub(rf"\b{re.escape(phrase)}\b", " ", summary, flags=re.IGNORECASE)
    summary = _SPACED_INITIALS.sub(r"\1.", summary)  # 'The U. S. Secretary' names the U.S.
    missing: list[str] = []
    for match in _WORD.finditer(summary):
        word = match.group(0)
        if re.search(r"(?:^|[.!?:][\"”’)]*\s+)[\"“(]*$", summary[: match.start()]):
            continue  # any sentence starts with a capital: 'More than 200 …'; a name there is unchecked
        low = word.lower().rstrip(".")
        stem = re.sub(r"(?:'s|’s|s)$", "", low)
        if low in NOT_NAMES or stem in NOT_NAMES or word in missing:
            continue
        if not any(re.search(rf"(?<!\w){re.escape(form)}(?!\w)", text) for form in _forms(low, stem)):
            missing.append(word)
    return missing


def _forms(word: str, stem: str) -> set[str]:
    """How an article may write `word` (or its `stem`, without a plural or possessive): itself,
    a demonym's place, and the Indonesian forms of each of these."""
    places = {stem.removesuffix(suffix) + ending for suffix, ending in DEMONYM_SUFFIXES if stem.endswith(suffix)}
    english = {word, stem} | {place for place in places if len(place) >= 4}  # not 'as' from 'Asian'
    return english.union(*(EXONYMS.get(form, ()) for form in english))


def dropped_names(title: str, english: str, article: str) -> list[str]:
    """Names of an Indonesian headline that its English rendering leaves out ('Blinken-Lavrov Bahas …'
    rendered 'Ukraine and Russia discuss …'). A word of the headline is a name when the article
    writes it only with a capital; an English name for it (ENGLISH_NAMES, EXONYMS) counts as kept."""
    rendered = english.lower()
    dropped: list[str] = []
    for word in re.findall(r"[A-Z][\w'’]+", title):
        low = word.lower()
        if re.search(rf"(?<![\w-]){re.escape(low)}(?![\w-])", article) or not re.search(rf"\b{word}\b", article):
            continue  # written in lower case somewhere (a common word), or not in the article at all
        forms = {low} | {e.lower().removeprefix("the ") for i, e in ENGLISH_NAMES.items() if low in i.lower().split()}
        forms |= {name for name, indonesian in EXONYMS.items() if any(low in form.split() for form in indonesian)}
        if not any(re.search(rf"(?<!\w){re.escape(form)}(?!\w)", rendered) for form in forms):
            dropped.append(word)
    return dropped
