"""SIGKILL at any moment: the published site is always a complete build, and a rerun
redoes only the articles that had not finished."""

import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from conftest import ARTICLE_MD, good_answer, write

from sitegen.build import build
from sitegen.config import CacheConfig, Config, SiteConfig
from sitegen.llm.fake import FakeBackend, FakeProvider
from sitegen.results import Mode

TESTS = Path(__file__).parent
BUILDER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    sys.path.insert(0, {tests!r})
    from conftest import good_answer
    from sitegen.build import build
    from sitegen.config import CacheConfig, Config, SiteConfig
    from sitegen.llm.fake import FakeBackend, FakeProvider
    from sitegen.results import Mode

    def slow(prompt):
        time.sleep({delay})
        return good_answer(prompt)

    config = Config(site=SiteConfig(content=Path({content!r}), output=Path({output!r})),
                    cache=CacheConfig(dir={cache!r}))
    build(config, mode=Mode({mode!r}), provider=FakeProvider(FakeBackend(slow)), log=lambda line: None)
""")


def site(config):
    """The published files (Pagefind's bundle only as a check that it is whole: its order varies)."""
    out = config.site.output
    found = {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}
    bundle = {name for name in found if name.startswith("pagefind/")}
    assert "pagefind/pagefind-entry.json" in bundle and "pagefind/pagefind.js" in bundle
    return {name: data for name, data in found.items() if name not in bundle}


def configure(root: Path) -> Config:
    return Config(
        site=SiteConfig(content=root / "content", output=root / "public"), cache=CacheConfig(dir=str(root / "cache"))
    )


def write_articles(config, count, marker):
    config.site.content.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        day = 1 + n % 9
        write(
            config.site.content,
            f"2024-03-0{day}-a{n}.md",
            ARTICLE_MD.replace("2024-03-05", f"2024-03-0{day}")
            .replace("Taman Baru", f"Taman {n}")
            .replace("200 orang", f"{marker} orang"),
        )


def expected_site(tmp_path, name, count, marker, mode):
    """What a complete build of this content gives (built apart, with its own cache)."""
    config = configure(tmp_path / name)
    write_articles(config, count, marker)
    build(config, mode=mode, provider=FakeProvider(), log=lambda line: None)
    return site(config)


def start(config, mode, delay):
    script = BUILDER.format(
        tests=str(TESTS),
        delay=delay,
        content=str(config.site.content),
        output=str(config.site.output),
        cache=config.cache.dir,
        mode=mode.value,
    )
    return subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


@pytest.mark.parametrize(
    "mode, count, delay",
    [
        (Mode.MODEL, 6, 0.03),  # killed while summarising (4 model calls an article), or later
        (Mode.DRAFT, 80, 0.0),  # killed while rendering, indexing or swapping the site in
    ],
)
def test_killed_build_leaves_a_complete_site(tmp_path, mode, count, delay):
    old = expected_site(tmp_path, "old", count, 200, mode)
    new = expected_site(tmp_path, "new", count, 300, mode)
    config = configure(tmp_path / "live")
    write_articles(config, count, 200)
    build(config, mode=mode, provider=FakeProvider(), log=lambda line: None)
    assert site(config) == old

    write_articles(config, count, 300)
    started = time.monotonic()
    process = start(config, mode, delay)
    assert process.wait(timeout=120) == 0, process.stderr.read().decode()
    duration = time.monotonic() - started  # a whole build, from process start to exit

    for n, fraction in enumerate((0.9, 0.15, 0.75, 0.35, 0.55)):
        write_articles(config, count, 200 if n % 2 else 300)
        process = start(config, mode, delay)
        time.sleep(fraction * duration)
        process.send_signal(signal.SIGKILL)
        assert process.wait() in (-signal.SIGKILL, 0), process.stderr.read().decode()
        assert site(config) in (old, new), f"the published site mixes two builds (killed at {fraction:.0%})"

    write_articles(config, count, 300)
    build(config, mode=mode, provider=FakeProvider(), log=lambda line: None)
    assert site(config) == new
    leftovers = [p.name for p in config.site.output.parent.iterdir() if p.name.startswith(".public.")]
    assert sorted(leftovers) == [".public.lock", ".public.next"]
    assert not list((config.site.output.parent / ".public.next").glob(".pagefind-*"))


def test_rerun_after_a_kill_redoes_only_the_unfinished_articles(tmp_path):
    config = configure(tmp_path / "live")
    write_articles(config, 6, 200)
    process = start(config, Mode.MODEL, 0.05)
    for line in process.stderr:
        if line.startswith(b"[3/6]"):
            process.send_signal(signal.SIGKILL)  # three articles done, the fourth under way
            break
    process.wait()
    assert process.returncode == -signal.SIGKILL, process.stderr.read().decode()
    assert not config.site.output.exists()  # nothing was published

    summarised: list[str] = []

    def noting(prompt):
        summarised.append(prompt.document.split("\n")[0])
        return good_answer(prompt)

    fake = FakeBackend(noting)
    report = build(config, provider=FakeProvider(fake), log=lambda line: None)
    assert report.summarised == 3 and report.stored == 3
    assert sorted(set(summarised)) == [
        "Warga Kota Membahas Rencana Taman 3",
        "Warga Kota Membahas Rencana Taman 4",
        "Warga Kota Membahas Rencana Taman 5",
    ]
