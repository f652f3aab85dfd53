"""The OpenAI-compatible server backend against a local fake server: answers, faults, identity, concurrency."""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from conftest import ARTICLE_MD, write

from sitegen.build import build
from sitegen.config import Config, ModelConfig
from sitegen.errors import ConfigError, ModelError
from sitegen.llm.backend import Prompt
from sitegen.llm.fake import GOOD_ANSWERS, lead
from sitegen.llm.registry import provider_for
from sitegen.llm.server import ServerClient, ServerProvider, served_identity

MODELS = {"object": "list", "data": [{"id": "qwen-test", "object": "model", "owned_by": "llamacpp", "created": 1}]}


def answer_for(task: str) -> str:
    """What a well-behaved model answers, told apart by the task text (the fake backend's answers).

    `task` is the whole user message: the article, then the task."""
    if "translate these quotations" in task:
        return "\n".join(f"[{n}] This is what the speaker said." for n in re.findall(r"^\[(\d+)\]", task, re.M))
    if "translate this Indonesian summary" in task:
        return GOOD_ANSWERS["summary_en"]
    if "direct quotations in the article are numbered" in task:
        return GOOD_ANSWERS["pick_quotes"]
    return lead(task)


def completion(text: str) -> dict:
    return {
        "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 100, "completion_tokens": len(text.split())},
    }


class FakeServer:
    """An OpenAI-compatible server on 127.0.0.1; `fault(n, task)` decides what the n-th chat request gets."""

    def __init__(self, fault: Callable[[int, str], str] = lambda n, task: "ok", delay: float = 0.0):
        self.fault, self.delay = fault, delay
        self.chats = 0
        self.tasks: list[str] = []
        self.in_flight = self.most_in_flight = 0
        self.lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):
                self.reply(200, MODELS if self.path.endswith("/models") else {"error": "no"})

            def do_POST(self):
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                if not self.path.endswith("/chat/completions"):
                    return self.reply(404, {"error": {"message": "not found"}})
                with server.lock:
                    server.chats += 1
                    number = server.chats
                    server.in_flight += 1
                    server.most_in_flight = max(server.most_in_flight, server.in_flight)
                task = body["messages"][-1]["content"]
                server.tasks.append(task)
                try:
                    time.sleep(server.delay)
                finally:
                    # No longer in flight once the answer is due: the client may send its next request as soon as
                    # the answer is written, before this thread would count this one done (3 in flight, at random).
                    with server.lock:
                        server.in_flight -= 1
                self.answer(server.fault(number, task), task)

            def answer(self, fault: str, task: str):
                if fault == "500":
                    return self.reply(500, {"error": {"message": "the model crashed"}})
                if fault == "slow":
                    time.sleep(1.0)
                if fault == "garbage":
                    return self.send_raw(200, b"<html>not json</html>")
                if fault == "drop":  # promise a long body, send a little, hang up
                    self.send_response(200)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", "5000")
                    self.end_headers()
                    self.wfile.write(b'{"choices": [')
                    self.wfile.flush()
                    self.connection.close()
                    return None
                return self.reply(200, completion(answer_for(task)))

            def reply(self, status: int, data: dict):
                self.send_raw(status, json.dumps(data).encode())

            def send_raw(self, status: int, raw: bytes):
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(raw)))
                self.end_headers()
                self.wfile.write(raw)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def server():
    servers: list[FakeServer] = []

    def start(**kwargs) -> FakeServer:
        servers.append(FakeServer(**kwargs))
        return servers[-1]

    yield start
    for s in servers:
        s.close()


def settings(url: str, **changes) -> ModelConfig:
    return ModelConfig(backend="openai", url=url, **{"timeout": 5.0, "retries": 2, **changes})


def with_server(config: Config, url: str, **changes) -> Config:
    from dataclasses import replace

    return replace(config, model=settings(url, **changes))


def no_sleep(seconds: float) -> None:
    pass


def run_build(config: Config):
    provider = ServerProvider(config.model, config.cache.root(), lambda line: None, sleep=no_sleep)
    return build(config, provider=provider, log=lambda line: None)


PROMPT = Prompt("summary_id", "system", "Artikel.", "Task: summarise the news article above in Indonesian.")


def test_registry_chooses_the_server_backend_by_name(config, server):
    provider = provider_for(with_server(config, server().url), lambda line: None)
    assert isinstance(provider, ServerProvider)


def test_a_url_is_required(tmp_path):
    with pytest.raises(ConfigError, match="needs url"):
        ServerProvider(ModelConfig(backend="openai"), tmp_path, lambda line: None)


def test_site_builds_through_the_server(config, server, article_file):
    fake = server()
    report = run_build(with_server(config, fake.url))
    assert report.summarised == 1
    data = json.loads(next((config.site.output / "api" / "articles").glob("*.json")).read_text())
    assert data["summary_en"] == GOOD_ANSWERS["summary_en"]
    assert data["model"]["name"] == "qwen-test"  # what the server reports


@pytest.mark.parametrize(
    ("fault", "message"),
    [
        ("500", "answered 500: the model crashed (tried 3 times)"),
        ("garbage", "its answer is not what the API returns"),
        ("drop", "cannot reach it"),
        ("slow", "no answer within 0.3 s"),
    ],
)
def test_a_failing_server_is_retried_then_named_in_one_line(server, fault, message):
    fake = server(fault=lambda n, task: fault)
    provider = ServerProvider(settings(fake.url, timeout=0.3), tmp_cache(), lambda line: None, sleep=no_sleep)
    backend = provider.load()
    with pytest.raises(ModelError, match=re.escape(message)) as caught:
        backend.complete(PROMPT, 50)
    assert fake.url in str(caught.value) and "\n" not in str(caught.value)
    assert fake.chats == 3  # the first attempt and two retries


def tmp_cache():
    import tempfile
    from pathlib import Path

    return Path(tempfile.mkdtemp(prefix="sitegen-server-test-"))


def test_a_passing_fault_is_retried_with_backoff(server):
    fake = server(fault=lambda n, task: "500" if n == 1 else "ok")
    waits: list[float] = []
    provider = ServerProvider(settings(fake.url), tmp_cache(), lambda line: None, sleep=waits.append)
    answer = provider.load().complete(PROMPT, 50)
    assert answer.text == lead(PROMPT.user_message())
    assert fake.chats == 2 and waits == [1.0]


def test_a_server_that_is_down_is_named(config, article_file):
    down = "http://127.0.0.1:9/v1"  # the discard port: nothing listens there
    with pytest.raises(ModelError, match=r"model server http://127\.0\.0\.1:9/v1/models: cannot reach it"):
        run_build(with_server(config, down))


def second_article(config: Config) -> None:
    text = ARTICLE_MD.replace("Taman Baru", "Pasar Baru").replace("taman", "pasar").replace("2024-03-05", "2024-03-06")
    write(config.site.content, "2024-03-06-pasar.md", text)


def test_a_server_dying_mid_build_loses_nothing_finished(config, server, article_file):
    second_article(config)
    dying = server(fault=lambda n, task: "500" if "pasar" in task else "ok")  # it fails on the second article
    with pytest.raises(ModelError, match="answered 500"):
        run_build(with_server(config, dying.url, concurrency=1))
    healthy = server()
    report = run_build(with_server(config, healthy.url, concurrency=1))
    assert report.summarised == 1 and report.stored + report.cached == 1  # only the unfinished article
    assert healthy.tasks and all("pasar" in task for task in healthy.tasks)


def test_a_rebuild_with_everything_stored_needs_no_server(config, server, article_file):
    fake = server()
    run_build(with_server(config, fake.url))
    fake.close()
    report = run_build(with_server(config, fake.url))  # the server is gone; its identity is remembered
    assert report.summarised == 0 and report.cached + report.stored == 1


def test_articles_are_in_flight_together(config, server, article_file):
    second_article(config)
    fake = server(delay=0.5)
    run_build(with_server(config, fake.url, concurrency=2))
    assert fake.most_in_flight == 2


@pytest.mark.parametrize(
    ("listing", "wanted", "problem"),
    [
        ({"data": []}, "", "serves 0 models"),
        ({"data": [{"id": "a"}, {"id": "b"}]}, "", "serves 2 models; choose one"),
        ({"data": [{"id": "a"}]}, "b", "does not serve 'b' (it serves: a)"),
        ({"nothing": 1}, "", "did not answer with a list"),
    ],
)
def test_the_served_model_must_be_clear(listing, wanted, problem):
    with pytest.raises(ModelError, match=re.escape(problem)):
        served_identity(listing, wanted, "http://x/v1")


def test_identity_ignores_what_changes_per_request_and_keeps_what_names_the_weights():
    one = served_identity({"data": [{"id": "m", "created": 1, "meta": {"size": 10}}]}, "", "u")
    two = served_identity({"data": [{"id": "m", "created": 2, "meta": {"size": 10}}]}, "", "u")
    other = served_identity({"data": [{"id": "m", "created": 1, "meta": {"size": 11}}]}, "", "u")
    assert one == two and one.sha256 != other.sha256 and one.name == "m"


def test_an_api_key_comes_from_the_environment(monkeypatch):
    with pytest.raises(ModelError, match="SITEGEN_TEST_KEY, but it is not set"):
        ServerClient(settings("http://x/v1", api_key_env="SITEGEN_TEST_KEY"))
    monkeypatch.setenv("SITEGEN_TEST_KEY", "secret")
    client = ServerClient(settings("http://x/v1", api_key_env="SITEGEN_TEST_KEY"))
    assert client._client.headers["Authorization"] == "Bearer secret"
