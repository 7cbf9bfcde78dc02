"""perplexity-async: a typed SDK for Perplexity's asynchronous chat completions API."""

from ._version import __version__

__all__ = ["__version__"]
