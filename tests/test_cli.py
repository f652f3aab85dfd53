"""The command line: one-line errors, no tracebacks, and the `quotes` JSON contract."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from sitegen.cli import main
from sitegen.errors import (
    EXIT_INPUT,
    EXIT_MODEL,
    BuildLockedError,
    ConfigError,
    ContentError,
    ModelError,
    OfflineError,
    OutputError,
    TemplateError,
)

SEED = Path(__file__).parent / "fixtures" / "seeds" / "000_d2dfdaceba91de6f.txt"


@pytest.mark.parametrize(
    "toml, message",
    [
        ("[site\n", "not valid TOML"),
        ("[sitee]\ntitle = 'x'\n", "unknown section [sitee]"),
        ("[model]\nn_ctx = 'big'\n", "model.n_ctx must be int, not str"),
        ("[model]\ntemprature = 0.1\n", "unknown key model.temprature"),
    ],
)
def test_config_mistakes_are_one_line(tmp_path, capsys, toml, message):
    config = tmp_path / "sitegen.toml"
    config.write_text(toml)
    assert main(["--config", str(config), "build", "--no-llm"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("sitegen: error: ") and message in err


def test_missing_content_folder_is_one_line(tmp_path, capsys):
    code = main(["--config", str(tmp_path / "none.toml"), "build", "--content", str(tmp_path / "nope"), "--no-llm"])
    err = capsys.readouterr().err
    assert code == EXIT_INPUT
    assert err == f"sitegen: error: {tmp_path / 'nope'}: content folder not found\n"


def test_missing_model_file_is_one_line(tmp_path, capsys):
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "2024-01-01-a.txt").write_text("Judul\n\nIsi berita yang pendek.\n")
    config = tmp_path / "sitegen.toml"
    config.write_text(f"[model]\npath = '{tmp_path / 'missing.gguf'}'\n[cache]\ndir = '{tmp_path / 'c'}'\n")
    code = main(
        ["--config", str(config), "build", "--content", str(tmp_path / "content"), "--output", str(tmp_path / "out")]
    )
    err = capsys.readouterr().err
    assert code == EXIT_MODEL
    assert "missing.gguf does not exist; fix [model] path in sitegen.toml" in err
    assert "Traceback" not in err


def test_quotes_command_prints_every_quotation_as_json(capsys):
    assert main(["quotes", str(SEED)]) == 0
    [entry] = json.loads(capsys.readouterr().out)
    assert entry["file"] == str(SEED)
    assert len(entry["quotes"]) == 5
    first = entry["quotes"][0]
    assert list(first) == ["text", "speaker", "role", "start", "end", "attribution"]
    assert first["speaker"] == "Antony Blinken" and first["role"] == "Menlu AS"
    assert first["attribution"].startswith("kata Blinken")


def test_python_dash_m_works(tmp_path):
    result = subprocess.run([sys.executable, "-m", "sitegen", "--version"], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.startswith("sitegen ")


def test_offline_build_that_needs_the_model_is_one_line(tmp_path, capsys):
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "2024-01-01-a.txt").write_text("Judul\n\nIsi berita yang pendek.\n")
    code = main(
        [
            "--config",
            str(tmp_path / "none.toml"),
            "build",
            "--content",
            str(tmp_path / "content"),
            "--output",
            str(tmp_path / "out"),
            "--offline",
        ]
    )
    err = capsys.readouterr().err
    assert code == EXIT_MODEL
    assert err == (
        "sitegen: error: --offline, but 1 article would need the model because no stored summary "
        "matches: judul (never summarised); build without --offline to summarise them\n"
    )
    assert not (tmp_path / "out").exists()


def test_offline_and_no_llm_exclude_each_other(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["build", "--offline", "--no-llm"])
    assert exit_.value.code == 2
    assert "not allowed with argument" in capsys.readouterr().err


def test_json_report_is_written(tmp_path, capsys):
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "2024-01-01-a.txt").write_text("Judul\n\nIsi berita yang pendek.\n")
    config = tmp_path / "sitegen.toml"
    config.write_text(f"[cache]\ndir = '{tmp_path / 'c'}'\n")
    code = main(
        [
            "--config",
            str(config),
            "build",
            "--content",
            str(tmp_path / "content"),
            "--output",
            str(tmp_path / "out"),
            "--no-llm",
            "--json-report",
            str(tmp_path / "r.json"),
        ]
    )
    assert code == 0
    report = json.loads((tmp_path / "r.json").read_text())
    assert report["articles"] == 1 and report["drafts"] == 1 and report["model"] is None
    assert report["files_written"] > 10 and report["pages"] >= 9


@pytest.mark.parametrize("port", ["99999", "-1", "http", "8080.5"])
def test_a_bad_port_is_a_usage_error_not_a_traceback(port, capsys):
    with pytest.raises(SystemExit) as stopped:
        main(["serve", "--port", port])
    err = capsys.readouterr().err
    assert stopped.value.code == 2 and "is not a port number (0 to 65535" in err and "Traceback" not in err


@pytest.mark.parametrize(
    "error, code",
    [
        (ConfigError("x"), 2),
        (ContentError("f", "x"), 3),
        (TemplateError("x"), 3),
        (ModelError("x"), 4),
        (OfflineError("x"), 4),
        (OutputError("x"), 5),
        (BuildLockedError("x"), 5),
    ],
)
def test_each_kind_of_error_has_its_documented_exit_status(monkeypatch, capsys, error, code):
    def fail(*args, **kwargs):
        raise error

    monkeypatch.setattr("sitegen.build.build", fail)
    assert main(["build"]) == code
    assert capsys.readouterr().err == f"sitegen: error: {error}\n"
    assert f"| {code} |" in Path(__file__).parents[1].joinpath("README.md").read_text()


def test_new_makes_a_site_that_builds(tmp_path, monkeypatch, capsys):
    assert main(["new", str(tmp_path / "site")]) == 0
    made = sorted(p.relative_to(tmp_path / "site").as_posix() for p in (tmp_path / "site").rglob("*") if p.is_file())
    assert [name for name in made if not name.startswith("content/")] == [
        ".github/workflows/pages.yml",
        ".gitignore",
        "README.md",
        "sitegen.toml",
    ]
    [example] = [name for name in made if name.startswith("content/")]
    readme = (tmp_path / "site" / "README.md").read_text()
    assert "sitegen build" in readme and "sitegen serve" in readme and example.removeprefix("content/") in readme
    assert "{version}" not in (tmp_path / "site" / ".github/workflows/pages.yml").read_text()
    monkeypatch.chdir(tmp_path / "site")
    (tmp_path / "site" / "sitegen.toml").write_text(
        (tmp_path / "site" / "sitegen.toml").read_text().replace('dir = ""', f'dir = "{tmp_path / "cache"}"')
    )
    assert main(["build", "--no-llm"]) == 0
    assert (tmp_path / "site" / "public" / "index.html").is_file()
    assert main(["new", str(tmp_path / "site")]) == 2  # never into a folder that holds files
    assert "already exists and is not an empty folder" in capsys.readouterr().err


def test_check_command_flags_each_pair_and_names_bad_lines(tmp_path, capsys):
    pairs = tmp_path / "pairs.jsonl"
    lines = [
        {"id": "a", "kind": "quote", "source": "Kami tidak ingin konflik.", "translation": "We do not want conflict."},
        {"id": "b", "kind": "quote", "source": "Kami tidak ingin konflik.", "translation": "We want conflict."},
        {"id": "c", "kind": "summary", "source": "Ia datang Sabtu (9/3).", "translation": "He came on Sunday."},
    ]
    text = "\n".join(json.dumps(line) for line in lines)
    pairs.write_text(f'{text}\n{{"id": "d", "kind": "poem"}}\nnot json\n', encoding="utf-8")
    assert main(["check", str(pairs), "--no-llm"]) == EXIT_INPUT
    out, err = capsys.readouterr()
    answers = [json.loads(line) for line in out.splitlines()]
    assert [(a["id"], a["flagged"]) for a in answers] == [("a", False), ("b", True), ("c", True)]
    assert answers[1]["problems"] == ["the Indonesian negates (tidak) but the English does not"]
    assert f"{pairs}: line 4: " in err and f"{pairs}: line 5: not JSON" in err
    assert "Traceback" not in err
