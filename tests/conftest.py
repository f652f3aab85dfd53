"""Shared fixtures: a fake model backend, content folders, and configs that write only to tmp."""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

import pytest

from sitegen.config import CacheConfig, Config, ModelConfig, SiteConfig
from sitegen.llm.backend import Prompt
from sitegen.llm.fake import FAKE_IDENTITY, FakeBackend, FakeProvider, good_answer
from sitegen.render import builtin_templates

FIXTURES = Path(__file__).parent / "fixtures"
SEEDS = Path(__file__).resolve().parents[1] / "content"
__all__ = ["FakeProvider", "good_answer"]


def is_summary_id(prompt: Prompt) -> bool:
    """Whether `prompt` asks for the Indonesian summary."""
    return prompt.kind == "summary_id"


class NeverLoad:
    """A provider for builds that must not need the model: an identity (the fake's), and no loading."""

    def __init__(self, identity=FAKE_IDENTITY):
        self._identity = identity

    def identity(self):
        return self._identity

    def load(self):
        pytest.fail("the model was loaded")


def theme_copy(folder: Path) -> Path:
    """A theme folder holding a copy of every built-in template, to edit in a test."""
    shutil.copytree(builtin_templates(), folder)
    return folder


@pytest.fixture
def fake():
    return FakeBackend(good_answer)


@pytest.fixture
def config(tmp_path) -> Config:
    content = tmp_path / "content"
    content.mkdir()
    return Config(
        site=SiteConfig(content=content, output=tmp_path / "public", base_url="/"),
        model=ModelConfig(),
        cache=CacheConfig(dir=str(tmp_path / "cache")),
    )


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    return path


ARTICLE_MD = """\
---
title: "Warga Kota Membahas Rencana Taman Baru"
date: 2024-03-05
source: Kabar Kota
url: https://example.org/taman
tags: [kota]
---
Pemerintah kota mengundang warga untuk membahas rencana taman baru di pusat kota pada Selasa (5/3). Pertemuan itu dihadiri lebih dari 200 orang.

"Kami ingin taman ini menjadi ruang bersama bagi semua warga," kata Wali Kota Budi Santoso.

Warga menyambut baik rencana itu, tetapi meminta agar pohon-pohon lama tetap dipertahankan. Mereka juga meminta jalur sepeda yang aman.

Budi mengatakan pembangunan akan dimulai tahun depan setelah semua masukan dikumpulkan.

"Semua usulan warga akan kami catat dan kami pertimbangkan dengan serius," ujarnya.
"""


@pytest.fixture
def article_file(config) -> Path:
    return write(config.site.content, "2024-03-05-taman.md", ARTICLE_MD)
