"""`[model] backend = "openai"`: any OpenAI-compatible model server (llama.cpp's, vLLM, Ollama).

sitegen sends each call as a chat completion to `[model] url` and keeps `concurrency`
articles in flight, so a server that batches requests (llama-server with `--parallel`,
vLLM) decodes them together, and several servers behind a load balancer share the work.

The model's identity, which keys the cache and the store, is the configured model name
and a hash of what the server reports about it (`GET /models`: its id, owner, size,
parameters). It is remembered in the cache, so a rebuild whose results are all stored
needs no server at all.

Connection errors, timeouts, 429 and 5xx answers, and answers that are not a chat
completion are retried with backoff; then the build stops with one line naming the
server and the problem. Results already finished are kept, so a rerun redoes only what
is missing.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import httpx

from sitegen.config import ModelConfig
from sitegen.errors import ConfigError, ModelError
from sitegen.fsutil import atomic_write_text
from sitegen.llm.backend import Completion, ModelIdentity, Prompt, Speed
from sitegen.llm.flows import Flow, run_threaded
from sitegen.retry import GaveUpError, PassingError, with_retries

Log = Callable[[str], None]
RETRY_STATUS = frozenset({408, 429, 500, 502, 503, 504})
BACKOFF = 1.0  # seconds before the first retry, doubled for each next one
CHARS_PER_TOKEN = 3  # a cautious estimate where the server cannot count tokens (it overestimates)
# What identifies a served model; request-specific fields (created, permissions) are left out.
IDENTITY_FIELDS = ("id", "owned_by", "root", "parent", "meta", "max_model_len", "details", "size", "digest")


class ServerProvider:
    def __init__(self, settings: ModelConfig, cache_root: Path, log: Log, sleep: Callable[[float], None] = time.sleep):
        if not settings.url.startswith(("http://", "https://")):
            raise ConfigError('[model] backend = "openai" needs url = "http://HOST:PORT/v1" (the server\'s API root)')
        self.settings, self.log, self.sleep = settings, log, sleep
        self.remembered = cache_root / "servers" / f"{_digest([settings.url, settings.model])[:16]}.json"
        self._identity: ModelIdentity | None = None

    def identity(self) -> ModelIdentity:
        if self._identity is None:
            self._identity = self._ask_identity()
        return self._identity

    def _ask_identity(self) -> ModelIdentity:
        client = ServerClient(self.settings, self.sleep, retries=0)
        try:
            listing = client.get_json("models")
        except ModelError as exc:
            remembered = _read_identity(self.remembered)
            if remembered is None:
                raise
            self.log(f"{exc}; using the model identity it reported last time")
            return remembered
        finally:
            client.close()
        identity = served_identity(listing, self.settings.model, self.settings.url)
        atomic_write_text(self.remembered, json.dumps(identity.to_json()) + "\n")
        return identity

    def load(self) -> ServerBackend:
        identity = self.identity()
        return ServerBackend(self.settings, identity, self.sleep)


def served_identity(listing: Any, wanted: str, url: str) -> ModelIdentity:
    """The identity of model `wanted` (or of the only model) in a `GET /models` answer."""
    models = listing.get("data") if isinstance(listing, dict) else None
    if not isinstance(models, list) or not all(isinstance(m, dict) for m in models):
        raise ModelError(f"model server {url}: /models did not answer with a list of models")
    ids = [str(m.get("id", "")) for m in models]
    if wanted:
        chosen = [m for m in models if m.get("id") == wanted]
        if not chosen:
            raise ModelError(f"model server {url} does not serve {wanted!r} (it serves: {', '.join(ids) or 'nothing'})")
    elif len(models) == 1:
        chosen = models
    else:
        raise ModelError(f"model server {url} serves {len(models)} models; choose one with [model] model = …")
    details = {key: chosen[0][key] for key in IDENTITY_FIELDS if key in chosen[0]}
    return ModelIdentity(str(chosen[0].get("id", "")), _digest(details))


class ServerBackend:
    def __init__(self, settings: ModelConfig, identity: ModelIdentity, sleep: Callable[[float], None] = time.sleep):
        self.settings, self.identity = settings, identity
        self.client = ServerClient(settings, sleep)
        self.speed = Speed()
        self._lock = threading.Lock()
        self._can_tokenize = True

    @property
    def context_size(self) -> int:
        return self.settings.n_ctx

    def run(self, flows: Iterable[Flow[Any]]) -> Iterator[tuple[int, Any]]:
        return run_threaded(flows, self.complete, self.settings.concurrency)

    def complete(self, prompt: Prompt, max_tokens: int) -> Completion:
        body: dict[str, Any] = {
            "model": self.identity.name,
            "messages": [
                {"role": "system", "content": prompt.system},
                {"role": "user", "content": prompt.user_message()},
            ],
            "max_tokens": max_tokens,
            "temperature": self.settings.temperature,
            "seed": self.settings.seed,
        }
        if self.settings.repeat_penalty != 1.0:  # llama.cpp's name, and vLLM's
            body["repeat_penalty"] = body["repetition_penalty"] = self.settings.repeat_penalty
        started = time.monotonic()
        answer = self.client.post_json("chat/completions", body, check=_is_chat_completion)
        seconds = time.monotonic() - started
        usage = answer.get("usage") or {}
        text = answer["choices"][0]["message"].get("content") or ""
        output = int(usage.get("completion_tokens") or self.count_tokens(text))
        prompt_tokens = int(usage.get("prompt_tokens") or 0)
        timings = answer.get("timings") or {}  # llama.cpp's server says how much of the prompt it evaluated
        evaluated = int(timings.get("prompt_n", prompt_tokens))
        with self._lock:
            self.speed.prompt_tokens += evaluated
            self.speed.output_tokens += output
            if timings:
                self.speed.prompt_seconds += float(timings.get("prompt_ms", 0.0)) / 1000
                self.speed.output_seconds += float(timings.get("predicted_ms", 0.0)) / 1000
            else:
                self.speed.output_seconds += seconds
        return Completion(text, prompt_tokens, evaluated, output)

    def count_tokens(self, text: str) -> int:
        """llama.cpp's server counts exactly (POST /tokenize); others get a cautious estimate."""
        if self._can_tokenize:
            try:
                tokens = self.client.post_json("/tokenize", {"content": text}, check=_has_tokens, retries=0)
                return len(tokens["tokens"])
            except ModelError:
                self._can_tokenize = False
        return len(text) // CHARS_PER_TOKEN + 1


class ServerClient:
    """JSON over HTTP with timeouts, and retries with backoff on what may pass."""

    def __init__(self, settings: ModelConfig, sleep: Callable[[float], None] = time.sleep, retries: int | None = None):
        self.base = settings.url.rstrip("/") + "/"
        self.retries = settings.retries if retries is None else retries
        self.sleep = sleep
        headers = {"User-Agent": "sitegen"}
        if settings.api_key_env:
            key = os.environ.get(settings.api_key_env)
            if not key:
                raise ModelError(f"[model] api_key_env names {settings.api_key_env}, but it is not set")
            headers["Authorization"] = f"Bearer {key}"
        limits = httpx.Limits(max_connections=max(settings.concurrency, 1) + 1)
        self._timeout = settings.timeout
        timeout = httpx.Timeout(settings.timeout, connect=10.0)
        self._client = httpx.Client(timeout=timeout, headers=headers, limits=limits)

    def close(self) -> None:
        self._client.close()

    def get_json(self, path: str) -> Any:
        return self._request("GET", path, None, lambda data: isinstance(data, dict), self.retries)

    def post_json(
        self, path: str, body: dict[str, Any], check: Callable[[Any], bool], retries: int | None = None
    ) -> Any:
        return self._request("POST", path, body, check, self.retries if retries is None else retries)

    def _request(self, method: str, path: str, body: Any, check: Callable[[Any], bool], retries: int) -> Any:
        url = httpx.URL(self.base).join(path)

        def attempt() -> Any:
            try:
                response = self._client.request(method, url, json=body)
            except httpx.TimeoutException:
                raise PassingError(f"no answer within {self._timeout:g} s") from None
            except httpx.HTTPError as exc:
                raise PassingError(f"cannot reach it ({_reason(exc)})") from None
            if response.status_code in RETRY_STATUS:
                raise PassingError(f"it answered {response.status_code}{_server_says(response)}")
            if response.status_code >= 400:
                raise ModelError(f"model server {url}: it answered {response.status_code}{_server_says(response)}")
            try:
                data = response.json()
            except ValueError:
                data = None
            if not check(data):
                raise PassingError(f"its answer is not what the API returns ({response.text[:80]!r})")
            return data

        try:
            return with_retries(attempt, retries, BACKOFF, self.sleep)
        except GaveUpError as exc:
            raise ModelError(f"model server {url}: {exc}") from None


def _is_chat_completion(data: Any) -> bool:
    try:
        message = data["choices"][0]["message"]
        return isinstance(message, dict) and isinstance(message.get("content") or "", str)
    except (KeyError, IndexError, TypeError):
        return False


def _has_tokens(data: Any) -> bool:
    return isinstance(data, dict) and isinstance(data.get("tokens"), list)


def _server_says(response: httpx.Response) -> str:
    try:
        error = response.json().get("error")
        message = error.get("message") if isinstance(error, dict) else error
    except (ValueError, AttributeError):
        message = None
    return f": {str(message)[:160]}" if message else ""


def _reason(exc: httpx.HTTPError) -> str:
    text = str(exc) or type(exc).__name__
    return text.splitlines()[0][:120]


def _digest(value: Any) -> str:
    return hashlib.sha256(json.dumps(value, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()


def _read_identity(path: Path) -> ModelIdentity | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return ModelIdentity(str(data["name"]), str(data["sha256"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None
