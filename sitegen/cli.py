"""The command line: `sitegen new`, `add`, `fetch`, `build`, `serve`, `quotes`, `eval`, `check`, `model fetch`.

Every SitegenError becomes one line on stderr and the exit status of its kind
(sitegen.errors lists them); no tracebacks for user mistakes.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from sitegen import __version__
from sitegen.config import CONFIG_FILE, load_config
from sitegen.errors import (
    CANNOT_WRITE,
    EXIT_INPUT,
    EXIT_INTERRUPTED,
    EXIT_OUTPUT,
    ConfigError,
    ContentError,
    SitegenError,
)
from sitegen.fsutil import atomic_write_text
from sitegen.results import Mode


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return int(args.run(args))
    except SitegenError as exc:
        print(f"sitegen: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print(
            "sitegen: interrupted; the published site is unchanged and finished summaries are kept in the cache",
            file=sys.stderr,
        )
        return EXIT_INTERRUPTED
    except OSError as exc:
        if exc.errno not in CANNOT_WRITE:
            raise  # a bug: the traceback is what to report
        where = f": {exc.filename}" if exc.filename else ""
        print(f"sitegen: error: {exc.strerror}{where}", file=sys.stderr)
        return EXIT_OUTPUT


def _port(value: str) -> int:
    try:
        port = int(value)
    except ValueError:
        port = -1
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"{value!r} is not a port number (0 to 65535; 0 picks a free one)")
    return port


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="sitegen", description=__doc__.splitlines()[0])
    parser.add_argument("--version", action="version", version=f"sitegen {__version__}")
    parser.add_argument(
        "--config",
        type=Path,
        default=Path(CONFIG_FILE),
        help=f"configuration file (default: {CONFIG_FILE}, if present)",
    )
    commands = parser.add_subparsers(title="commands", required=True, metavar="COMMAND")

    new = commands.add_parser("new", help="start a new site in a folder: content, settings, Pages workflow")
    new.add_argument("folder", type=Path, metavar="DIR")
    new.set_defaults(run=_new)

    add = commands.add_parser("add", help="add articles from web addresses or saved HTML files to the content folder")
    add.add_argument("targets", nargs="+", metavar="URL|FILE.html")
    add.add_argument("--content", type=Path, help="folder of articles (default: content)")
    add.add_argument("--lang", default="id", help="the articles' language where a page does not say (default: id)")
    add.add_argument("--tag", action="append", default=[], help="a tag for every article added (repeatable)")
    add.set_defaults(run=_add)

    fetch = commands.add_parser("fetch", help="add the new items of every [[sources]] feed in sitegen.toml")
    fetch.add_argument("--content", type=Path, help="folder of articles (default: content)")
    fetch.set_defaults(run=_fetch)

    build = commands.add_parser("build", help="build the site from the content folder")
    build.add_argument("--content", type=Path, help="folder of articles (default: content)")
    build.add_argument("--output", type=Path, help="folder for the site (default: public)")
    build.add_argument("--base-url", help="URL path the site is served under, e.g. /REPO/")
    build.add_argument("--site-url", help="the site's origin for feeds and sitemap, e.g. https://USER.github.io")
    _add_mode_options(build)
    build.add_argument(
        "--strict", action="store_true", help="exit non-zero if any file was skipped or any result was flagged"
    )
    build.add_argument("--json-report", type=Path, metavar="FILE", help="also write the build report as JSON")
    build.set_defaults(run=_build)

    serve = commands.add_parser("serve", help="preview on localhost, rebuilding and reloading on every change")
    serve.add_argument("--content", type=Path, help="folder of articles (default: content)")
    serve.add_argument("--output", type=Path, help=argparse.SUPPRESS)  # `make serve` passes the build's options
    serve.add_argument("--port", type=_port, default=8000, help="port on localhost (default: 8000)")
    _add_mode_options(serve)
    serve.set_defaults(run=_serve)

    quotes = commands.add_parser("quotes", help="print the direct quotations of articles as JSON")
    quotes.add_argument("files", nargs="+", type=Path, metavar="FILE")
    quotes.set_defaults(run=_quotes)

    evaluate = commands.add_parser("eval", help="measure summaries against reference data (ROUGE, checks)")
    evaluate.add_argument(
        "data", type=Path, metavar="DATA.jsonl", help="JSON lines with id, text and a reference summary_id"
    )
    evaluate.add_argument("--limit", type=int, help="only the first N records")
    evaluate.add_argument("--out", type=Path, metavar="PRED.jsonl", help="write the predictions here")
    evaluate.set_defaults(run=_eval)

    check = commands.add_parser("check", help="run a build's translation checks on pairs given as JSON lines")
    check.add_argument(
        "pairs",
        type=Path,
        metavar="PAIRS.jsonl",
        help='lines of {"id", "kind", "source", "translation"} (or "article" for kind summary_id)',
    )
    check.add_argument("--no-llm", action="store_true", help="only the checks that need no model (all of them, today)")
    check.set_defaults(run=_check)

    model = commands.add_parser("model", help="manage the language model")
    model_commands = model.add_subparsers(required=True, metavar="ACTION")
    fetch = model_commands.add_parser("fetch", help="download and verify the default model (once)")
    fetch.set_defaults(run=_model_fetch)
    return parser


def _new(args: argparse.Namespace) -> int:
    from sitegen.scaffold import new_site

    for line in new_site(args.folder):
        print(line)
    return 0


def _add(args: argparse.Namespace) -> int:
    from sitegen.adding import ContentIndex, Defaults, add
    from sitegen.web import WebClient

    config = load_config(args.config).with_site(content=args.content)
    folder = config.site.content
    folder.mkdir(parents=True, exist_ok=True)
    index, failed = ContentIndex(folder), False
    with WebClient(config.fetch, config.cache.root()) as client:
        for target in args.targets:
            outcome = add(target, folder, index, client, Defaults(lang=args.lang, tags=tuple(args.tag)))
            print(outcome.line(), file=sys.stderr if outcome.status == "skipped" else sys.stdout, flush=True)
            failed = failed or outcome.status == "skipped"
    return EXIT_INPUT if failed else 0


def _fetch(args: argparse.Namespace) -> int:
    from sitegen.feeds import fetch_sources
    from sitegen.web import WebClient

    config = load_config(args.config).with_site(content=args.content)
    if not config.sources:
        raise ConfigError(f'no [[sources]] in {args.config}; add one with feed = "https://…/rss" (see the README)')
    log = lambda line: print(line, file=sys.stderr, flush=True)  # noqa: E731
    with WebClient(config.fetch, config.cache.root()) as client:
        report = fetch_sources(config.sources, config.site.content, client, log)
    for line in report.lines():
        print(line, file=sys.stderr)
    return EXIT_INPUT if report.failed else 0


def _build(args: argparse.Namespace) -> int:
    from sitegen.build import build

    config = load_config(args.config).with_site(
        content=args.content,
        output=args.output,
        base_url=args.base_url,
        url=args.site_url.rstrip("/") if args.site_url else None,
    )
    report = build(config, mode=_mode(args))
    for line in report.lines(str(config.site.output)):
        print(line, file=sys.stderr)
    if args.json_report:
        atomic_write_text(args.json_report, json.dumps(report.to_json(), indent=2) + "\n")
    return report.exit_code(args.strict)


def _serve(args: argparse.Namespace) -> int:
    from sitegen.serve import Preview

    log = lambda line: print(line, file=sys.stderr, flush=True)  # noqa: E731
    preview = Preview(args.config, {"content": args.content}, _mode(args), args.port, log)
    preview.start()
    log(f"Serving {preview.url} (Ctrl-C to stop); watching content, templates and {args.config.name}.")
    try:
        preview.run()
    except KeyboardInterrupt:
        log("Stopped.")
    finally:
        preview.stop()
    return 0


def _add_mode_options(parser: argparse.ArgumentParser) -> None:
    modes = parser.add_mutually_exclusive_group()
    modes.add_argument(
        "--no-llm",
        action="store_true",
        help="never load the model: stored or cached summaries, lead-sentence drafts for the rest",
    )
    modes.add_argument(
        "--offline", action="store_true", help="never load the model, and fail if any summary is not stored or cached"
    )


def _mode(args: argparse.Namespace) -> Mode:
    return Mode.DRAFT if args.no_llm else Mode.OFFLINE if getattr(args, "offline", False) else Mode.MODEL


def _quotes(args: argparse.Namespace) -> int:
    from sitegen.prepared import prepare
    from sitegen.readers import read_article

    results, failed = [], False
    for path in args.files:
        try:
            article = read_article(path, undated_ok=True)
        except ContentError as exc:
            print(f"sitegen: error: {exc}", file=sys.stderr)
            failed = True
            continue
        prepare(article)
        results.append(
            {
                "file": str(path),
                "quotes": [
                    {
                        "text": q.text,
                        "speaker": q.speaker,
                        "role": q.role,
                        "start": q.start,
                        "end": q.end,
                        "attribution": q.attribution,
                    }
                    for q in article.candidates
                ],
            }
        )
    json.dump(results, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return EXIT_INPUT if failed else 0


def _eval(args: argparse.Namespace) -> int:
    from sitegen.evaluate import evaluate

    log = lambda line: print(line, file=sys.stderr)  # noqa: E731
    report = evaluate(args.data, load_config(args.config), limit=args.limit, out=args.out, log=log)
    print("\n".join(report.lines()))
    return 0


def _check(args: argparse.Namespace) -> int:
    from sitegen.audit import check_lines

    try:
        lines = args.pairs.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise ContentError(args.pairs, f"cannot read ({getattr(exc, 'strerror', None) or exc})") from None
    failed = False
    for number, answer in check_lines(lines):
        if isinstance(answer, str):
            print(f"sitegen: error: {args.pairs}: line {number}: {answer}", file=sys.stderr)
            failed = True
        else:
            print(json.dumps(answer, ensure_ascii=False))
    return EXIT_INPUT if failed else 0


def _model_fetch(args: argparse.Namespace) -> int:
    from sitegen.llm.model_files import ensure_default_model

    config = load_config(args.config)
    path = ensure_default_model(config.cache.root(), lambda line: print(line, file=sys.stderr))
    print(path)
    return 0
