"""perplexity-async: a typed SDK for Perplexity's asynchronous chat completions API.

Example::

    import perplexity_async as pa

    with pa.Client() as client:  # the key comes from PERPLEXITY_API_KEY
        job = client.wait_until_done("req-id", on_update=lambda j: print(j.status))
        print(job.text, job.citations)
"""

from perplexity_async_api.models import (
    ApiPublicSearchResult as SearchResult,
)
from perplexity_async_api.models import (
    CompletionResponse,
    UsageInfo,
)

from ._client import AsyncClient, Client
from ._config import DEFAULT_BASE_URL, DEFAULT_TIMEOUT
from ._errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    InternalServerError,
    JobFailedError,
    NotFoundError,
    PermissionDeniedError,
    PerplexityAsyncError,
    RateLimitError,
    ResponseValidationError,
    UnprocessableEntityError,
    WaitTimeoutError,
)
from ._job import Job, JobStatus
from ._version import __version__

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_TIMEOUT",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncClient",
    "AuthenticationError",
    "Client",
    "CompletionResponse",
    "InternalServerError",
    "Job",
    "JobFailedError",
    "JobStatus",
    "NotFoundError",
    "PermissionDeniedError",
    "PerplexityAsyncError",
    "RateLimitError",
    "ResponseValidationError",
    "SearchResult",
    "UnprocessableEntityError",
    "UsageInfo",
    "WaitTimeoutError",
    "__version__",
]
