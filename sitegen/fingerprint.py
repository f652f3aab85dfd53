"""Fingerprints of the code that makes an output, for cache keys.

Every cache is keyed by everything that shapes its output, the code included. Lists
of files kept by hand go stale (a module starts importing a new helper, and editing
that helper no longer renews anything), so the code part is derived: the source of
a module and of every sitegen module it imports, followed transitively.

Finding a module's imports means parsing it. A build keeps what it found in its cache
folder (`remembered_imports`), keyed by the hash of each module's source, so a rebuild
parses only the modules edited since.
"""

from __future__ import annotations

import ast
import contextlib
import functools
import hashlib
import importlib.util
import json
from collections.abc import Iterator
from pathlib import Path

from sitegen.fsutil import atomic_write_text

PACKAGE = "sitegen"
IMPORTS_FILE = "code-imports.json"
_known: dict[str, list[str]] = {}  # a module source's sha256 -> the sitegen modules it imports
_used: set[str] = set()


@functools.cache
def code_digest(*modules: str) -> str:
    """A digest of the named modules' source and of every sitegen module they import, transitively.

    Sources are read once per process (`_source`), so the digest cannot change within one either.
    """
    names = sorted(_closure(modules))
    digest = hashlib.sha256()
    for name in names:
        digest.update(name.encode() + b"\0" + _source(name) + b"\0")
    return digest.hexdigest()[:16]


@functools.cache
def _closure(roots: tuple[str, ...]) -> frozenset[str]:
    seen: set[str] = set()
    todo = list(roots)
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        todo.extend(_imports(name))
    return frozenset(seen)


@contextlib.contextmanager
def remembered_imports(folder: Path) -> Iterator[None]:
    """Use, and afterwards save, the import lists kept in `folder` (a damaged file is ignored)."""
    path = folder / IMPORTS_FILE
    try:
        loaded = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        loaded = {}
    if isinstance(loaded, dict):
        _known.update({k: v for k, v in loaded.items() if isinstance(v, list) and all(isinstance(n, str) for n in v)})
    yield
    used = {key: _known[key] for key in _used}  # what the code is now: older sources drop out
    if used and used != loaded:
        with contextlib.suppress(OSError):  # only a cache: the next build parses again
            folder.mkdir(parents=True, exist_ok=True)
            atomic_write_text(path, json.dumps(used, sort_keys=True))


@functools.cache
def _imports(name: str) -> tuple[str, ...]:
    """The sitegen modules that module `name` imports, as remembered for its source or parsed."""
    key = hashlib.sha256(_source(name)).hexdigest()
    _used.add(key)
    if key not in _known:
        _known[key] = list(_parse_imports(name))
    return tuple(_known[key])


def _parse_imports(name: str) -> tuple[str, ...]:
    """The sitegen modules that module `name` imports anywhere (lazy imports in functions too).

    Imports made only for type checking (`if TYPE_CHECKING:`) shape no output and are left out,
    and so is the package itself where `from sitegen import x` names only submodules.
    """
    found: list[str] = []
    for node in _runtime_nodes(ast.parse(_source(name))):
        if isinstance(node, ast.Import):
            found.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module.split(".")[0] != PACKAGE:
                continue  # never look up other packages' modules: finding one imports its parents
            submodules = [f"{node.module}.{alias.name}" for alias in node.names]
            found.extend(submodules)
            if not all(_is_module(module) for module in submodules):
                found.append(node.module)
    return tuple(sorted({n for n in found if n.split(".")[0] == PACKAGE and _is_module(n)}))


def _runtime_nodes(tree: ast.AST) -> list[ast.AST]:
    """Every node of `tree` but those under `if TYPE_CHECKING:`."""
    nodes, todo = [], [tree]
    while todo:
        node = todo.pop()
        if isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING":
            todo.extend(node.orelse)
            continue
        nodes.append(node)
        todo.extend(ast.iter_child_nodes(node))
    return nodes


def _is_module(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):  # 'sitegen.article.Article': a name, not a module
        return False


@functools.cache
def _source(name: str) -> bytes:
    spec = importlib.util.find_spec(name)
    if spec is None or spec.origin is None:
        raise ImportError(f"no source for {name}")
    return Path(spec.origin).read_bytes()
