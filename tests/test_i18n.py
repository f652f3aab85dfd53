"""Topic tags in the page's language (sitegen.i18n): the tag table, place names, and what stays as written."""

import pytest

from sitegen.i18n import topic_lang, topic_name


@pytest.mark.parametrize(
    "tag, lang, name, marked",
    [
        ("diplomasi", "en", "Diplomacy", "en"),
        ("Olahraga", "en", "Sport", "en"),
        ("sepak bola", "en", "Football", "en"),
        ("Amerika Serikat", "en", "United States", "en"),  # a place, named by sitegen.names
        ("rusia", "en", "Russia", "en"),
        ("PBB", "en", "UN", "en"),
        ("Inggris", "en", "Inggris", "id"),  # Britain, England or English: no table can choose
        ("banjir bandang", "en", "Banjir bandang", "id"),  # unknown: as written, and marked Indonesian
        ("diplomasi", "id", "Diplomasi", "id"),
        ("Amerika Serikat", "id", "Amerika Serikat", "id"),
        ("", "en", "Other news", "en"),  # the section of untagged stories
        ("", "id", "Lainnya", "id"),
    ],
)
def test_a_topic_is_named_in_the_page_language_or_marked_as_written(tag, lang, name, marked):
    assert topic_name(tag, lang) == name
    assert topic_lang(tag, lang) == marked
