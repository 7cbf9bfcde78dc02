"""A real HTTP server on 127.0.0.1 that plays Perplexity's long-running APIs, for your tests and
ours: Sonar async jobs and Agent API background runs (``resp_...``, cancellable).

Standard library only; it runs in a background thread and serves scripted jobs over real sockets,
with bearer-token checks, 404s for unknown ids, 405s for methods a path does not answer,
injectable faults and, opt-in, a realistic workload (a submit rate limit, job durations,
failures). Every body it serves fits the spec (checked by the project's tests, and by
Perplexity's own SDK and Schemathesis).

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
from ._runs import completed_run_body, run_body
from ._server import MockServer, RecordedRequest
from ._workload import Workload

__all__ = [
    "Fault",
    "MockServer",
    "RecordedRequest",
    "Workload",
    "completed_job_body",
    "completed_run_body",
    "job_body",
    "run_body",
]
