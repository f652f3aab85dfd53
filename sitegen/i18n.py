"""Interface strings and dates in the two interface languages."""

from __future__ import annotations

import datetime as dt

from sitegen.flags import MEANING_CODES, SUPPORT_CODES, Flag
from sitegen.names import ENGLISH_NAMES

LANGUAGES = ("id", "en")
# Where each interface lives below the site root.
PREFIX = {"id": "", "en": "en/"}

_MONTHS = {
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember",
    "en": "January February March April May June July August September October November December",
}
_WEEKDAYS = {
    "id": "Senin Selasa Rabu Kamis Jumat Sabtu Minggu",
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
}

STRINGS = {
    "id": {
        "language_name": "Bahasa Indonesia",
        "switch_label": "English",
        "tagline": "Ringkasan berita harian",
        "latest": "Edisi terbaru",
        "archive": "Arsip",
        "all_days": "Semua edisi",
        "articles": "artikel",
        "summary_id": "Ringkasan mesin",
        "summary_en": "Ringkasan mesin (bahasa Inggris)",
        "draft": "Paragraf pembuka, belum diringkas",
        "machine_translation": "Terjemahan mesin",
        "original_quote": "Kutipan asli",
        "doubtful": "Terjemahan mesin ini mungkin keliru; periksa teks bahasa Indonesia.",
        "key_quotes": "Kutipan kunci",
        "full_text": "Teks artikel",
        "original": "Baca artikel asli",
        "source": "Sumber",
        "via": "melalui",
        "said_by": "kata",
        "translation": "Terjemahan",
        "no_translation": "terjemahan belum tersedia",
        "unnamed_speaker": "pembicara tidak disebut dalam artikel",
        "warning": "Perhatian",
        "not_summarised": "Belum diringkas",
        "read_more": "Selengkapnya",
        "in_text": "lihat di teks",
        "day_of": "Edisi",
        "skip": "Langsung ke isi",
        "machine_note": "Ringkasan dan terjemahan dibuat otomatis oleh model bahasa lokal ({model}). "
        "Kutipan diambil kata demi kata dari artikel.",
        "empty": "Belum ada artikel.",
        "previous_day": "Edisi sebelumnya",
        "next_day": "Edisi berikutnya",
        "search": "Cari",
        "search_label": "Cari judul, ringkasan dan kutipan",
        "search_placeholder": "mis. Lavrov",
        "search_needs_js": "Pencarian membutuhkan JavaScript. Gunakan arsip untuk menelusuri semua edisi.",
        "filter_day": "Tanggal",
        "filter_source": "Sumber",
        "filter_tag": "Topik",
        "filter_any": "Semua",
        "not_found": "Halaman tidak ditemukan",
        "feed": "Umpan Atom",
        "headlines": "Berita utama hari ini",
        "story": "berita",
        "stories": "berita",
        "sources_label": "Diberitakan oleh",
        "other_sources": "Sumber lain tentang berita ini",
        "background": "Latar belakang",
        "back_to_day": "Kembali ke edisi",
        "previous_article": "Artikel sebelumnya",
        "next_article": "Artikel berikutnya",
        "in_this_day": "Di edisi ini",
        "other_section": "Lainnya",
        "more_quote": "kutipan lain",
        "more_quotes": "kutipan lain",
        "show_more": "Tampilkan lebih banyak",
        "tags": "Topik",
        "site_menu": "Menu situs",
        "day_menu": "Edisi lain",
        "day_menu_end": "Edisi lain (akhir halaman)",
        "article_menu": "Artikel lain di edisi ini",
    },
    "en": {
        "language_name": "English",
        "switch_label": "Bahasa Indonesia",
        "tagline": "The daily news briefing",
        "latest": "Latest edition",
        "archive": "Archive",
        "all_days": "All editions",
        "articles": "articles",
        "summary_id": "Machine summary (Indonesian)",
        "summary_en": "Machine summary",
        "draft": "Opening paragraph, not yet summarised",
        "machine_translation": "Machine translation",
        "original_quote": "Original quote",
        "doubtful": "This machine translation may be wrong: check the Indonesian.",
        "key_quotes": "Key quotes",
        "full_text": "Article text",
        "original": "Read the original article",
        "source": "Source",
        "via": "via",
        "said_by": "said",
        "translation": "Translation",
        "no_translation": "translation not yet available",
        "unnamed_speaker": "the article does not name the speaker",
        "warning": "Warning",
        "not_summarised": "Not yet summarised",
        "read_more": "Read more",
        "in_text": "see in text",
        "day_of": "Edition",
        "skip": "Skip to content",
        "machine_note": "Summaries and translations are written automatically by a local language "
        "model ({model}). Quotes are taken word for word from the article.",
        "empty": "No articles yet.",
        "previous_day": "Previous edition",
        "next_day": "Next edition",
        "search": "Search",
        "search_label": "Search titles, summaries and quotes",
        "search_placeholder": "e.g. Lavrov",
        "search_needs_js": "Search needs JavaScript. The archive lists every edition.",
        "filter_day": "Day",
        "filter_source": "Source",
        "filter_tag": "Topic",
        "filter_any": "All",
        "not_found": "Page not found",
        "feed": "Atom feed",
        "headlines": "Today's headlines",
        "story": "story",
        "stories": "stories",
        "sources_label": "Reported by",
        "other_sources": "Other sources on this story",
        "background": "Background",
        "back_to_day": "Back to the edition of",
        "previous_article": "Previous article",
        "next_article": "Next article",
        "in_this_day": "In this edition",
        "other_section": "Other news",
        "more_quote": "more quote",
        "more_quotes": "more quotes",
        "show_more": "Show more",
        "tags": "Topics",
        "site_menu": "Site menu",
        "day_menu": "Other editions",
        "day_menu_end": "Other editions (end of page)",
        "article_menu": "Other articles in this edition",
    },
}


# English names of common Indonesian topic tags (an article's tags, and the day's sections named
# after them). A place tag is named by sitegen.names ("Rusia" -> "Russia"); any other tag is shown as
# written, and marked Indonesian on /en/ pages.
TOPICS_EN = {
    "tajuk utama": "Top stories",
    "berita": "News",
    "berita utama": "Top stories",
    "nasional": "National",
    "daerah": "Regions",
    "regional": "Regional",
    "megapolitan": "Greater Jakarta",
    "kota": "Cities",
    "internasional": "World",
    "dunia": "World",
    "politik": "Politics",
    "pemerintahan": "Government",
    "pemilu": "Elections",
    "pilkada": "Regional elections",
    "diplomasi": "Diplomacy",
    "pertahanan": "Defence",
    "keamanan": "Security",
    "militer": "Military",
    "perang": "War",
    "konflik": "Conflict",
    "hukum": "Law",
    "kriminal": "Crime",
    "korupsi": "Corruption",
    "ekonomi": "Economy",
    "bisnis": "Business",
    "keuangan": "Finance",
    "perdagangan": "Trade",
    "energi": "Energy",
    "pertanian": "Agriculture",
    "properti": "Property",
    "otomotif": "Motoring",
    "transportasi": "Transport",
    "infrastruktur": "Infrastructure",
    "olahraga": "Sport",
    "sepak bola": "Football",
    "bulu tangkis": "Badminton",
    "teknologi": "Technology",
    "sains": "Science",
    "pendidikan": "Education",
    "kesehatan": "Health",
    "lingkungan": "Environment",
    "bencana": "Disasters",
    "cuaca": "Weather",
    "sosial": "Society",
    "agama": "Religion",
    "budaya": "Culture",
    "wisata": "Travel",
    "pariwisata": "Tourism",
    "kuliner": "Food",
    "hiburan": "Entertainment",
    "showbiz": "Showbiz",
    "selebriti": "Celebrities",
    "musik": "Music",
    "film": "Film",
    "gaya hidup": "Lifestyle",
    "inspirasi": "Inspiration",
}
_PLACES_EN = {name.casefold(): english for name, english in ENGLISH_NAMES.items()}


def _english_topic(tag: str) -> str:
    """A tag's English name, or "" when neither table knows it."""
    key = tag.strip().casefold()
    return TOPICS_EN.get(key) or _PLACES_EN.get(key, "").removeprefix("the ")


def topic_name(tag: str, lang: str) -> str:
    """A topic tag as the page's language names it; "" is the section of untagged stories."""
    if not tag:
        return STRINGS[lang]["other_section"]
    if lang == "en":
        return _english_topic(tag) or tag[:1].upper() + tag[1:]
    return tag[:1].upper() + tag[1:]


def topic_lang(tag: str, lang: str) -> str:
    """The language a topic is written in on a page in `lang` (a tag no table knows stays as written)."""
    return "id" if lang == "en" and tag and not _english_topic(tag) else lang


# What readers are told about a flag (sitegen.flags), by language: {field} is what it is about.
FIELDS = {
    "id": {
        "summary_id": "Ringkasan ini",
        "summary_en": "Ringkasan bahasa Inggris",
        "title_en": "Judul bahasa Inggris",
        "quotes": "Kutipan kunci",
        "roles": "Jabatan pembicara dalam bahasa Inggris",
    },
    "en": {
        "summary_id": "The Indonesian summary",
        "summary_en": "This summary",
        "title_en": "The English headline",
        "quotes": "The key quotes",
        "roles": "A speaker's role",
    },
}
FLAG_MESSAGES = {
    "id": {
        "empty": "{field} kosong.",
        "wrong_language": "{field} mungkin tidak ditulis dalam bahasa yang seharusnya.",
        "task_talk": "{field} mungkin memuat komentar mesin, bukan isi berita.",
        "unsupported_number": "{field} memuat angka yang tidak ada di artikel ({numbers}); periksa teks aslinya.",
        "unsupported_name": "{field} menyebut nama yang tidak ada di artikel ({names}); periksa teks aslinya.",
        "indonesian_name": "{field} masih memuat nama dalam bentuk bahasa Indonesia ({names}).",
        "dropped_name": "{field} mungkin keliru: tidak menyebut nama yang ada di judul aslinya ({names}).",
        "sentence_count": "{field} lebih panjang atau lebih pendek dari biasanya.",
        "word_count": "{field} lebih panjang dari biasanya.",
        "quote_numbers": "Kutipan kunci tidak dapat dipilih otomatis; yang ditampilkan adalah kutipan pertama.",
        "quote_missing_translation": "Terjemahan kutipan ke-{number} belum tersedia.",
        "quote_not_translated": "Kutipan ke-{number} mungkin belum diterjemahkan; periksa teks aslinya.",
        "quote_not_verbatim": "Satu kutipan tidak ditampilkan karena tidak sama persis dengan teks artikel.",
        "draft": "Belum diringkas: yang tampil adalah paragraf pembuka artikel.",
        "meaning": "{field} adalah terjemahan mesin yang mungkin keliru; periksa teks bahasa Indonesia.",
        "meaning_quote": "Terjemahan mesin kutipan ke-{number} mungkin keliru; periksa kutipan aslinya.",
        "fragment": "{field} mungkin terpotong atau tidak utuh.",
        "support": "{field} mungkin menyatakan hal yang tidak ada di artikel; periksa kalimat ini: “{sentence}”",
    },
    "en": {
        "empty": "{field} is empty.",
        "wrong_language": "{field} may not be written in the right language.",
        "task_talk": "{field} may contain remarks by the machine rather than the news.",
        "unsupported_number": "{field} states numbers the article does not contain ({numbers}): check the original.",
        "unsupported_name": "{field} names what the article does not ({names}): check the original.",
        "indonesian_name": "{field} still uses Indonesian forms of names ({names}).",
        "dropped_name": "{field} may be wrong: it leaves out names the original gives ({names}).",
        "sentence_count": "{field} is longer or shorter than usual.",
        "word_count": "{field} is longer than usual.",
        "quote_numbers": "The key quotes could not be chosen automatically; the first ones are shown.",
        "quote_missing_translation": "The translation of quote {number} is not available yet.",
        "quote_not_translated": "Quote {number} may not have been translated: check the original.",
        "quote_not_verbatim": "A quote was left out because it is not word for word in the article.",
        "draft": "Not summarised yet: this is the article's opening paragraph.",
        "meaning": "{field} is a machine translation that may be wrong: check the Indonesian.",
        "meaning_quote": "The machine translation of quote {number} may be wrong: check the original.",
        "fragment": "{field} may be cut off or incomplete.",
        "support": "{field} may say something the article does not: check this sentence: “{sentence}”",
    },
}


def flag_message(flag: Flag, lang: str) -> str:
    """What a reader of the `lang` pages is told about `flag`."""
    params = {
        key: ", ".join(map(str, value)) if isinstance(value, list) else value for key, value in flag.params.items()
    }
    field = FIELDS[lang].get(flag.field, flag.field)
    code = flag.code
    if code in MEANING_CODES:  # readers are told what it means for them, not which check objected
        code = "meaning_quote" if "number" in params else "meaning"
    elif code in SUPPORT_CODES:
        code = "support"
    try:
        return FLAG_MESSAGES[lang][code].format(field=field, **params)
    except KeyError:  # a parameter the message names is missing
        return FLAG_MESSAGES[lang][code].format_map(_Blank(field=field))


class _Blank(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "…"


def weekday_names(lang: str) -> list[str]:
    """Monday first: ['Senin', …] / ['Monday', …]."""
    return _WEEKDAYS[lang].split()


def month_names(lang: str) -> list[str]:
    """January first: ['Januari', …] / ['January', …]."""
    return _MONTHS[lang].split()


def format_month(month: int, lang: str) -> str:
    """'Desember' / 'December' for 12."""
    return month_names(lang)[month - 1]


def format_date(day: dt.date, lang: str, weekday: bool = True) -> str:
    """'Sabtu, 22 Januari 2022' / 'Saturday, 22 January 2022'."""
    month = _MONTHS[lang].split()[day.month - 1]
    text = f"{day.day} {month} {day.year}"
    return f"{_WEEKDAYS[lang].split()[day.weekday()]}, {text}" if weekday else text
