"""The ``perplexity-async`` command (``_main``), a wait's live progress (``_progress``) and what
``serve --demo`` preloads (``_demo``)."""
