"""Perplexity's Batch API (``/v1/files``, ``/v1/batches``): the JSONL line formats inside its
files (``_lines``), shared by ``MockServer`` and the client."""
