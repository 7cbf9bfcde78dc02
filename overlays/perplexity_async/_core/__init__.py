"""The engine every API shares, with no I/O: flows that yield ``Send``/``Sleep`` (``_flows``),
driven by the clients' thin sync and async shells, and the policies they follow, each a state
machine: retries (``_retry``), one job's wait (``_wait``), many jobs' polls (``_group``, driven
by ``_many``) and a batch's submit pacing (``_pacing``)."""
