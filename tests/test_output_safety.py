"""A build replaces only a folder that sitegen made, and a failure to write is one line.

Each case here deleted a user's files, or ended in a traceback, before the output
folder was marked (sitegen.output_folder).
"""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest
from conftest import ARTICLE_MD, write

from sitegen.build import build
from sitegen.cli import main
from sitegen.config import CacheConfig, Config, SiteConfig
from sitegen.errors import EXIT_OUTPUT, OutputError
from sitegen.llm.fake import FakeProvider
from sitegen.output_folder import MARKER


def run(config: Config):
    return build(config, provider=FakeProvider(), log=lambda line: None)


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A project folder (the working directory) with one article and its own cache."""
    root = tmp_path / "project"
    (root / "content").mkdir(parents=True)
    write(root / "content", "2024-03-05-taman.md", ARTICLE_MD)
    (root / ".git").mkdir()
    (root / ".git" / "HEAD").write_text("ref: refs/heads/main\n")
    monkeypatch.chdir(root)
    return root


def config_for(project: Path, output: Path, content: Path | None = None) -> Config:
    return Config(
        site=SiteConfig(content=content or project / "content", output=output),
        cache=CacheConfig(dir=str(project.parent / "cache")),
    )


def test_a_folder_of_other_files_is_refused_and_kept(project):
    output = project / "www"
    write(output, "letter.txt", "Dear reader")
    for _ in range(2):  # the second build used to delete letter.txt
        with pytest.raises(OutputError, match="holds files that sitegen did not make"):
            run(config_for(project, output))
    assert snapshot(output) == {"letter.txt": b"Dear reader"}
    assert not (project / ".www.next").exists()


@pytest.mark.parametrize(
    "where, message",
    [
        ("content", "would replace the content folder"),
        (".", "would replace the content folder"),
        ("content/site", "lies inside the content folder"),
        ("summaries", "would replace the summary store"),
    ],
)
def test_output_may_not_be_or_hold_the_content_or_the_project(project, where, message):
    before = snapshot(project)
    with pytest.raises(OutputError, match=message):
        run(config_for(project, project / where))
    assert snapshot(project) == before


def test_the_project_root_with_an_absolute_content_folder_is_refused(project, tmp_path):
    content = tmp_path / "elsewhere"
    write(content, "2024-03-05-taman.md", ARTICLE_MD)
    before = snapshot(project)
    with pytest.raises(OutputError, match="would replace the project folder"):
        run(config_for(project, project, content=content))
    assert snapshot(project) == before and (project / ".git" / "HEAD").is_file()


def test_a_home_folder_is_refused(project, tmp_path):
    home = tmp_path / "home"
    write(home, "Documents/letter.txt", "Dear reader")
    write(home, ".bashrc", "export PS1='$ '")
    for _ in range(2):
        with pytest.raises(OutputError):
            run(config_for(project, home))
    assert snapshot(home) == {".bashrc": b"export PS1='$ '", "Documents/letter.txt": b"Dear reader"}


def test_a_link_to_a_web_root_is_refused_and_stays_a_link(project, tmp_path):
    webroot = tmp_path / "webroot"
    write(webroot, "index.php", "<?php echo 1;")
    (project / "public").symlink_to(webroot)
    with pytest.raises(OutputError, match="symbolic link"):
        run(config_for(project, project / "public"))
    assert (project / "public").is_symlink() and snapshot(webroot) == {"index.php": b"<?php echo 1;"}


def test_a_file_named_as_output_is_one_line(project, capsys):
    (project / "site.html").write_text("mine")
    code = main(["--config", str(project / "none.toml"), "build", "--output", "site.html", "--no-llm"])
    err = capsys.readouterr().err
    assert code == EXIT_OUTPUT and err.count("\n") == 1 and "is a file, not a folder" in err
    assert (project / "site.html").read_text() == "mine"


def test_sitegens_own_folder_is_rebuilt_and_an_empty_one_is_taken(project):
    output = project / "public"
    output.mkdir()  # empty: fine
    run(config_for(project, output))
    assert (output / MARKER).is_file()
    write(project / "content", "2024-03-06-pasar.md", ARTICLE_MD.replace("Taman", "Pasar").replace("03-05", "03-06"))
    report = run(config_for(project, output))
    assert report.read == 2 and (output / "2024/03/06").is_dir()
    assert (project / ".public.next" / MARKER).is_file()  # the second copy is marked too


def _fail_writes(monkeypatch, code: int, after: int = 3):
    """Make Path.write_bytes fail with `code` after `after` files (a full disk, a read-only folder)."""
    real, count = Path.write_bytes, [0]

    def write_bytes(self, data):
        count[0] += 1
        if count[0] > after:
            raise OSError(code, os.strerror(code), str(self))
        return real(self, data)

    monkeypatch.setattr(Path, "write_bytes", write_bytes)


@pytest.mark.parametrize(
    "code, advice",
    [(errno.ENOSPC, "free some space"), (errno.EROFS, "make it writable"), (errno.EACCES, "make it writable")],
)
def test_a_full_or_read_only_disk_is_one_line_and_the_next_build_works(project, monkeypatch, code, advice):
    config = config_for(project, project / "public")
    run(config)
    published = snapshot(project / "public")
    write(project / "content", "2024-03-06-pasar.md", ARTICLE_MD.replace("Taman", "Pasar").replace("03-05", "03-06"))
    with monkeypatch.context() as patch:
        _fail_writes(patch, code)
        with pytest.raises(OutputError, match=advice) as error:
            run(config)
    assert "the published site is unchanged" in str(error.value) and "\n" not in str(error.value)
    assert snapshot(project / "public") == published
    assert not (project / ".public.next").exists()  # the half-made copy is gone, not filling the disk
    report = run(config)  # the cause is gone: the next build works
    assert report.read == 2 and (project / "public" / "2024/03/06").is_dir()


def test_a_full_disk_through_the_cli_is_one_line(project, monkeypatch, capsys):
    _fail_writes(monkeypatch, errno.ENOSPC, after=0)
    config = project / "sitegen.toml"
    config.write_text(f'[cache]\ndir = "{project.parent / "cache"}"\n[model]\nbackend = "fake"\n')
    code = main(["--config", str(config), "build"])
    err = capsys.readouterr().err
    assert code == EXIT_OUTPUT and "No space left on device" in err and "Traceback" not in err
    assert [line for line in err.splitlines() if "error" in line] == [err.splitlines()[-1]]
    assert err.splitlines()[-1].startswith("sitegen: error: cannot write the site to public: No space left")


def test_a_damaged_manifest_of_the_wrong_shape_is_ignored(project):
    config = config_for(project, project / "public")
    run(config)
    for manifest in (project.parent / "cache" / "sites").glob("*.json"):
        manifest.write_text(json.dumps({"index.html": "not a record", "feed.xml": [1, 2]}))
    report = run(config)
    assert report.files_written > 0 and (project / "public" / "index.html").is_file()
