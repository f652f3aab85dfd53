"""Render the site's pages with Jinja2: home, one page per day, one per article, archive.

Every page exists in both interface languages: Indonesian at the site root and
English below `en/`, with a search page and an Atom feed each; the root also has
404.html, sitemap.xml and robots.txt. Every link goes through `url()`, which
prefixes the base URL, so the site works under a GitHub Pages project path.
"""

from __future__ import annotations

import dataclasses
import hashlib
import itertools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

from sitegen import i18n
from sitegen.article import Article, Quote
from sitegen.briefing import Day
from sitegen.cleaning import xml_safe
from sitegen.errors import TemplateError
from sitegen.fingerprint import code_digest
from sitegen.flags import MEANING_CODES, Flag
from sitegen.outputs import OutputFiles, digest

FEED_LENGTH = 30  # articles in each language's Atom feed
_SHOWN = [f.name for f in dataclasses.fields(Article) if f.name not in ("source_path", "body", "terms")]


def builtin_templates() -> Path:
    """The templates sitegen ships: package data in an installed sitegen, `templates/` in a checkout."""
    here = Path(__file__).resolve().parent
    for folder in (here / "templates", here.parent / "templates"):
        if (folder / "base.html").is_file():
            return folder
    raise TemplateError(f"sitegen's own templates are missing (looked in {here / 'templates'}); reinstall sitegen")


@dataclass(frozen=True)
class Segment:
    text: str
    quote: int = 0  # 1-based number of the key quote this text belongs to, or 0
    anchor: bool = False  # the first segment of that quote carries its id


def headline(article: Article, lang: str) -> str:
    """The headline in the page's language, where the model wrote one."""
    return article.title_en if lang == "en" and article.title_en else article.title


def headline_lang(article: Article, lang: str) -> str:
    return "en" if lang == "en" and article.title_en else article.lang


def _meaning_flags(article: Article, field: str, number: int) -> list[Flag]:
    return [
        flag
        for flag in article.warnings
        if flag.code in MEANING_CODES and flag.field == field and flag.params.get("number", 0) == number
    ]


def is_doubted(article: Article, field: str, number: int = 0) -> bool:
    """Whether the meaning checks objected to one translated item (a quote by its number)."""
    return bool(_meaning_flags(article, field, number))


def doubts(article: Article, field: str, number: int = 0) -> list[str]:
    """The English words the meaning checks objected to in one item, to mark on the page."""
    return sorted(
        {str(word) for flag in _meaning_flags(article, field, number) for word in flag.params.get("marked", [])}
    )


def quote_number(article: Article, quote: Quote) -> int:
    """A key quote's number among the article's quotations, as flags name it (1, 2, …)."""
    for number, candidate in enumerate(article.candidates, 1):
        if (candidate.start, candidate.end) == (quote.start, quote.end):
            return number
    return 0


def is_quote_doubt(flag: Flag) -> bool:
    """A quote's doubtful translation, which the page flags at the quote itself."""
    return flag.code in MEANING_CODES and "number" in flag.params


def marked(text: str, words: list[str]) -> Markup:
    """`text`, escaped, with each of `words` (whole words) in <mark class="doubt">."""
    if not words:
        return Markup.escape(text)
    pattern = re.compile(
        r"(?<![\w-])(" + "|".join(map(re.escape, sorted(words, key=len, reverse=True))) + r")(?![\w-])"
    )
    pieces, last = [], 0
    for match in pattern.finditer(text):
        pieces.append(Markup.escape(text[last : match.start()]))
        pieces.append(Markup('<mark class="doubt">{}</mark>').format(match.group(0)))
        last = match.end()
    pieces.append(Markup.escape(text[last:]))
    return Markup("").join(pieces)


def is_draft(article: Article) -> bool:
    return any(flag.code == "draft" for flag in article.warnings)


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
        for a, b in itertools.pairwise(bounds):
            number = next((i for i, q in enumerate(article.quotes, 1) if q.start <= a and b <= q.end), 0)
            anchor = bool(number) and number not in anchored
            anchored.add(number)
            segments.append(Segment(article.text[a:b], number, anchor))
        paragraphs.append(segments)
        offset = end + 2  # the blank line between paragraphs
    return paragraphs


def article_digest(article: Article) -> str:
    """Everything about an article that a page or an export can show: every field but the raw body."""
    # Quotes and flags become dicts; the digest writes dates as text.
    return digest([_plain(getattr(article, name)) for name in _SHOWN])


def _plain(value: object) -> object:
    # Quotes and flags are flat dataclasses (a flag's params a plain dict): their fields are their JSON.
    if isinstance(value, list):
        return [vars(item) if dataclasses.is_dataclass(item) else item for item in value]
    return value


class SiteRenderer:
    """Renders the pages from the built-in templates, each of which a theme folder may replace."""

    def __init__(self, theme: Path | None = None, *, base_url: str, title: str, model_name: str, site_url: str = ""):
        if theme is not None and not theme.is_dir():
            raise TemplateError(f"theme folder {theme} not found; fix [site] templates in sitegen.toml")
        # The theme first: its files replace the built-in ones of the same name.
        self.folders = [folder for folder in (theme, builtin_templates()) if folder is not None]
        self.base_url = base_url
        self.site_url = site_url.rstrip("/")  # 'https://user.github.io', for feeds, sitemap, OpenGraph
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(self.folders),
            autoescape=jinja2.select_autoescape(["html", "xml"]),
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
        )
        self.env.globals.update(
            site_title=title,
            model_name=model_name,
            highlighted=highlighted,
            site_url=self.site_url,
            flag_message=i18n.flag_message,
            headline=headline,
            headline_lang=headline_lang,
            doubts=doubts,
            is_doubted=is_doubted,
            quote_number=quote_number,
            marked=marked,
            is_draft=is_draft,
            meaning_codes=MEANING_CODES,
            topic_name=i18n.topic_name,
            topic_lang=i18n.topic_lang,
            month_name=i18n.format_month,
        )
        self.env.filters["date"] = i18n.format_date
        self.env.tests["quote_doubt"] = is_quote_doubt
        self._fingerprint = digest(
            base_url,
            self.site_url,
            title,
            model_name,
            jinja2.__version__,
            sorted((name, _file_digest(path)) for name, path in self._files().items()),
            code_digest(__name__),
        )

    def fingerprint(self) -> str:
        """What every page depends on besides its articles: templates, settings, rendering code."""
        return self._fingerprint

    def _files(self, under: str = "") -> dict[str, Path]:
        """Every template file by its name (relative to its folder), the theme's replacing the built-in."""
        found: dict[str, Path] = {}
        for folder in reversed(self.folders):
            base = folder / under
            for path in sorted(base.rglob("*")) if base.is_dir() else []:
                if path.is_file():
                    found[path.relative_to(base).as_posix()] = path
        return dict(sorted(found.items()))

    def render_site(self, days: list[Day], files: OutputFiles) -> int:
        """Put every page into `files`; returns the number of HTML pages."""
        pages = 0
        articles = [article for day in days for article in day.articles]
        by_slug = {article.slug: article for article in articles}
        of_article = {article.slug: article_digest(article) for article in articles}
        of_day = {
            day.iso: digest(
                day.iso, [(story.section, [of_article[slug] for slug in story.slugs]) for story in day.stories]
            )
            for day in days
        }
        everything = digest(sorted(of_day.items()))
        self.env.globals["article_of"] = by_slug.__getitem__
        for lang in i18n.LANGUAGES:
            older = days[1] if len(days) > 1 else None
            pages += self._write(
                files,
                lang,
                "",
                "day.html",
                (of_day[days[0].iso] if days else "", older.path if older else ""),
                day=days[0] if days else None,
                home=True,
                older=older,
            )
            pages += self._write(files, lang, "archive/", "archive.html", everything, days=days)
            pages += self._write(files, lang, "search/", "search.html", "")
            for index, day in enumerate(days):
                newer = days[index - 1] if index > 0 else None
                older = days[index + 1] if index + 1 < len(days) else None
                pages += self._write(
                    files,
                    lang,
                    day.path,
                    "day.html",
                    (of_day[day.iso], newer and newer.path, older and older.path),
                    day=day,
                    home=False,
                    newer=newer,
                    older=older,
                )
                for place, article in enumerate(day.articles):
                    before = day.articles[place - 1] if place > 0 else None
                    after = day.articles[place + 1] if place + 1 < len(day.articles) else None
                    shown = [of_article[slug] for slug in article.story + article.background]
                    neighbours = [a.slug if a else "" for a in (before, after)]
                    pages += self._write(
                        files,
                        lang,
                        article.path,
                        "article.html",
                        (of_article[article.slug], day.iso, shown, neighbours),
                        article=article,
                        day=day,
                        before=before,
                        after=after,
                    )
            latest = articles[:FEED_LENGTH]
            self._write(files, lang, "", "feed.xml", [of_article[a.slug] for a in latest], "feed.xml", articles=latest)
        pages += self._write(files, "id", "", "404.html", "", "404.html", indexable=False)
        self._write(files, "id", "", "sitemap.xml", everything, "sitemap.xml", days=days)
        self._write(files, "id", "", "robots.txt", "", "robots.txt")
        self._copy_static(files)
        return pages

    def _write(
        self,
        files: OutputFiles,
        lang: str,
        path: str,
        template: str,
        inputs: object,
        filename: str = "index.html",
        **context: Any,
    ) -> int:
        def url(target: str = "", in_lang: str = lang) -> str:
            return f"{self.base_url}{i18n.PREFIX[in_lang]}{target}"

        def absolute(target: str = "", in_lang: str = lang) -> str:
            return f"{self.site_url}{url(target, in_lang)}"

        def render() -> str:
            try:
                return xml_safe(
                    self.env.get_template(template).render(
                        {
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
                            "indexable": True,
                            **context,
                        }
                    )
                )
            except jinja2.TemplateError as exc:
                raise _template_error(exc, template) from None

        files.write(f"{i18n.PREFIX[lang]}{path}{filename}", (self._fingerprint, template, lang, inputs), render)
        return 1

    def _copy_static(self, files: OutputFiles) -> None:
        for name, source in self._files("static").items():
            files.write(f"static/{name}", _file_digest(source), source.read_bytes)


def _template_error(exc: jinja2.TemplateError, template: str) -> TemplateError:
    if isinstance(exc, jinja2.TemplateSyntaxError):
        return TemplateError(f"{exc.filename or exc.name or template}, line {exc.lineno}: {exc.message}")
    if isinstance(exc, jinja2.TemplateNotFound):
        return TemplateError(f"template {exc.name} not found")
    return TemplateError(f"{template}: {exc.message}")


def _file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
