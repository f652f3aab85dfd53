"""Run Lighthouse (from npm) on a built site's kinds of page, in both languages, and print the scores.

Needs Node.js with npm and Chromium; nothing here is part of a build. Build a site with its URL set
first (canonical and hreflang are absolute then), for example the briefing's 150-article test site:

    python -c "from pathlib import Path; from sitegen.corpus import read_jsonl, write_corpus; \\
        write_corpus(read_jsonl(Path('tests/fixtures/briefing_days.jsonl')), Path('/tmp/lh/content'), 150)"
    sitegen build --content /tmp/lh/content --output /tmp/lh/www --site-url https://example.github.io
    python tools/lighthouse.py /tmp/lh/www

It serves the folder on 127.0.0.1, audits home, a day, an article, search and archive (and their
English pages) with Lighthouse's default mobile settings, and lists every scored audit below 1.
Run it with nothing else busy: the performance score is a timing.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import json
import os
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

LIGHTHOUSE = "lighthouse@12"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 (the base class's name)
        pass


def pages(site: Path) -> list[str]:
    days = sorted(p.parent for p in site.glob("[0-9][0-9][0-9][0-9]/[0-9][0-9]/[0-9][0-9]/index.html"))
    if not days:
        raise SystemExit(f"{site} holds no day pages: build a site there first")
    day = days[-1].relative_to(site).as_posix()
    article = min(p.parent for p in days[-1].glob("*/index.html")).relative_to(site).as_posix()
    paths = ["", f"{day}/", f"{article}/", "search/", "archive/"]
    return paths + [f"en/{path}" for path in paths]


def audit(url: str, chromium: str) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "report.json"
        command = ["npx", "--yes", LIGHTHOUSE, url, "--quiet", "--output=json", f"--output-path={out}"]
        command.append("--chrome-flags=--headless=new --no-sandbox --disable-gpu")
        subprocess.run(command, check=True, env={**os.environ, "CHROME_PATH": chromium})
        return json.loads(out.read_text(encoding="utf-8"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path, help="a built site folder")
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    args = parser.parse_args(argv)
    handler = functools.partial(_Quiet, directory=str(args.site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    root = f"http://127.0.0.1:{server.server_address[1]}/"
    print(f"{'page':<60}" + "".join(f"{c[:13]:>15}" for c in CATEGORIES))
    lowest = 100
    try:
        for path in pages(args.site):
            report = audit(root + path, args.chromium)
            scores = [round(100 * (report["categories"][c]["score"] or 0)) for c in CATEGORIES]
            lowest = min(lowest, *scores)
            print(f"{'/' + path:<60}" + "".join(f"{s:>15}" for s in scores))
            for key, result in sorted(report["audits"].items()):
                if result.get("score") is not None and result["score"] < 1:
                    print(f"    {key}: {result['score']} {result.get('displayValue', '')}".rstrip())
    finally:
        server.shutdown()
    print(f"lowest score: {lowest}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
