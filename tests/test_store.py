"""The committed summary store: exact rebuilds without the model, stale entries, --offline."""

import json
import shutil

import pytest
from conftest import ARTICLE_MD, NeverLoad, good_answer, write

from sitegen import prompts
from sitegen.build import build
from sitegen.config import ModelConfig
from sitegen.errors import OfflineError
from sitegen.llm.backend import ModelIdentity
from sitegen.llm.fake import FAKE_IDENTITY, FakeBackend, FakeProvider
from sitegen.results import Mode
from sitegen.store import SummaryStore

SLUG = "warga-kota-membahas-rencana-taman-baru"


def run(config, backend=None, **kwargs):
    fake = backend or FakeBackend(good_answer)
    return build(config, provider=FakeProvider(fake), log=lambda line: None, **kwargs)


def files(folder):
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_each_article_is_stored_with_its_key(config, article_file):
    run(config)
    entry = json.loads((config.site.summaries_dir() / f"{SLUG}.json").read_text())
    assert config.site.summaries_dir() == config.site.content.parent / "summaries"
    assert len(entry["key"]) == 64 and entry["slug"] == SLUG
    assert entry["model"] == {"name": "fake", "sha256": "0" * 64}
    assert entry["prompt_version"] == prompts.PROMPT_VERSION
    assert entry["result"]["summary_en"].startswith("The government")


def test_a_machine_without_model_or_cache_rebuilds_the_same_site(config, article_file):
    run(config)
    first = files(config.site.output)
    shutil.rmtree(config.cache.root())
    report = build(config, mode=Mode.OFFLINE, provider=NeverLoad(), log=lambda line: None)
    assert report.stored == 1 and report.summarised == 0 and report.cached == 0
    assert files(config.site.output) == first


def test_no_llm_build_uses_stored_summaries(config, article_file):
    run(config)
    report = build(config, mode=Mode.DRAFT, provider=NeverLoad(), log=lambda line: None)
    assert report.stored == 1 and report.drafts == 0


def test_offline_fails_naming_what_needs_the_model_and_keeps_the_site(config, article_file):
    run(config)
    before = files(config.site.output)
    write(config.site.content, "2024-03-06-baru.md", ARTICLE_MD.replace("Taman Baru", "Pasar Baru"))
    article_file.write_text(ARTICLE_MD.replace("200 orang", "300 orang"), encoding="utf-8")
    with pytest.raises(OfflineError) as error:
        build(config, mode=Mode.OFFLINE, provider=NeverLoad(), log=lambda line: None)
    message = str(error.value)
    assert "2 articles would need the model" in message
    assert f"{SLUG} (the article changed)" in message
    assert "warga-kota-membahas-rencana-pasar-baru (never summarised)" in message
    assert files(config.site.output) == before


@pytest.mark.parametrize(
    "change, why",
    [
        ("article", "the article changed"),
        ("prompts", "the prompts changed"),
        ("settings", "the generation settings changed"),
        ("model", "the model changed"),
        ("code", "sitegen's summarising code changed"),
    ],
)
def test_a_stale_entry_is_summarised_again_and_reported(config, article_file, monkeypatch, tmp_path, change, why):
    run(config)
    if change == "article":
        article_file.write_text(ARTICLE_MD.replace("200 orang", "300 orang"), encoding="utf-8")
    elif change == "prompts":
        monkeypatch.setattr(prompts, "PROMPT_VERSION", prompts.PROMPT_VERSION + "-next")
    elif change == "settings":
        config = config.__class__(config.site, ModelConfig(seed=7), config.cache)
    elif change == "code":
        monkeypatch.setattr("sitegen.summarise.code_digest", lambda name: "edited")
        monkeypatch.setattr("sitegen.store.code_digest", lambda name: "edited")
    identity = ModelIdentity("another model", "ab" * 32) if change == "model" else FAKE_IDENTITY
    again = FakeBackend(good_answer, identity=identity)
    report = run(config, again)
    assert report.summarised == 1 and again.calls
    assert report.stale == [(SLUG, why)]
    assert f"  summarised again: {SLUG}: {why}" in report.lines("public")
    entry = json.loads((config.site.summaries_dir() / f"{SLUG}.json").read_text())
    assert report.stored == 0 and entry["key"] != ""
    assert run(config, FakeBackend(good_answer, identity=identity)).stored == 1  # fresh again


def test_store_catches_up_from_the_cache_without_the_model(config, article_file):
    run(config)
    shutil.rmtree(config.site.summaries_dir())
    report = build(config, provider=NeverLoad(), log=lambda line: None)
    assert report.cached == 1
    assert (config.site.summaries_dir() / f"{SLUG}.json").is_file()


def test_damaged_entry_is_stale_and_repaired(config, article_file):
    run(config)
    entry = config.site.summaries_dir() / f"{SLUG}.json"
    entry.write_text('{"key": "trunc', encoding="utf-8")
    shutil.rmtree(config.cache.root())
    report = run(config)
    assert report.stale == [(SLUG, "the stored entry is damaged")]
    assert json.loads(entry.read_text())["slug"] == SLUG


def test_unchanged_entries_are_not_rewritten(tmp_path):
    store = SummaryStore(tmp_path / "summaries")
    model = ModelIdentity("m", "ab" * 32)
    store.put("a", "k1", model, {}, {"summary_id": "Satu."})
    inode = store.path("a").stat().st_ino
    store.put("a", "k1", model, {}, {"summary_id": "Satu."})
    assert store.path("a").stat().st_ino == inode  # the same file: git sees no change
    store.put("a", "k2", model, {}, {"summary_id": "Dua."})
    assert store.path("a").stat().st_ino != inode
    assert [p.name for p in store.root.iterdir()] == ["a.json"]  # no temporary files left


def test_store_folder_can_be_configured(config, article_file, tmp_path):
    config = config.with_site(summaries=str(tmp_path / "elsewhere"))
    run(config)
    assert (tmp_path / "elsewhere" / f"{SLUG}.json").is_file()
    assert not (config.site.content.parent / "summaries").exists()
