"""Render the site's pages with Jinja2: home, one page per day, one per article, archive.

Every page exists in both interface languages: Indonesian at the site root and
English below `en/`, with a search page and an Atom feed each; the root also has
404.html, sitemap.xml and robots.txt. Every link goes through `url()`, which
prefixes the base URL, so the site works under a GitHub Pages project path.
"""

from __future__ import annotations

import datetime as dt
import shutil
from dataclasses import dataclass
from pathlib import Path

import jinja2

from sitegen import i18n
from sitegen.article import Article

DEFAULT_TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
FEED_LENGTH = 30  # articles in each language's Atom feed


@dataclass
class Day:
    date: dt.date
    articles: list[Article]

    @property
    def path(self) -> str:
        return f"{self.date:%Y/%m/%d}/"

    @property
    def iso(self) -> str:
        return self.date.isoformat()


def group_by_day(articles: list[Article]) -> list[Day]:
    """Days newest first; a day's articles in a stable order (title, then slug)."""
    days: dict[dt.date, list[Article]] = {}
    for article in articles:
        days.setdefault(article.date, []).append(article)
    return [Day(date, sorted(group, key=lambda a: (a.title.lower(), a.slug)))
            for date, group in sorted(days.items(), reverse=True)]


@dataclass(frozen=True)
class Segment:
    text: str
    quote: int = 0  # 1-based number of the key quote this text belongs to, or 0
    anchor: bool = False  # the first segment of that quote carries its id


def highlighted(article: Article) -> list[list[Segment]]:
    """The article's paragraphs, split where key quotes begin and end (quotes may span paragraphs)."""
    paragraphs: list[list[Segment]] = []
    offset = 0
    anchored: set[int] = set()
    for para in article.paragraphs:
        start, end = offset, offset + len(para)
        cuts = {start, end}
        for quote in article.quotes:
            cuts.update(p for p in (quote.start, quote.end) if start < p < end)
        bounds = sorted(cuts)
        segments = []
        for a, b in zip(bounds, bounds[1:]):
            number = next((i for i, q in enumerate(article.quotes, 1) if q.start <= a and b <= q.end), 0)
            anchor = bool(number) and number not in anchored
            anchored.add(number)
            segments.append(Segment(article.text[a:b], number, anchor))
        paragraphs.append(segments)
        offset = end + 2  # the blank line between paragraphs
    return paragraphs


class SiteRenderer:
    def __init__(self, templates: Path, *, base_url: str, title: str, model_name: str, site_url: str = ""):
        if not (templates / "base.html").is_file():
            raise FileNotFoundError(f"templates folder {templates} has no base.html")
        self.templates = templates
        self.base_url = base_url
        self.site_url = site_url.rstrip("/")  # 'https://user.github.io', for feeds, sitemap, OpenGraph
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(templates),
            autoescape=jinja2.select_autoescape(["html", "xml"]),
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
        )
        self.env.globals.update(site_title=title, model_name=model_name, highlighted=highlighted,
                                site_url=self.site_url)
        self.env.filters["date"] = i18n.format_date

    def render_site(self, days: list[Day], out: Path) -> int:
        """Write every page into `out`; returns the number of HTML pages."""
        pages = 0
        articles = [article for day in days for article in day.articles]
        for lang in i18n.LANGUAGES:
            pages += self._write(out, lang, "", "day.html", day=days[0] if days else None,
                                 home=True, days=days, older=days[1] if len(days) > 1 else None)
            pages += self._write(out, lang, "archive/", "archive.html", days=days)
            pages += self._write(out, lang, "search/", "search.html")
            for index, day in enumerate(days):
                newer = days[index - 1] if index > 0 else None
                older = days[index + 1] if index + 1 < len(days) else None
                pages += self._write(out, lang, day.path, "day.html", day=day, home=False,
                                     days=days, newer=newer, older=older)
                for article in day.articles:
                    pages += self._write(out, lang, article.path, "article.html", article=article, day=day)
            self._write(out, lang, "", "feed.xml", "feed.xml", articles=articles[:FEED_LENGTH])
        pages += self._write(out, "id", "", "404.html", "404.html")
        self._write(out, "id", "", "sitemap.xml", "sitemap.xml", days=days)
        self._write(out, "id", "", "robots.txt", "robots.txt")
        self._copy_static(out)
        return pages

    def _write(self, out: Path, lang: str, path: str, template: str, filename: str = "index.html",
               **context) -> int:
        def url(target: str = "", in_lang: str = lang) -> str:
            return f"{self.base_url}{i18n.PREFIX[in_lang]}{target}"

        def absolute(target: str = "", in_lang: str = lang) -> str:
            return f"{self.site_url}{url(target, in_lang)}"

        text = self.env.get_template(template).render({
            "lang": lang,
            "other_lang": "en" if lang == "id" else "id",
            "t": i18n.STRINGS[lang],
            "url": url,
            "absolute": absolute,
            "base_url": self.base_url,
            "static": lambda name: f"{self.base_url}static/{name}",
            "page_path": path,
            "newer": None,
            "older": None,
            **context,
        })
        target = out / i18n.PREFIX[lang] / path / filename
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        return 1

    def _copy_static(self, out: Path) -> None:
        static = self.templates / "static"
        if static.is_dir():
            shutil.copytree(static, out / "static", dirs_exist_ok=True)
