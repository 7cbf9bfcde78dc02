"""The batch, shared by every API: the run (``_run``), its INPUT (``_input``), the journal that
makes it resumable (``_journal``), its OUTPUT (``_output``) and its live progress
(``_progress``)."""
