"""File-system helpers that never leave a half-written file or site behind."""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import errno
import fcntl
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

from sitegen.errors import BuildLockedError


def atomic_write_text(path: Path, text: str) -> None:
    """Write `text` to `path` so that readers see the old file or the new one, never a mix."""
    atomic_write_bytes(path, text.encode("utf-8"))


def atomic_write_bytes(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def back_buffer(target: Path, marker: str, marker_text: str) -> Path:
    """The second copy of `target` that a build updates and swaps in: `.NAME.next` beside it.

    It is marked as sitegen's (the file `marker`) before anything else is written in it.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    back = target.parent / f".{target.name}.next"
    back.mkdir(exist_ok=True)
    back.chmod(0o755)
    if not (back / marker).exists():
        atomic_write_text(back / marker, marker_text)
    return back


def publish_dir(staged: Path, target: Path) -> None:
    """Put the finished folder `staged` in place of `target` in one atomic step.

    On Linux the two folders are exchanged with renameat2(RENAME_EXCHANGE), so at
    every instant `target` is either the complete old site or the complete new one,
    and `staged` then holds the old site (the next build's starting point). Elsewhere
    the old folder is moved aside first (a window of microseconds).
    """
    if not target.exists():
        os.rename(staged, target)
        return
    if not _exchange(staged, target):
        aside = staged.with_name(staged.name + "-old")
        shutil.rmtree(aside, ignore_errors=True)
        os.rename(target, aside)
        os.rename(staged, target)
        os.rename(aside, staged)


def _exchange(a: Path, b: Path) -> bool:
    renameat2 = getattr(_libc(), "renameat2", None)
    if renameat2 is None:
        return False
    at_fdcwd, rename_exchange = -100, 2
    result = renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange)
    if result == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.ENOSYS, errno.EINVAL, errno.EXDEV):
        return False
    raise OSError(err, os.strerror(err), str(b))


def _libc() -> ctypes.CDLL | None:
    name = ctypes.util.find_library("c")
    return ctypes.CDLL(name, use_errno=True) if name else None


@contextlib.contextmanager
def exclusive_lock(path: Path, what: str) -> Iterator[None]:
    """Hold an advisory lock on `path`, or fail at once naming `what` is busy."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise BuildLockedError(f"another sitegen build is already writing {what}; wait for it to finish") from None
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
