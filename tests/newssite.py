"""A local news site for the extraction and fetching tests: no internet needed.

`page(record, style)` wraps a dev article in the markup of one of five kinds of Indonesian
news site (a portal with inline "Baca juga" tables, a national daily with JSON-LD, an
agency with "Pewarta/Editor" lines, a TV-news site, and a WordPress blog), with navigation,
ads, related links, tags, comments and a cookie banner around it. `NewsServer` serves such
pages, RSS and Atom feeds, redirects, errors, slow and huge answers on 127.0.0.1, and logs
every request.
"""

from __future__ import annotations

import datetime as dt
import html
import http.server
import json
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"
STYLES = ("portal", "daily", "agency", "tv", "blog")
# Lines of boilerplate each page carries around (or inside) the article; none may reach a content file.
BOILERPLATE = [
    "Baca juga: Harga Cabai Naik Jelang Lebaran",
    "BACA JUGA: Jadwal Liga 1 Pekan Ini",
    "Simak juga video pilihan berikut",
    "Kami menggunakan cookie untuk pengalaman terbaik",
    "Berita Terpopuler",
    "Tulis komentar Anda",
    "Komentar terbaru: mantap sekali beritanya",
    "Hak Cipta © 2017",
    "Pewarta: Andi Firdaus",
    "Editor: Ruslan Burhani",
    "ADVERTISEMENT",
    "Bagikan artikel ini",
    "Ikuti kami di media sosial",
    "Artikel Terkait",
]
_DAYS = "Senin Selasa Rabu Kamis Jumat Sabtu Minggu".split()
_MONTHS = "Jan Feb Mar Apr Mei Jun Jul Agu Sep Okt Nov Des".split()


def records() -> list[dict]:
    lines = (FIXTURES / "news_articles.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def _paragraphs(record: dict, inline: str) -> str:
    """The article's paragraphs, with a related-link box after the second (as portals insert them)."""
    parts = [f"<p>{html.escape(p)}</p>" for p in record["paragraphs"]]
    parts.insert(min(2, len(parts)), inline)
    return "\n".join(parts)


def page(record: dict, style: str) -> str:
    title, date = html.escape(record["title"]), dt.date.fromisoformat(record["date"])
    stamp = f"{date.isoformat()}T09:30:00+07:00"
    local = f"{_DAYS[date.weekday()]}, {date.day:02d} {_MONTHS[date.month - 1]} {date.year} 09:30 WIB"
    head = (
        f'<meta charset="utf-8"><title>{title} - {style.title()} News</title>'
        f'<meta property="og:title" content="{title}"><meta property="og:site_name" content="{style.title()} News">'
        f'<link rel="canonical" href="https://{style}.example/berita/{record["id"]}">'
        f'<meta name="viewport" content="width=device-width">'
    )
    nav = (
        '<header><nav class="menu"><a href="/">Beranda</a> <a href="/news">News</a> <a href="/sport">Sport</a> '
        '<a href="/hot">Hot</a></nav><div class="ads">ADVERTISEMENT</div></header>'
    )
    cookie = (
        '<div class="cookie-banner"><p>Kami menggunakan cookie untuk pengalaman terbaik</p><button>OK</button></div>'
    )
    related = (
        '<aside class="related"><h3>Berita Terpopuler</h3><ul><li><a href="/a">Harga Emas Turun Lagi</a></li>'
        '<li><a href="/b">Timnas Menang Tipis</a></li><li><a href="/c">Artis Ini Menikah Diam-diam</a></li></ul>'
        '<h3>Artikel Terkait</h3><ul><li><a href="/d">Pemerintah Siapkan Aturan Baru</a></li></ul></aside>'
    )
    comments = (
        '<section class="comments"><h3>Tulis komentar Anda</h3><form><textarea></textarea></form>'
        '<div class="comment"><p>Komentar terbaru: mantap sekali beritanya</p></div></section>'
    )
    footer = (
        "<footer><p>Ikuti kami di media sosial</p><p>Hak Cipta © 2017 PT Media Contoh. All rights reserved."
        "</p></footer>"
    )
    share = '<div class="share"><span>Bagikan artikel ini</span> <a>Facebook</a> <a>Twitter</a></div>'
    tags = "".join(f'<a href="/tag/{t}" rel="tag">{t}</a>' for t in (record["category"], "nasional"))
    if style == "portal":  # inline related-link tables, a date line, a tags box
        body = (
            f'<article class="detail"><h1 class="detail__title">{title}</h1><div class="detail__date">{local}'
            f'</div>{share}<div class="detail__body-text itp_bodycontent">'
            + _paragraphs(
                record,
                '<table class="linksisip"><tr><td><div class="lihatjg">'
                'Baca juga: <a href="/x">Harga Cabai Naik Jelang Lebaran</a></div></td></tr></table>',
            )
            + f'<p class="video">Simak juga video pilihan berikut</p></div><div class="detail__body-tag">{tags}'
            f"</div></article>"
        )
        head += f'<meta property="article:published_time" content="{stamp}"><meta name="keywords" content="{record["category"]}">'
    elif style == "daily":  # JSON-LD, a "read" box
        ld = json.dumps(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": record["title"],
                "datePublished": stamp,
                "author": {"@type": "Person", "name": "Sri Rahayu"},
                "publisher": {"@type": "Organization", "name": "Daily News"},
            }
        )
        head += f'<script type="application/ld+json">{ld}</script>'
        body = (
            f'<div class="read__header"><h1 class="read__title">{title}</h1><div class="read__time">'
            f'Daily.example - {date:%d/%m/%Y}, 09:30 WIB</div></div><div class="read__content">'
            + _paragraphs(record, '<p><strong>BACA JUGA: </strong><a href="/y">Jadwal Liga 1 Pekan Ini</a></p>')
            + "</div>"
        )
    elif style == "agency":  # the agency's own byline lines after the text
        head += f'<meta itemprop="datePublished" content="{stamp}">'
        body = (
            f'<div class="post-header"><h1>{title}</h1><span class="date">{local}</span></div>'
            f'<div class="post-content clearfix">'
            + _paragraphs(
                record, '<p class="baca-juga">Baca juga: <a href="/z">Harga Cabai Naik Jelang Lebaran</a></p>'
            )
            + '<p class="text-muted small">Pewarta: Andi Firdaus<br>Editor: Ruslan Burhani</p></div>'
        )
    elif style == "tv":  # the text in a div with line breaks, no <p>
        head += f'<meta name="pubdate" content="{date:%Y%m%d}093000">'
        text = "<br><br>\n".join(html.escape(p) for p in record["paragraphs"])
        body = (
            f'<div class="content_detail"><h1 class="title">{title}</h1><div class="date">{local}</div>'
            f'<div id="detikdetailtext" class="detail_text">{text}<br><br><div class="ads">ADVERTISEMENT</div>'
            f"</div></div>"
        )
        head += f'<meta property="article:published_time" content="{stamp}">'
    else:  # a WordPress blog
        body = (
            f'<article class="post type-post"><header class="entry-header"><h1 class="entry-title">{title}</h1>'
            f'<time class="entry-date published" datetime="{stamp}">{date.day} {_MONTHS[date.month - 1]} '
            f'{date.year}</time></header><div class="entry-content">'
            + _paragraphs(record, '<p><em>Baca juga: <a href="/w">Harga Cabai Naik Jelang Lebaran</a></em></p>')
            + f'{share}</div><footer class="entry-footer"><span class="tags-links">{tags}</span></footer></article>'
            '<div class="jp-relatedposts"><h3>Artikel Terkait</h3></div>'
        )
    return (
        f'<!doctype html><html lang="id"><head>{head}</head><body>{cookie}{nav}<main class="container">'
        f'<div class="row"><div class="col-8">{body}</div><div class="col-4">{related}</div></div>{comments}'
        f"</main>{footer}</body></html>"
    )


def rss(items: list[tuple[str, dict]], title: str = "Kabar Terkini") -> str:
    entries = "".join(
        f"<item><title>{html.escape(r['title'])}</title><link>{link}</link><guid>{link}</guid>"
        f"<pubDate>{dt.date.fromisoformat(r['date']):%a, %d %b %Y} 09:30:00 +0700</pubDate>"
        f"<description>{html.escape(r['paragraphs'][0][:120])}</description></item>"
        for link, r in items
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>{title}</title>'
        f"<link>http://example/</link><description>Berita</description>{entries}</channel></rss>"
    )


def atom(items: list[tuple[str, dict]], title: str = "Kabar Atom") -> str:
    entries = "".join(
        f'<entry><title>{html.escape(r["title"])}</title><link href="{link}"/><id>{link}</id>'
        f"<updated>{r['date']}T09:30:00+07:00</updated><summary>{html.escape(r['paragraphs'][0][:120])}</summary>"
        f"</entry>"
        for link, r in items
    )
    return (
        f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>{title}</title>'
        f"<id>urn:x</id><updated>2017-10-21T00:00:00Z</updated>{entries}</feed>"
    )


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before answering (a slow server)
    etag: str = ""  # answered with 304 to If-None-Match


class NewsServer:
    """Serves `routes` (path -> Route) on 127.0.0.1 and logs (method, path, conditional?) of each request."""

    def __init__(self):
        self.routes: dict[str, Route] = {}
        self.log: list[tuple[str, bool]] = []
        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                conditional = bool(self.headers.get("If-None-Match") or self.headers.get("If-Modified-Since"))
                server.log.append((self.path, conditional))
                route = server.routes.get(self.path)
                if route is None:
                    return self._answer(404, b"<html><body>Halaman tidak ditemukan</body></html>", "text/html")
                if route.delay:
                    time.sleep(route.delay)
                if route.etag and self.headers.get("If-None-Match") == route.etag:
                    return self._answer(304, b"", route.content_type, {"ETag": route.etag})
                extra = {**route.headers, **({"ETag": route.etag} if route.etag else {})}
                self._answer(route.status, route.body, route.content_type, extra)

            def _answer(self, status, body, kind, headers=None):
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", kind)
                    self.send_header("Content-Length", str(len(body)))
                    for key, value in (headers or {}).items():
                        self.send_header(key, value)
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def log_message(self, *args):
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def page(self, path: str, text: str, **options) -> str:
        self.routes[path] = Route(text.encode("utf-8"), **options)
        return self.url + path

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
