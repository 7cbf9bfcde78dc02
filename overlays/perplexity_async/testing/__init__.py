"""A real HTTP server on 127.0.0.1 that plays Perplexity's async API, for your tests and ours.

Standard library only; it runs in a background thread and serves scripted jobs over real sockets,
with bearer-token checks, 404s for unknown ids, injectable faults and, opt-in, a realistic
workload (a submit rate limit, job durations, failures). Every body it serves fits
``openapi.yaml`` (checked by the project's tests).

Example::

    from perplexity_async import Client
    from perplexity_async.testing import Fault, MockServer

    with MockServer() as server:
        server.add_job("req-1", polls_before_done=2, answer="Paris.", citations=["https://a.example"])
        server.inject(Fault.status(503))  # the next request gets a 503, the retry succeeds
        with Client(api_key=server.api_key, base_url=server.base_url) as client:
            job = client.wait_until_done("req-1", poll_interval=0.01)
        assert job.text == "Paris."
"""

from ._faults import Fault
from ._jobs import completed_job_body, job_body
from ._server import MockServer, RecordedRequest
from ._workload import Workload

__all__ = [
    "Fault",
    "MockServer",
    "RecordedRequest",
    "Workload",
    "completed_job_body",
    "job_body",
]
