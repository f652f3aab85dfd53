"""Renderings for the English edition that a rule gets right and a small model does not.

- Dates: Indonesian news writes "Kamis (2/12)" (day/month); English reads
  "Thursday (2 December)". Indonesian weekday names left in English text become English.
- Roles: "Menlu AS" is "U.S. Secretary of State" and "Menlu Rusia" "Russian Foreign
  Minister". ROLES is a table of offices and COUNTRIES of places, both for readers to
  extend; a role is rendered only when every word of it is known, and otherwise left
  to the model (`role_en` stays empty until it answers).
"""

from __future__ import annotations

import re

from sitegen.i18n import format_month, weekday_names

_ID_WEEKDAYS = {**dict(zip(weekday_names("id"), weekday_names("en"))), "Jum'at": "Friday"}
_WEEKDAY = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|" + "|".join(map(re.escape, _ID_WEEKDAYS))
# 'Kamis (2/12)', 'Thursday (2/12/2021)', 'on Thursday, 2/12'
_DATED = re.compile(rf"\b(?P<day>{_WEEKDAY})(?P<sep>\s*\(|,\s*)(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})(?:/(?P<y>\d{{2,4}}))?")
_ID_WEEKDAY = re.compile(r"\b(Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu)\b|\bMinggu\b(?=\s*[(,])")


def english_dates(text: str) -> str:
    """'Kamis (2/12)' -> 'Thursday (2 December)'; an impossible date is left as written."""

    def dated(match: re.Match[str]) -> str:
        day, month = int(match.group("d")), int(match.group("m"))
        if not (1 <= day <= 31 and 1 <= month <= 12):
            return match.group(0)
        year = match.group("y")
        when = f"{day} {format_month(month, 'en')}" + (f" {_full_year(year)}" if year else "")
        weekday = _ID_WEEKDAYS.get(match.group("day"), match.group("day"))
        return f"{weekday}{match.group('sep')}{when}"

    text = _DATED.sub(dated, text)
    return _ID_WEEKDAY.sub(lambda m: _ID_WEEKDAYS[m.group(0)], text)


def _full_year(year: str) -> str:
    return year if len(year) == 4 else f"20{year}"


# Offices, in the words Indonesian news uses for them. Longer forms are matched first.
ROLES = {
    "presiden": "President",
    "wakil presiden": "Vice President",
    "wapres": "Vice President",
    "perdana menteri": "Prime Minister",
    "pm": "Prime Minister",
    "menteri luar negeri": "Foreign Minister",
    "menlu": "Foreign Minister",
    "menteri pertahanan": "Defence Minister",
    "menhan": "Defence Minister",
    "menteri keuangan": "Finance Minister",
    "menkeu": "Finance Minister",
    "menteri dalam negeri": "Home Affairs Minister",
    "mendagri": "Home Affairs Minister",
    "menteri": "Minister",
    "duta besar": "Ambassador",
    "dubes": "Ambassador",
    "juru bicara": "spokesperson",
    "jubir": "spokesperson",
    "gubernur": "Governor",
    "wakil gubernur": "Deputy Governor",
    "bupati": "Regent",
    "wali kota": "Mayor",
    "walikota": "Mayor",
    "ketua": "Chair",
    "ketua umum": "Chair",
    "wakil ketua": "Deputy Chair",
    "direktur": "Director",
    "direktur utama": "President Director",
    "dirut": "President Director",
    "kepala": "Head",
    "sekretaris jenderal": "Secretary-General",
    "sekjen": "Secretary-General",
    "kapolri": "National Police Chief",
    "kapolda": "Regional Police Chief",
    "kapolres": "District Police Chief",
    "panglima tni": "Armed Forces Commander",
    "pelatih": "coach",
    "kapten": "captain",
    "manajer": "manager",
    "pemain": "player",
    "pengamat": "analyst",
    "ekonom": "economist",
    "peneliti": "researcher",
    "pakar": "expert",
    "dosen": "lecturer",
    "rektor": "Rector",
    "anggota": "member",
    "raja": "King",
    "ratu": "Queen",
    "paus": "Pope",
    "kardinal": "Cardinal",
    "uskup": "Bishop",
    "uskup agung": "Archbishop",
    "pangeran": "Prince",
    "mantan": "former",
    "wakil": "Deputy",
}
# Places as a role names them, and the adjective an English role puts before the office.
COUNTRIES = {
    "as": "U.S.",
    "amerika serikat": "U.S.",
    "amerika": "U.S.",
    "rusia": "Russian",
    "ukraina": "Ukrainian",
    "china": "Chinese",
    "tiongkok": "Chinese",
    "jepang": "Japanese",
    "inggris": "British",
    "prancis": "French",
    "perancis": "French",
    "jerman": "German",
    "indonesia": "Indonesian",
    "ri": "Indonesian",
    "malaysia": "Malaysian",
    "singapura": "Singaporean",
    "australia": "Australian",
    "korea selatan": "South Korean",
    "korea utara": "North Korean",
    "arab saudi": "Saudi",
    "turki": "Turkish",
    "iran": "Iranian",
    "israel": "Israeli",
    "palestina": "Palestinian",
    "swedia": "Swedish",
    "eropa": "European",
    "uni eropa": "EU",
    "nato": "NATO",
    "pbb": "UN",
}
# Whole roles whose English is not the sum of their parts.
SPECIAL = {"menlu as": "U.S. Secretary of State", "menteri luar negeri as": "U.S. Secretary of State"}


def _longest(words: list[str], table: dict[str, str]) -> tuple[str, int]:
    """The longest entry of `table` that `words` begin with, and how many words it spans."""
    for size in range(min(4, len(words)), 0, -1):
        phrase = " ".join(words[:size])
        if phrase in table:
            return table[phrase], size
    return "", 0


def role_en(role: str) -> str:
    """The English of an Indonesian role from the tables, or '' when a word of it is unknown.

    'Menlu Rusia' -> 'Russian Foreign Minister'; 'mantan Presiden AS' -> 'former U.S. President';
    'Pelatih Madrid' -> '' (Madrid is not in COUNTRIES: the model renders it).
    """
    words = role.lower().replace(",", " ").split()
    if not words:
        return ""
    whole = " ".join(words)
    if whole in SPECIAL:
        return SPECIAL[whole]
    prefix = ""
    if words[0] == "mantan":
        prefix, words = "former ", words[1:]
    office, size = _longest(words, ROLES)
    if not size:
        return ""
    rest = words[size:]
    if not rest:
        return prefix + office
    if " ".join(rest) in SPECIAL or " ".join(words) in SPECIAL:
        return prefix + SPECIAL[" ".join(words)]
    place, used = _longest(rest, COUNTRIES)
    if used != len(rest):
        return ""
    return f"{prefix}{place} {office}"
