"""Random front matter and bodies through read → clean → render: one-line errors only, well-formed feeds; random text
through the name look-ups that index it."""

from __future__ import annotations

import datetime as dt
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sitegen.briefing import plan
from sitegen.config import StoryConfig
from sitegen.errors import ContentError
from sitegen.name_forms import neighbours, word_ends
from sitegen.outputs import OutputFiles
from sitegen.prepared import prepare
from sitegen.readers import read_article
from sitegen.render import SiteRenderer
from sitegen.summarise import draft_result

scalars = st.one_of(
    st.text(max_size=40),
    st.integers(),
    st.booleans(),
    st.none(),
    st.floats(allow_nan=False),
    st.dates(min_value=dt.date(1, 1, 1)),
)
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=6,
)
keys = st.sampled_from(["title", "date", "source", "url", "lang", "slug", "tags", "credit", "other"])
front_matter = st.one_of(
    st.dictionaries(keys, values, max_size=8).map(lambda meta: yaml.safe_dump(meta, allow_unicode=True)),
    st.fixed_dictionaries(
        {"title": st.text(min_size=1, max_size=60), "date": st.dates(min_value=dt.date(1900, 1, 1))},
        optional={"url": st.text(max_size=30), "tags": st.lists(st.text(max_size=10))},
    ).map(lambda meta: yaml.safe_dump(meta, allow_unicode=True)),
    st.text(max_size=200),  # not YAML at all, or YAML of another shape
)
bodies = st.text(max_size=600) | st.lists(
    st.sampled_from(
        [
            '"Kami siap," kata Budi Santoso.',
            "[a](",
            "Baca Juga: x",
            "\x00\x1b",
            "**tebal**",
            "\r",
            "\n\n",
            "# Judul",
            "<script>alert(1)</script>",
            "“Kutipan”",
            "ujarnya.",
        ]
    ),
    max_size=30,
).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(front=front_matter, body=bodies, suffix=st.sampled_from([".md", ".txt"]))
def test_any_file_is_read_and_rendered_or_refused_in_one_line(front, body, suffix):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"2024-03-05-fuzz{suffix}"
        path.write_text(f"---\n{front}\n---\n{body}" if suffix == ".md" else f"{front}\n{body}", encoding="utf-8")
        try:
            article = read_article(path)
        except ContentError as error:
            assert "\n" not in str(error) and str(error).startswith(str(path))
            return
        prepare(article)
        draft_result(article).apply(article)
        renderer = SiteRenderer(base_url="/", title="Uji", model_name="—", site_url="https://example.org")
        files = OutputFiles(Path(folder) / "site", Path(folder) / "manifest.json")
        renderer.render_site(plan([article], StoryConfig()), files)
        for feed in ("feed.xml", "en/feed.xml", "sitemap.xml"):
            ET.parse(Path(folder) / "site" / feed)
        page = (Path(folder) / "site" / article.path / "index.html").read_text(encoding="utf-8")
        assert "<script>alert(1)</script>" not in page
        assert article.url == "" or article.url.startswith(("http://", "https://"))


_NAME_TEXT = st.text(alphabet="Budi Santo abx.,'\n\t-“(", max_size=80)


@settings(max_examples=300, deadline=None)
@given(text=_NAME_TEXT, word=st.sampled_from(["Budi", "Santo", "a", "b", "x", "di", "Budi Santo"]))
def test_a_word_found_by_its_indexed_ends_is_found_as_by_reading_the_text(text, word):
    """`word_ends` finds a word's occurrences once for all words; it finds what reading the text finds."""
    assert neighbours(text, word, ends=word_ends(text)) == neighbours(text, word)
