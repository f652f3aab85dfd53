"""`make bench`: how fast sitegen is on this machine, measured, printed as a table and JSON.

1. Real-model builds of N dev articles from an empty cache, one per way of running the
   model: embedded sequential, embedded batched (`[model] parallel`), and llama.cpp's
   OpenAI-compatible server on 127.0.0.1 (`python -m llama_cpp.server`, started and
   stopped here) with 1, 2 and 4 articles in flight. Each reports articles per hour,
   seconds per article against the model's floor (article tokens at the measured prompt
   speed plus output tokens at the measured generation speed) and the batched floor (all
   tokens at the prompt speed: the limit when decoding is fully batched), and peak memory.
2. `--no-llm` builds of 750 and of 10,000 articles (the dev set, repeated a year later
   each round): cold, the first rebuild, a warm rebuild with nothing changed, and a
   rebuild after editing one article, each with its peak memory.
3. The Pagefind index of the 750-article site: its size, and the bytes one search
   downloads in headless Chromium (where /usr/bin/chromium exists).

Every build runs as its own `sitegen build` process; its peak memory is its maximum
resident set size (Pagefind's included), as the kernel reports it to wait4().
"""

from __future__ import annotations

import argparse
import functools
import http.server
import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import httpx

from sitegen.config import user_cache_dir
from sitegen.corpus import read_jsonl, write_corpus
from sitegen.errors import SitegenError
from sitegen.llm.model_files import DEFAULT_MODEL, ensure_default_model

CHROMIUM = Path("/usr/bin/chromium")
QUERY = "presiden"


def run_build(root: Path, *options: str) -> dict:
    """One `sitegen build` process over root/content: its JSON report, wall time and peak memory."""
    report = root / "report.json"
    cmd = [
        sys.executable,
        "-m",
        "sitegen",
        "--config",
        str(root / "sitegen.toml"),
        "build",
        "--content",
        str(root / "content"),
        "--output",
        str(root / "public"),
        "--json-report",
        str(report),
        *options,
    ]
    started = time.monotonic()
    process = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    errors = process.stderr.read() if process.stderr else ""
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.monotonic() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"bench: the build failed:\n{errors[-2000:]}")
    return {
        **json.loads(report.read_text()),
        "wall_seconds": round(seconds, 2),
        "peak_memory_mb": round(usage.ru_maxrss / 1024),
    }


def workspace(parent: Path, name: str, records: list[dict], count: int, cache: Path, model: str = "") -> Path:
    root = parent / name
    write_corpus(records, root / "content", count)
    (root / "sitegen.toml").write_text(f'[cache]\ndir = "{cache}"\n{model}', encoding="utf-8")
    return root


# The ways of running the model that `make bench` compares: (name, the [model] table).
EMBEDDED = {
    "embedded_sequential": "[model]\nparallel = false\n",
    "embedded_parallel": "[model]\nparallel = true\nconcurrency = 4\n",
}
SERVER_CONCURRENCY = (1, 2, 4)


def model_build(parent: Path, records: list[dict], count: int, name: str, model_table: str) -> dict:
    """A real-model build from an empty result cache (the verified default model is linked in)."""
    cache = parent / f"{name}-cache"
    model = default_model()
    (cache / "models").mkdir(parents=True)
    for suffix in ("", ".sha256"):
        (cache / "models" / (DEFAULT_MODEL.filename + suffix)).symlink_to(Path(f"{model}{suffix}"))
    root = workspace(parent, name, records, count, cache, model_table)
    result = run_build(root)
    result["model_file_mb"] = round(model.stat().st_size / 2**20)
    return result


def default_model() -> Path:
    return ensure_default_model(user_cache_dir(), lambda line: print(line, file=sys.stderr))


def server_builds(parent: Path, records: list[dict], count: int) -> dict:
    """Builds through llama-cpp-python's OpenAI-compatible server, with 1, 2 and 4 articles in flight."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}/v1"
    log = (parent / "server.log").open("w")
    server = subprocess.Popen(
        [sys.executable, "-m", "llama_cpp.server", "--model", str(default_model()), "--n_ctx", "8192",
         "--n_threads", str(os.cpu_count() or 1), "--host", "127.0.0.1", "--port", str(port)],
        stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    try:
        _wait_for(url + "/models", server)
        runs = {}
        for n in SERVER_CONCURRENCY:
            table = f'[model]\nbackend = "openai"\nurl = "{url}"\nconcurrency = {n}\n'
            root = workspace(parent, f"server-{n}", records, count, parent / f"server-{n}-cache", table)
            runs[f"server_concurrency_{n}"] = run_build(root)
        return runs
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()


def _wait_for(url: str, server: subprocess.Popen) -> None:
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit("bench: llama_cpp.server stopped; is llama-cpp-python[server] installed? (make setup)")
        try:
            httpx.get(url, timeout=2).raise_for_status()
            return
        except httpx.HTTPError:
            time.sleep(1)
    raise SystemExit("bench: llama_cpp.server did not answer within 180 s")


def draft_builds(parent: Path, records: list[dict], count: int) -> dict:
    root = workspace(parent, f"draft-{count}", records, count, parent / f"draft-{count}-cache")
    runs = {
        "cold": run_build(root, "--no-llm"),
        "first_rebuild": run_build(root, "--no-llm"),
        "warm": run_build(root, "--no-llm"),
    }
    first = sorted((root / "content").glob("*.md"))[0]
    first.write_text(first.read_text(encoding="utf-8") + "\nSatu kalimat tambahan.\n", encoding="utf-8")
    runs["one_article_edited"] = run_build(root, "--no-llm")
    runs["pagefind"] = pagefind_size(root / "public")
    return runs


def pagefind_size(site: Path) -> dict:
    files = [p for p in (site / "pagefind").rglob("*") if p.is_file()]
    return {"files": len(files), "bytes": sum(p.stat().st_size for p in files)}


def query_bytes(site: Path, query: str = QUERY) -> dict | None:
    """Bytes fetched from /pagefind/ by a fresh search page running one query."""
    if not CHROMIUM.exists():
        return None
    from playwright.sync_api import sync_playwright

    handler = functools.partial(_QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    fetched: dict[str, int] = {}
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=str(CHROMIUM), args=["--headless", "--no-sandbox"])
            page = browser.new_page()

            def count(response: Any) -> None:
                if "/pagefind/" in response.url:
                    fetched[response.url] = len(response.body())

            page.on("response", count)
            page.goto(f"http://127.0.0.1:{server.server_address[1]}/search/")
            page.fill("input[type=search]", query)
            page.wait_for_selector(".search__results li", timeout=30_000)
            page.wait_for_load_state("networkidle")
            results = page.locator(".search__results li").count()
            browser.close()
    finally:
        server.shutdown()
    engine = sum(size for url, size in fetched.items() if url.split("?")[0].endswith((".js", ".pagefind", ".json")))
    return {
        "query": query,
        "results_shown": results,
        "requests": len(fetched),
        "bytes": sum(fetched.values()),
        "engine_bytes": engine,
        "index_bytes": sum(fetched.values()) - engine,
    }


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args) -> None:  # noqa: A002 (the http.server signature)
        pass


def table(result: dict) -> str:
    rows = []
    builds = result.get("model_builds", {})
    first = next(iter(builds.values()), None)
    if first and first.get("model"):
        rows.append(f"Real model, {first['summarised']} dev articles each, empty cache:")
        rows.append(
            f"  {'way':<28}{'art/hour':>9}{'s/art':>7}{'floor':>7}{'batched':>8}{'prompt':>8}{'gen':>6}{'peak MB':>9}"
        )
        sequential = builds.get("embedded_sequential", {}).get("model") or first["model"]
        for name, run in builds.items():
            m = run["model"]
            batched_floor = (m["document_tokens_per_article"] + m["output_tokens_per_article"]) / sequential[
                "prompt_tokens_per_s"
            ]
            rows.append(
                f"  {name:<28}{m['articles_per_hour']:>9}{m['seconds_per_article']:>7}"
                f"{m['floor_seconds_per_article']:>7}{batched_floor:>8.1f}{m['prompt_tokens_per_s']:>8}"
                f"{m['generation_tokens_per_s']:>6}{run['peak_memory_mb']:>9}"
            )
        rows.append(
            "  (floor: article tokens at prompt speed + output at generation speed; batched: article and output"
            " tokens at the sequential prompt speed, the limit of fully batched decoding; the server's peak"
            " memory is its client's)"
        )
        rows.extend(_task_rows(builds.get("embedded_sequential") or first))
    for count, runs in sorted(result.get("no_llm", {}).items(), key=lambda item: int(item[0])):
        rows.append(f"--no-llm, {count} articles     wall s   written   kept   peak MB")
        for name in ("cold", "first_rebuild", "warm", "one_article_edited"):
            run = runs[name]
            rows.append(
                f"  {name:<20}{run['wall_seconds']:>9.2f}{run['files_written']:>10}"
                f"{run['files_kept']:>7}{run['peak_memory_mb']:>10}"
            )
        rows.append(
            f"  Pagefind index      {runs['pagefind']['bytes'] / 2**20:.1f} MB in {runs['pagefind']['files']} files"
        )
    query = result.get("search_query")
    if query:
        rows.append(
            f"One search ('{query['query']}', {query['results_shown']} results shown) downloads "
            f"{query['bytes'] / 1024:.0f} KB in {query['requests']} requests: "
            f"{query['engine_bytes'] / 1024:.0f} KB Pagefind's code (once per visit), "
            f"{query['index_bytes'] / 1024:.0f} KB index, filters and result fragments"
        )
    return "\n".join(rows)


def _task_rows(run: dict) -> list[str]:
    """Where one build's model time went, per kind of task (retries apart), and the checks' own time."""
    tasks = run.get("model", {}).get("tasks")
    if not tasks:
        return []
    rows = [f"  per article, by task ({run['model']['generation_tokens_per_s']} tok/s generation):"]
    for kind, cost in tasks.items():
        rows.append(
            f"    {kind:<18}{cost['seconds_per_article']:>6.1f} s in {cost['calls_per_article']:.2f} calls,"
            f" of which retries {cost['retry_seconds_per_article']:.1f} s in {cost['retries_per_article']:.2f}"
        )
    rows.append(f"    checks            {run['model']['check_seconds_per_article']:>6.3f} s")
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m sitegen.bench", description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data/indosum-dev01.jsonl"))
    parser.add_argument("--model-articles", type=int, default=5, help="dev articles for each real-model build")
    parser.add_argument("--no-server", action="store_true", help="skip the builds through llama.cpp's server")
    parser.add_argument("--sizes", default="750,10000", help="article counts for the --no-llm builds")
    parser.add_argument("--out", type=Path, default=Path("bench.json"), help="also write the JSON here")
    args = parser.parse_args(argv)
    try:
        records = read_jsonl(args.data)
    except SitegenError as exc:
        raise SystemExit(f"bench: {exc} (pass the dev set with `make bench EVAL_DATA=PATH`)") from None
    result: dict = {"machine": {"cpus": os.cpu_count(), "python": sys.version.split()[0]}}
    with tempfile.TemporaryDirectory(prefix="sitegen-bench-") as tmp:
        parent = Path(tmp)
        if args.model_articles:
            result["model_builds"] = {}
            for name, model_table in EMBEDDED.items():
                print(f"bench: {name}, {args.model_articles} articles…", file=sys.stderr)
                result["model_builds"][name] = model_build(parent, records, args.model_articles, name, model_table)
            if not args.no_server:
                print(f"bench: through llama_cpp.server, {args.model_articles} articles each…", file=sys.stderr)
                result["model_builds"].update(server_builds(parent, records, args.model_articles))
        result["no_llm"] = {}
        for count in (int(n) for n in args.sizes.split(",") if n):
            print(f"bench: --no-llm builds of {count} articles…", file=sys.stderr)
            result["no_llm"][str(count)] = draft_builds(parent, records, count)
        smallest = min(result["no_llm"], key=int, default=None)
        if smallest:
            result["search_query"] = query_bytes(parent / f"draft-{smallest}" / "public")
    print(table(result))
    text = json.dumps(result, indent=2)
    print(text)
    args.out.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
