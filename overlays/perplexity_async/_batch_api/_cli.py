"""The ``batch --batch-api`` command's own views: the upstream batches a journal names
(``--status``) and their cancel (``--cancel``); ``_cli._main`` calls these."""

from __future__ import annotations

from typing import TextIO

from ._engine import ENDED, read_parts

__all__ = ["cancel", "status"]


def status(journal: str, out: TextIO) -> None:
    """One line per upstream batch the journal names (nothing for a run-at-a-time batch).

    Example output: ``part 1: batch_ab12 in_progress (3 completed, 1 failed of 50000 lines)``
    """
    for part in read_parts(journal):
        if part.batch_id is None:
            state = "uploaded, not created" if part.file_id else "not uploaded"
            out.write(f"part {part.part}: {state} ({part.lines} lines)\n")
            continue
        collected = "; its lines written" if part.collected else ""
        out.write(
            f"part {part.part}: {part.batch_id} {part.status} ({part.done_count} completed, "
            f"{part.failed_count} failed of {part.lines} lines{collected})\n"
        )


def cancel(journal: str, base_url: str | None, api_key: str, out: TextIO) -> None:
    """Cancel upstream each batch of the journal not ended (``POST /v1/batches/{id}/cancel``)."""
    from .._client import Client
    from ._engine import cancel_upstream

    with Client(api_key, base_url=base_url) as client:
        done = client._run(cancel_upstream(client._core, journal, client._core.prepare()))
    if not done:
        ended = [p for p in read_parts(journal) if p.status in ENDED]
        out.write(f"nothing to cancel: {len(ended)} upstream batch(es), all ended\n")
        return
    out.write(
        f"cancel acknowledged for {len(done)} upstream batch(es): {', '.join(done[:10])}; "
        "rerun the batch to write the lines of what finished (CANCELLED for the rest)\n"
    )
