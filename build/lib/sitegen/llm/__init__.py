"""The language model: where its file comes from, and the backends that run it."""
