"""Model backends by name: `[model] backend` in sitegen.toml chooses one.

- `llama` (the default): a GGUF model run in-process by llama.cpp (sitegen.llm.llama);
- `openai`: an OpenAI-compatible model server, such as llama.cpp's, vLLM or Ollama
  (sitegen.llm.server);
- `fake`: instant deterministic answers by task kind (the Indonesian summary is the article's
  lead), for tests and for trying the pipeline (sitegen.llm.fake).
"""

from __future__ import annotations

from collections.abc import Callable

from sitegen.config import Config
from sitegen.errors import ConfigError
from sitegen.llm.backend import Provider

Log = Callable[[str], None]


def _llama(config: Config, log: Log) -> Provider:
    from sitegen.llm.llama import LlamaProvider  # imports llama.cpp only when a model is loaded

    return LlamaProvider(config.model, config.cache.root(), log)


def _server(config: Config, log: Log) -> Provider:
    from sitegen.llm.server import ServerProvider

    return ServerProvider(config.model, config.cache.root(), log)


def _fake(config: Config, log: Log) -> Provider:
    from sitegen.llm.fake import FakeProvider

    return FakeProvider()


BACKENDS: dict[str, Callable[[Config, Log], Provider]] = {"llama": _llama, "openai": _server, "fake": _fake}


def provider_for(config: Config, log: Log) -> Provider:
    """The provider of the backend `config.model.backend` names."""
    try:
        make = BACKENDS[config.model.backend]
    except KeyError:
        raise ConfigError(
            f"unknown [model] backend {config.model.backend!r} (known: {', '.join(sorted(BACKENDS))})"
        ) from None
    return make(config, log)
