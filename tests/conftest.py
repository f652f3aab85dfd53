"""Shared fixtures: a fake model backend, content folders, and configs that write only to tmp."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest

from sitegen.config import CacheConfig, Config, ModelConfig, SiteConfig
from sitegen.llm.backend import FakeBackend, Prompt

FIXTURES = Path(__file__).parent / "fixtures"
SEEDS = Path(__file__).resolve().parents[1] / "content"


def is_summary_id(prompt: Prompt) -> bool:
    """Whether `prompt` asks for the Indonesian summary."""
    return prompt.task.startswith("Task: summarise the news")


def good_answer(prompt: Prompt) -> str:
    """A well-behaved model: right language, right length, valid quote numbers."""
    task = prompt.task
    if is_summary_id(prompt):
        return ("Pemerintah dan warga membahas rencana baru di kota itu. "
                "Mereka sepakat bertemu lagi pekan depan untuk keputusan akhir.")
    if task.startswith("Task: translate this Indonesian summary"):
        return ("The government and residents discussed a new plan for the city. "
                "They agreed to meet again next week for a final decision.")
    if "Which" in task:
        return "1"
    if task.startswith("Task: translate"):
        numbers = re.findall(r"^\[(\d+)\]", task, re.M)
        return "\n".join(f"[{n}] This is what the speaker said in English." for n in numbers)
    raise AssertionError(f"unexpected task: {task[:60]}")


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
