"""`sitegen serve`: live rebuilds, reload signals, and errors shown over the last good site."""

import http.client
import json
import re
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from conftest import ARTICLE_MD, theme_copy, write

from sitegen.errors import ConfigError
from sitegen.results import Mode
from sitegen.serve import Preview

SLUG_PAGE = "2024/03/05/warga-kota-membahas-rencana-taman-baru/"


def get(url, timeout=10):
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8")


def wait_for(check, timeout=15.0):
    """Poll until check() is true; returns the seconds it took."""
    started = time.monotonic()
    while not check():
        if time.monotonic() - started > timeout:
            pytest.fail(f"not within {timeout} s")
        time.sleep(0.05)
    return time.monotonic() - started


class RunningPreview(Preview):
    lines: list[str]  # what it logged
    root: Path  # the project folder


@pytest.fixture
def preview(tmp_path):
    theme = theme_copy(tmp_path / "theme")
    (tmp_path / "content").mkdir()
    write(tmp_path / "content", "2024-03-05-taman.md", ARTICLE_MD)
    config = tmp_path / "sitegen.toml"
    config.write_text(
        f'[site]\ntitle = "Pratinjau"\ntemplates = "{theme}"\n[cache]\ndir = "{tmp_path / "cache"}"\n', encoding="utf-8"
    )
    lines: list[str] = []
    preview = RunningPreview(config, {"content": tmp_path / "content"}, Mode.DRAFT, 0, lines.append)
    preview.start()
    threading.Thread(target=preview.run, daemon=True).start()
    preview.lines, preview.root = lines, tmp_path
    yield preview
    preview.stop()


def test_serves_the_built_site_with_the_reload_script(preview):
    status, html = get(preview.url + SLUG_PAGE)
    assert status == 200 and "Warga Kota Membahas Rencana Taman Baru" in html
    assert '<script src="/__sitegen/live.js" data-generation="1"></script></body>' in html
    assert get(preview.url + "__sitegen/live.js")[0] == 200
    status, html = get(preview.url + "no/such/page/")
    assert status == 404 and "/__sitegen/live.js" in html
    assert not (preview.root / "public").exists()  # the preview never touches the real output


def test_an_edited_article_shows_within_five_seconds(preview):
    article = preview.root / "content" / "2024-03-05-taman.md"
    started = time.monotonic()
    article.write_text(ARTICLE_MD.replace("Taman Baru", "Taman Kota"), encoding="utf-8")
    wait_for(lambda: "Warga Kota Membahas Rencana Taman Kota" in get(preview.url)[1])
    assert time.monotonic() - started < 5
    state = json.loads(get(preview.url + "__sitegen/wait?since=1")[1])
    assert state["generation"] == 2 and state["problems"] == [] and not state["failed"]


def test_a_burst_of_changes_is_one_rebuild(preview):
    for n in range(5):
        write(
            preview.root / "content",
            f"2024-03-0{n + 1}-burst.md",
            ARTICLE_MD.replace("Taman Baru", f"Taman {n}").replace("2024-03-05", f"2024-03-0{n + 1}"),
        )
    wait_for(lambda: preview.state.generation >= 2)
    time.sleep(1.0)
    assert preview.state.generation == 2


def test_a_template_error_keeps_the_last_good_site_and_says_why(preview):
    def page():
        return re.sub(r'data-generation="\d+"', "", get(preview.url + SLUG_PAGE)[1])

    before = page()
    base = preview.root / "theme" / "base.html"
    base.write_text(base.read_text().replace("</body>", "{% if %}</body>"), encoding="utf-8")
    wait_for(lambda: preview.state.failed)
    assert page() == before
    state = json.loads(get(preview.url + "__sitegen/wait?since=0")[1])
    assert state["failed"] and "base.html, line" in state["problems"][0]
    assert any("still serving the last good site" in line for line in preview.lines)


def test_a_bad_article_is_named_in_the_overlay(preview):
    write(preview.root / "content", "2024-03-06-rusak.md", "---\ntitle: Rusak\n---\nTanpa tanggal.")
    wait_for(lambda: preview.state.problems)
    assert "2024-03-06-rusak.md: front matter lacks date" in preview.state.problems[0]
    assert not preview.state.failed  # the other articles were built
    assert any("skipped:" in line for line in preview.lines)


def test_a_config_error_is_shown_not_raised(preview):
    (preview.root / "sitegen.toml").write_text("[site\n", encoding="utf-8")
    wait_for(lambda: preview.state.failed)
    assert "not valid TOML" in preview.state.problems[0]


def test_a_busy_port_is_a_clear_error(preview, tmp_path):
    port = int(preview.url.rsplit(":", 1)[1].strip("/"))
    with pytest.raises(ConfigError, match=f"cannot serve on port {port}"):
        Preview(preview.config_path, {"content": tmp_path / "content"}, Mode.DRAFT, port, print)


def request(preview, method: str, path: str, host: str | None = None) -> tuple[int, bytes]:
    port = int(preview.url.rsplit(":", 1)[1].strip("/"))
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    connection.putrequest(method, "/" + path, skip_host=True)
    connection.putheader("Host", host if host is not None else f"localhost:{port}")
    connection.endheaders()
    response = connection.getresponse()
    body = response.read()
    connection.close()
    return response.status, body


@pytest.mark.parametrize(
    "host, status",
    [
        ("localhost:8000", 200),
        ("127.0.0.1:8000", 200),
        ("[::1]:8000", 200),
        ("localhost", 200),
        ("evil.example", 403),
        ("evil.example:8000", 403),
        ("localhost.evil.example", 403),
        ("127.0.0.1.nip.io", 403),
    ],
)
def test_only_localhost_names_are_served(preview, host, status):
    # A page on another site can resolve its own name to 127.0.0.1 (DNS rebinding); its Host header gives it away.
    assert request(preview, "GET", SLUG_PAGE, host)[0] == status


@pytest.mark.parametrize("path", [SLUG_PAGE, "static/style.css", "no/such/page/", "__sitegen/live.js"])
def test_head_answers_carry_no_body(preview, path):
    status, body = request(preview, "HEAD", path)
    assert status in (200, 404) and body == b""


def test_a_burst_of_requests_is_served_without_waiting_on_the_backlog(preview):
    # The listen backlog was 5: 200 concurrent requests waited seconds for a retry of the connection.
    results: list[tuple[int, float]] = []

    def fetch():
        started = time.monotonic()
        status, _ = request(preview, "GET", "static/style.css")
        results.append((status, time.monotonic() - started))

    threads = [threading.Thread(target=fetch) for _ in range(200)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(results) == 200 and all(status == 200 for status, _ in results)
    assert max(seconds for _, seconds in results) < 3  # a SYN retried after a full backlog waits 1 s, then 3
