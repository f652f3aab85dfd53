"""The error hierarchy. The CLI turns each of these into one line and an exit status.

Exit statuses (documented in the README):

| status | meaning |
| --- | --- |
| 0 | done |
| 1 | an internal error (a bug: please report it) |
| 2 | usage: a wrong option, or a mistake in `sitegen.toml` (argparse's own status) |
| 3 | input: the content folder or a template cannot be used; with `--strict`, a file was skipped or a result flagged |
| 4 | model: the model cannot be provisioned, loaded or reached, or `--offline` found a summary missing |
| 5 | output: the output folder cannot be used or written (not sitegen's, read-only, disk full, locked) |
| 130 | interrupted (Ctrl-C); the published site is unchanged |
"""

from __future__ import annotations

import errno
from pathlib import Path

EXIT_OK, EXIT_INTERNAL, EXIT_USAGE, EXIT_INPUT, EXIT_MODEL, EXIT_OUTPUT = 0, 1, 2, 3, 4, 5
EXIT_INTERRUPTED = 130
# OSError numbers that say the machine cannot write (full, read-only, not allowed): the user's to fix, not a bug.
CANNOT_WRITE = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EACCES, errno.EPERM})


class SitegenError(Exception):
    """A problem the user can act on; shown as one line, never as a traceback."""

    exit_code = EXIT_INTERNAL


class ConfigError(SitegenError):
    """sitegen.toml or a command-line option is wrong."""

    exit_code = EXIT_USAGE


class ContentError(SitegenError):
    """One content file cannot be read as an article.

    The build names the file, skips it, and goes on with the others.
    """

    exit_code = EXIT_INPUT

    def __init__(self, path: Path | str, problem: str):
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"{path}: {problem}")


class TemplateError(SitegenError):
    """A template cannot be read or rendered."""

    exit_code = EXIT_INPUT


class ModelError(SitegenError):
    """The model cannot be provisioned, verified or loaded."""

    exit_code = EXIT_MODEL


class OfflineError(SitegenError):
    """A summary needs the model but the build was told not to use it."""

    exit_code = EXIT_MODEL


class OutputError(SitegenError):
    """The output folder cannot be used or written."""

    exit_code = EXIT_OUTPUT


class BuildLockedError(OutputError):
    """Another build is writing the same output."""
