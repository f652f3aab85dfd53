"""The error hierarchy. The CLI turns each of these into one line for the user."""


class SitegenError(Exception):
    """A problem the user can act on; shown as one line, never as a traceback."""


class ConfigError(SitegenError):
    """sitegen.toml or a command-line option is wrong."""


class ContentError(SitegenError):
    """One content file cannot be read as an article.

    The build names the file, skips it, and goes on with the others.
    """

    def __init__(self, path, problem: str):
        self.path = path
        self.problem = problem
        super().__init__(f"{path}: {problem}")


class TemplateError(SitegenError):
    """A template cannot be read or rendered."""


class ModelError(SitegenError):
    """The model cannot be provisioned, verified or loaded."""


class OfflineError(SitegenError):
    """A summary needs the model but the build was told not to use it."""


class BuildLockedError(SitegenError):
    """Another build is writing the same output."""
