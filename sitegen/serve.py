"""`sitegen serve`: build, serve on localhost, and rebuild and reload on every change.

The preview is built into the cache (never into `public/`), with the base URL `/`.
Watchdog reports changes to the content, the templates and `sitegen.toml`; after a
quiet moment (debounce) the site is rebuilt, incrementally as always, and every open
page reloads itself. A failed rebuild leaves the last good site served; its error
shows in the terminal and over the page, as do files that were skipped.
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import json
import threading
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer

import sitegen.build as pipeline
from sitegen.config import Config, load_config
from sitegen.errors import ConfigError, SitegenError
from sitegen.llm.backend import Backend, ModelIdentity, Provider
from sitegen.llm.registry import provider_for
from sitegen.render import builtin_templates
from sitegen.results import Mode

Log = Callable[[str], None]
DEBOUNCE = 0.3  # seconds without a change before rebuilding
POLL = 25.0  # seconds a page's reload request is held open
LIVE = Path(__file__).with_name("live.js")


class LiveState:
    """What open pages learn: the build generation, and the problems of the last build."""

    def __init__(self):
        self.generation = 0
        self.problems: list[str] = []
        self.failed = False
        self._changed = threading.Condition()

    def publish(self, problems: list[str], failed: bool) -> None:
        with self._changed:
            self.generation += 1
            self.problems, self.failed = problems, failed
            self._changed.notify_all()

    def wait(self, since: int, timeout: float) -> dict:
        with self._changed:
            self._changed.wait_for(lambda: self.generation != since, timeout)
            return {"generation": self.generation, "problems": self.problems, "failed": self.failed}


class Preview:
    def __init__(self, config_path: Path, overrides: dict[str, object], mode: Mode, port: int, log: Log):
        self.config_path, self.overrides, self.mode, self.log = config_path, overrides, mode, log
        self.state = LiveState()
        self.changed = threading.Event()
        self.config = self._config()
        self.server = _server(self.config.site.output, port, self.state)
        self.url = f"http://localhost:{self.server.server_address[1]}/"
        self._providers: dict[str, Provider] = {}
        self.observer = Observer()

    def _config(self) -> Config:
        config = load_config(self.config_path).with_site(**self.overrides)
        output = pipeline.cache_file(config, "preview", config.site.content).with_suffix("")
        return config.with_site(output=output / "site", base_url="/", url="")

    def start(self) -> None:
        """Build once, then serve and watch (in background threads)."""
        self.rebuild()
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        handler = _Changes(self.changed)
        theme = self.config.site.theme()
        for folder in {
            self.config.site.content.resolve(),
            builtin_templates().resolve(),
            *([theme.resolve()] if theme else []),
            self.config_path.resolve().parent,
        }:
            recursive = folder != self.config_path.resolve().parent
            if folder.is_dir():
                self.observer.schedule(handler, str(folder), recursive=recursive)
        self.observer.start()

    def run(self) -> None:
        """Rebuild after each burst of changes, until interrupted."""
        while True:
            self.changed.wait()
            while self.changed.wait(DEBOUNCE):  # still changing: wait for a quiet moment
                self.changed.clear()
            self.rebuild()

    def stop(self) -> None:
        self.observer.stop()
        self.server.shutdown()
        self.server.server_close()

    def rebuild(self) -> None:
        self.changed.clear()
        started = time.monotonic()
        try:
            self.config = self._config()
            report = pipeline.build(self.config, mode=self.mode, log=self.log, provider=self._provider())
        except SitegenError as exc:
            self.log(f"sitegen: error: {exc} (still serving the last good site)")
            self.state.publish([str(exc)], failed=True)
            return
        except Exception as exc:  # a bug: keep serving, and say what happened
            self.log("".join(traceback.format_exception(exc)).rstrip())
            self.state.publish([f"internal error: {exc!r} (see the terminal)"], failed=True)
            return
        problems = [f"skipped: {error}" for error in report.skipped]
        problems += [f"{slug}: {warning}" for slug, warning in report.flagged]
        problems += [f"note: {notice}" for notice in report.notices]
        self.log(
            f"Rebuilt in {time.monotonic() - started:.1f} s: {report.read} articles, "
            f"{report.files_written} files written"
            + (f", {len(report.skipped)} files skipped" if report.skipped else "")
            + f"  {self.url}"
        )
        for error in report.skipped:
            self.log(f"  skipped: {error}")
        self.state.publish(problems, failed=False)

    def _provider(self) -> Provider:
        """The model is loaded once per preview session, not once per rebuild (unless the settings change)."""
        key = repr(self.config.model)
        if key not in self._providers:
            self._providers[key] = _LoadOnce(provider_for(self.config, self.log))
        return self._providers[key]


class _LoadOnce:
    """A provider that keeps the backend it loaded."""

    def __init__(self, provider: Provider):
        self.provider = provider
        self.loaded: Backend | None = None

    def identity(self) -> ModelIdentity:
        return self.provider.identity()

    def load(self) -> Backend:
        if self.loaded is None:
            self.loaded = self.provider.load()
        return self.loaded


class _Changes(FileSystemEventHandler):
    """Any change but an editor's scratch files (and folders merely touched)."""

    SCRATCH = (".swp", ".swx", "~", ".tmp")

    def __init__(self, changed: threading.Event):
        self.changed = changed

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.event_type in ("opened", "closed_no_write") or (event.is_directory and event.event_type == "modified"):
            return
        name = Path(str(event.src_path)).name
        if name.startswith(".#") or name.endswith(self.SCRATCH):
            return
        self.changed.set()


class _Handler(http.server.SimpleHTTPRequestHandler):
    state: LiveState

    def do_GET(self) -> None:
        if not self._host_allowed():
            self._send(b"sitegen serve answers only requests for localhost\n", "text/plain", 403)
            return
        url = urlsplit(self.path)
        if url.path == "/__sitegen/wait":
            since = int((parse_qs(url.query).get("since") or ["-1"])[0])
            self._send(json.dumps(self.state.wait(since, POLL)).encode(), "application/json")
        elif url.path == "/__sitegen/live.js":
            self._send(LIVE.read_bytes(), "text/javascript")
        elif url.path.endswith((".html", "/")) and (page := Path(self.translate_path(url.path))).exists():
            self._page(page)
        else:
            super().do_GET()

    def do_HEAD(self) -> None:
        self.do_GET()  # _send and SimpleHTTPRequestHandler leave the body out of a HEAD response

    def _host_allowed(self) -> bool:
        """Only localhost names: a page elsewhere cannot reach the preview by DNS rebinding."""
        host = (self.headers.get("Host") or "").strip().lower()
        name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
        return name in _LOCAL_NAMES

    def _page(self, path: Path, status: int = 200) -> None:
        if path.is_dir():
            path = path / "index.html"
            if not path.is_file():
                return super().do_GET()
        tag = f'<script src="/__sitegen/live.js" data-generation="{self.state.generation}"></script>'
        html = path.read_text(encoding="utf-8")
        self._send(html.replace("</body>", f"{tag}</body>", 1).encode(), "text/html; charset=utf-8", status)

    def send_error(self, code, message=None, explain=None):
        page = Path(self.directory) / "404.html"
        if code == 404 and page.is_file():
            self._page(page, 404)  # the site's own 404 page, which works at any depth
            return
        super().send_error(code, message, explain)

    def _send(self, body: bytes, kind: str, status: int = 200) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        if self.command == "HEAD":
            return
        # The page may have gone away (reloaded or closed) while its request was held open.
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(body)

    def log_message(self, format, *args) -> None:  # noqa: A002 (the http.server signature)
        pass


_LOCAL_NAMES = {"localhost", "127.0.0.1", "[::1]", ""}


class _Server(http.server.ThreadingHTTPServer):
    request_queue_size = 128  # the listen backlog (socketserver's default of 5 makes bursts wait)
    daemon_threads = True


def _server(folder: Path, port: int, state: LiveState) -> http.server.ThreadingHTTPServer:
    handler = functools.partial(type("Handler", (_Handler,), {"state": state}), directory=str(folder))
    try:
        server = _Server(("127.0.0.1", port), handler)
    except OSError as exc:
        raise ConfigError(f"cannot serve on port {port} ({exc.strerror}); choose another with --port") from None
    server.daemon_threads = True
    return server
