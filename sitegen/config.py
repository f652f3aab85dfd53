"""All configuration in one place: defaults, `sitegen.toml`, and command-line overrides.

Every key in `sitegen.toml` is optional::

    [site]
    title = "Briefing Harian"
    base_url = "/"            # "/REPO/" for a GitHub Pages project site
    url = ""                  # "https://USER.github.io": absolute links in the feeds and sitemap
    content = "content"
    output = "public"
    summaries = ""            # the committed summary store; empty: "summaries" beside content
    templates = ""            # a theme: templates (and static/ files) that replace the built-in ones

    [model]
    backend = "llama"         # "llama" (a GGUF file run by llama.cpp), "openai" (a model server) or "fake"
    path = ""                 # llama: a local GGUF file; empty means the default model
    n_ctx = 8192              # the context window in tokens (with parallel = true, shared by the articles in flight)
    n_threads = 0             # 0: one per CPU core
    n_gpu_layers = -1         # layers offloaded to a GPU when llama.cpp was built with one
    parallel = false          # llama: decode the calls of `concurrency` articles in shared batches
    concurrency = 4           # articles in flight (llama with parallel = true, and openai)
    url = ""                  # openai: the server, e.g. "http://127.0.0.1:8080/v1"
    model = ""                # openai: the model name the server knows
    api_key_env = ""          # openai: the environment variable that holds the API key, if one is needed
    timeout = 300.0           # openai: seconds to wait for one answer
    retries = 3               # openai: further attempts after a dropped connection, 429 or 5xx
    temperature = 0.0
    repeat_penalty = 1.05
    seed = 42

    [cache]
    dir = ""                  # empty: $XDG_CACHE_HOME/sitegen (or ~/.cache/sitegen)

    [stories]
    threshold = 0.25          # similarity (0-1) from which two articles cover the same story
    window_days = 2           # the most days between two articles of one story
    background_days = 90      # how far back a story looks for the earlier stories it continues
    background_limit = 3      # earlier stories linked as its background, at most
    sections = [...]          # the order of the day's sections, by tag (see StoryConfig)
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sitegen.errors import ConfigError

CONFIG_FILE = "sitegen.toml"


def user_cache_dir() -> Path:
    """The per-user cache folder, honouring XDG_CACHE_HOME."""
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "sitegen"


@dataclass(frozen=True)
class SiteConfig:
    title: str = "Briefing Harian"
    base_url: str = "/"
    url: str = ""  # the site's origin, e.g. "https://user.github.io": absolute links in feeds and sitemap
    content: Path = Path("content")
    output: Path = Path("public")
    summaries: str = ""  # the committed summary store; empty: "summaries" beside the content folder
    templates: str = ""  # a theme folder whose files replace the built-in templates one by one

    def summaries_dir(self) -> Path:
        return Path(self.summaries) if self.summaries else self.content.parent / "summaries"

    def theme(self) -> Path | None:
        return Path(self.templates).expanduser() if self.templates else None


@dataclass(frozen=True)
class ModelConfig:
    backend: str = "llama"
    path: str = ""
    n_ctx: int = 8192
    n_threads: int = 0
    n_gpu_layers: int = -1
    parallel: bool = False
    concurrency: int = 4
    url: str = ""
    model: str = ""
    api_key_env: str = ""
    timeout: float = 300.0
    retries: int = 3
    temperature: float = 0.0
    repeat_penalty: float = 1.05
    seed: int = 42

    def threads(self) -> int:
        return self.n_threads or os.cpu_count() or 1


@dataclass(frozen=True)
class FetchConfig:
    """How `sitegen add` and `sitegen fetch` use the network."""

    timeout: float = 20.0  # seconds to wait for an answer
    retries: int = 2  # further attempts after a timeout, a dropped connection, 429 or 5xx
    backoff: float = 1.0  # seconds before the first retry, doubled for each next one
    delay: float = 1.0  # seconds between two requests to the same host
    max_bytes: int = 5_000_000  # a larger page is not an article


@dataclass(frozen=True)
class SourceConfig:
    """One `[[sources]]` entry: a feed whose new items `sitegen fetch` adds."""

    name: str = ""
    feed: str = ""
    lang: str = "id"
    tags: tuple[str, ...] = ()
    limit: int = 20  # the newest items to look at per run


@dataclass(frozen=True)
class StoryConfig:
    """How the day's articles become a briefing (sitegen.briefing)."""

    threshold: float = 0.25  # chosen on tests/fixtures/story_pairs.jsonl (README: "The site")
    window_days: int = 2
    background_days: int = 90
    background_limit: int = 3
    sections: tuple[str, ...] = (
        "tajuk utama",
        "berita",
        "nasional",
        "politik",
        "internasional",
        "ekonomi",
        "bisnis",
        "olahraga",
        "teknologi",
        "sains",
        "kesehatan",
        "hiburan",
        "showbiz",
        "gaya hidup",
        "inspirasi",
    )


@dataclass(frozen=True)
class CacheConfig:
    dir: str = ""

    def root(self) -> Path:
        return Path(self.dir).expanduser() if self.dir else user_cache_dir()


@dataclass(frozen=True)
class Config:
    site: SiteConfig = field(default_factory=SiteConfig)
    model: ModelConfig = field(default_factory=ModelConfig)
    cache: CacheConfig = field(default_factory=CacheConfig)
    fetch: FetchConfig = field(default_factory=FetchConfig)
    stories: StoryConfig = field(default_factory=StoryConfig)
    sources: tuple[SourceConfig, ...] = ()

    def with_site(self, **changes: Any) -> Config:
        """A copy with some site settings replaced (None values are ignored)."""
        changes = {k: v for k, v in changes.items() if v is not None}
        if "base_url" in changes:
            changes["base_url"] = normalise_base_url(changes["base_url"])
        return dataclasses.replace(self, site=dataclasses.replace(self.site, **changes))


def normalise_base_url(value: str) -> str:
    """'sub', '/sub' and '/sub/' all mean '/sub/'; '' means '/'."""
    value = value.strip().strip("/")
    return f"/{value}/" if value else "/"


_SECTIONS = {
    "site": SiteConfig,
    "model": ModelConfig,
    "cache": CacheConfig,
    "fetch": FetchConfig,
    "stories": StoryConfig,
}


def load_config(path: Path | None = None) -> Config:
    """Read `sitegen.toml` (if present) over the defaults."""
    path = path or Path(CONFIG_FILE)
    if not path.exists():
        return Config()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from None
    sections: dict[str, object] = {}
    for name, values in data.items():
        if name == "sources":
            sections[name] = _sources(path, values)
            continue
        if name not in _SECTIONS:
            raise ConfigError(f"{path}: unknown section [{name}] (known: {', '.join(_SECTIONS)}, [[sources]])")
        sections[name] = _section(path, name, _SECTIONS[name], values)
    config = Config(**sections)  # type: ignore[arg-type]
    if not 0 < config.stories.threshold <= 1:
        raise ConfigError(f"{path}: stories.threshold must be above 0 and at most 1 (a similarity)")
    if config.model.concurrency < 1:
        raise ConfigError(f"{path}: model.concurrency must be 1 or more (articles in flight)")
    return config.with_site(base_url=config.site.base_url)


def _sources(path: Path, values: object) -> tuple[SourceConfig, ...]:
    if not isinstance(values, list):
        raise ConfigError(f"{path}: sources must be written as [[sources]] tables")
    sources = []
    for number, table in enumerate(values, 1):
        source = _section(path, f"sources #{number}", SourceConfig, table)
        assert isinstance(source, SourceConfig)
        if not source.feed.startswith(("http://", "https://")):
            raise ConfigError(
                f'{path}: sources #{number} needs feed = "https://…" (the address of an RSS or Atom feed)'
            )
        sources.append(dataclasses.replace(source, name=source.name or source.feed))
    return tuple(sources)


def _section(path: Path, name: str, cls: type, values: object) -> object:
    if not isinstance(values, dict):
        raise ConfigError(f"{path}: [{name}] must be a table")
    known = {f.name: f for f in dataclasses.fields(cls)}
    kwargs = {}
    for key, value in values.items():
        if key not in known:
            raise ConfigError(f"{path}: unknown key {name}.{key} (known: {', '.join(known)})")
        default = getattr(cls(), key)
        expected = type(default)
        if expected is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if isinstance(default, Path):
            if not isinstance(value, str):
                raise ConfigError(f"{path}: {name}.{key} must be a string path")
            value = Path(value)
        elif isinstance(default, tuple):
            if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
                raise ConfigError(f"{path}: {name}.{key} must be a list of strings")
            value = tuple(value)
        elif type(value) is not expected:
            raise ConfigError(f"{path}: {name}.{key} must be {expected.__name__}, not {type(value).__name__}")
        kwargs[key] = value
    return cls(**kwargs)
