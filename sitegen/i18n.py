"""Interface strings and dates in the two interface languages."""

from __future__ import annotations

import datetime as dt

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
        "summary_id": "Ringkasan",
        "summary_en": "English summary",
        "key_quotes": "Kutipan kunci",
        "full_text": "Teks artikel",
        "original": "Baca artikel asli",
        "source": "Sumber",
        "via": "melalui",
        "said_by": "kata",
        "translation": "Terjemahan",
        "no_translation": "terjemahan belum tersedia",
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
    },
    "en": {
        "language_name": "English",
        "switch_label": "Bahasa Indonesia",
        "tagline": "The daily news briefing",
        "latest": "Latest edition",
        "archive": "Archive",
        "all_days": "All editions",
        "articles": "articles",
        "summary_id": "Indonesian summary",
        "summary_en": "Summary",
        "key_quotes": "Key quotes",
        "full_text": "Article text",
        "original": "Read the original article",
        "source": "Source",
        "via": "via",
        "said_by": "said",
        "translation": "Translation",
        "no_translation": "translation not yet available",
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
    },
}


def format_date(day: dt.date, lang: str, weekday: bool = True) -> str:
    """'Sabtu, 22 Januari 2022' / 'Saturday, 22 January 2022'."""
    month = _MONTHS[lang].split()[day.month - 1]
    text = f"{day.day} {month} {day.year}"
    return f"{_WEEKDAYS[lang].split()[day.weekday()]}, {text}" if weekday else text
