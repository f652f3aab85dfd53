"""End to end on the real default model (slow: about half a minute).

`make test` provisions the model first and sets SITEGEN_REQUIRE_MODEL=1, so there a
missing model fails; a bare `pytest` without the model skips with a message.
"""

import dataclasses
import json
import os
import shutil

import pytest
from conftest import NeverLoad

from sitegen.build import build
from sitegen.config import user_cache_dir
from sitegen.language import detect
from sitegen.llm.backend import ModelIdentity
from sitegen.llm.model_files import DEFAULT_MODEL, default_model_path

DEFAULT_IDENTITY = ModelIdentity(DEFAULT_MODEL.name, DEFAULT_MODEL.sha256)

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def model_path():
    path = default_model_path(user_cache_dir())
    if not path.exists():
        if os.environ.get("SITEGEN_REQUIRE_MODEL"):
            pytest.fail(f"the default model is missing at {path}")
        pytest.skip("the default model is not provisioned: run `make test` or `sitegen model fetch`")
    return path


@pytest.mark.parametrize("parallel", [False, True], ids=["sequential", "batched"])
def test_real_model_builds_a_short_article(config, article_file, model_path, parallel):
    # The test's own cache holds the provisioned model (a link, with its verified hash),
    # so the build goes the way a user's does: the llama backend, named in the config.
    models = config.cache.root() / "models"
    models.mkdir(parents=True)
    (models / model_path.name).symlink_to(model_path)
    marker = model_path.with_name(model_path.name + ".sha256")
    shutil.copy(marker, models / marker.name)
    config = dataclasses.replace(
        config, model=dataclasses.replace(config.model, backend="llama", n_threads=1, parallel=parallel)
    )

    report = build(config, log=lambda line: None)
    assert report.summarised == 1
    assert report.speed is not None and report.speed.output_rate > 0
    data = json.loads(next((config.site.output / "api/articles").glob("*.json")).read_text())
    assert detect(data["summary_id"]) == "id", data["summary_id"]
    assert detect(data["summary_en"]) == "en", data["summary_en"]
    assert data["quotes"], "the article has two attributed quotes"
    for quote in data["quotes"]:
        assert data["text"][quote["start"] : quote["end"]] == quote["text"]
        assert quote["speaker"] == "Budi Santoso"
    assert any(detect(q["text_en"]) == "en" for q in data["quotes"]), data["quotes"]

    again = build(config, provider=NeverLoad(DEFAULT_IDENTITY), log=lambda line: None)
    assert again.stored == 1 and again.summarised == 0
    shutil.rmtree(config.site.summaries_dir())
    from_cache = build(config, provider=NeverLoad(DEFAULT_IDENTITY), log=lambda line: None)
    assert from_cache.cached == 1 and from_cache.summarised == 0
