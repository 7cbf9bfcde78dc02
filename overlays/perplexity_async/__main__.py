"""``python -m perplexity_async``: the same command line as ``perplexity-async``."""

from ._cli._main import main

main()
