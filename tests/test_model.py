"""End to end on the real default model (slow: about half a minute).

`make test` provisions the model first and sets SITEGEN_REQUIRE_MODEL=1, so there a
missing model fails; a bare `pytest` without the model skips with a message.
"""

import json
import os
import shutil

import pytest

from sitegen.build import build
from sitegen.config import user_cache_dir
from sitegen.language import detect
from sitegen.llm.model_files import ModelFile, default_model_path

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def model_path():
    path = default_model_path(user_cache_dir())
    if not path.exists():
        if os.environ.get("SITEGEN_REQUIRE_MODEL"):
            pytest.fail(f"the default model is missing at {path}")
        pytest.skip("the default model is not provisioned: run `make test` or `sitegen model fetch`")
    return path


def test_real_model_builds_a_short_article(config, article_file, model_path):
    from sitegen.llm.llama import LlamaBackend

    def load(model: ModelFile):
        return LlamaBackend(ModelFile(model_path, model.name, model.sha256), config.model)

    report = build(config, backend_factory=load, log=lambda line: None)
    assert report.summarised == 1
    assert report.speed is not None and report.speed.output_rate > 0
    data = json.loads(next((config.site.output / "api/articles").glob("*.json")).read_text())
    assert detect(data["summary_id"]) == "id", data["summary_id"]
    assert detect(data["summary_en"]) == "en", data["summary_en"]
    assert data["quotes"], "the article has two attributed quotes"
    for quote in data["quotes"]:
        assert data["text"][quote["start"]:quote["end"]] == quote["text"]
        assert quote["speaker"] == "Budi Santoso"
    assert any(detect(q["text_en"]) == "en" for q in data["quotes"]), data["quotes"]

    again = build(config, backend_factory=lambda model: pytest.fail("loaded the model again"),
                  log=lambda line: None)
    assert again.stored == 1 and again.summarised == 0
    shutil.rmtree(config.site.summaries_dir())
    from_cache = build(config, backend_factory=lambda model: pytest.fail("loaded the model again"),
                       log=lambda line: None)
    assert from_cache.cached == 1 and from_cache.summarised == 0
