"""sitegen: turn news articles into a bilingual daily briefing site with a local LLM."""

__version__ = "0.1.0"
