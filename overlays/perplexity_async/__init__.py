"""perplexity-async: a typed SDK for Perplexity's asynchronous chat completions API.

Example::

    import perplexity_async as pa

    with pa.Client() as client:  # the key comes from PERPLEXITY_API_KEY
        job = client.wait_until_done("req-id", on_update=lambda j: print(j.status))
        print(job.text, job.citations)
"""

from typing import TYPE_CHECKING, Any

from ._client import AsyncClient, Client
from ._config import DEFAULT_BASE_URL, DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_TIMEOUT
from ._errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    InternalServerError,
    JobCancelledError,
    JobFailedError,
    JobRequiresActionError,
    NotFoundError,
    PermissionDeniedError,
    PerplexityAsyncError,
    RateLimitError,
    ResponseTooLargeError,
    ResponseValidationError,
    UnprocessableEntityError,
    WaitTimeoutError,
)
from ._version import __version__

# Tracebacks and reprs name the SDK's classes where users import them from
# (perplexity_async.NotFoundError, not perplexity_async._errors.NotFoundError); pickle finds
# them there too. Job, JobSummary and JobList set theirs in _job (imported lazily).
for _cls in (
    AsyncClient,
    Client,
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    InternalServerError,
    JobCancelledError,
    JobFailedError,
    JobRequiresActionError,
    NotFoundError,
    PermissionDeniedError,
    PerplexityAsyncError,
    RateLimitError,
    ResponseTooLargeError,
    ResponseValidationError,
    UnprocessableEntityError,
    WaitTimeoutError,
):
    _cls.__module__ = __name__
del _cls

if TYPE_CHECKING:
    from perplexity_async_api.models import ApiPublicSearchResult as SearchResult
    from perplexity_async_api.models import CompletionResponse, UsageInfo

    from ._agent._options import AgentOptions
    from ._batch._files import BatchFileError
    from ._batch._input import BatchInputError
    from ._batch._journal import (
        BatchSummary,
        JournalError,
        JournalLockedError,
        JournalMismatchError,
    )
    from ._batch._run import BatchBudgetError, BatchProgress
    from ._job import Job, JobList, JobSummary
    from ._sonar._options import RequestOptions
    from ._status import JobStatus

# Imported on first use (PEP 562): they load the generated models, which `import perplexity_async`
# alone does not need. `from perplexity_async import Job` works as usual.
_LAZY = {
    "BatchBudgetError": ("perplexity_async._batch._run", "BatchBudgetError"),
    "BatchFileError": ("perplexity_async._batch._files", "BatchFileError"),
    "BatchProgress": ("perplexity_async._batch._run", "BatchProgress"),
    "BatchInputError": ("perplexity_async._batch._input", "BatchInputError"),
    "BatchSummary": ("perplexity_async._batch._journal", "BatchSummary"),
    "JournalError": ("perplexity_async._batch._journal", "JournalError"),
    "JournalLockedError": ("perplexity_async._batch._journal", "JournalLockedError"),
    "JournalMismatchError": ("perplexity_async._batch._journal", "JournalMismatchError"),
    "Job": ("perplexity_async._job", "Job"),
    "JobStatus": ("perplexity_async._status", "JobStatus"),
    "JobSummary": ("perplexity_async._job", "JobSummary"),
    "JobList": ("perplexity_async._job", "JobList"),
    "RequestOptions": ("perplexity_async._sonar._options", "RequestOptions"),
    "AgentOptions": ("perplexity_async._agent._options", "AgentOptions"),
    "SearchResult": ("perplexity_async_api.models", "ApiPublicSearchResult"),
    "CompletionResponse": ("perplexity_async_api.models", "CompletionResponse"),
    "UsageInfo": ("perplexity_async_api.models", "UsageInfo"),
}


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    module, attribute = _LAZY[name]
    value = getattr(importlib.import_module(module), attribute)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    """The public names only (not ``Any``, ``TYPE_CHECKING`` or the submodules)."""
    return sorted(__all__)


__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_RESPONSE_BYTES",
    "DEFAULT_TIMEOUT",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AgentOptions",
    "AsyncClient",
    "AuthenticationError",
    "BadRequestError",
    "BatchBudgetError",
    "BatchFileError",
    "BatchInputError",
    "BatchProgress",
    "BatchSummary",
    "Client",
    "CompletionResponse",
    "InternalServerError",
    "Job",
    "JobCancelledError",
    "JobFailedError",
    "JobList",
    "JobRequiresActionError",
    "JobStatus",
    "JobSummary",
    "JournalError",
    "JournalLockedError",
    "JournalMismatchError",
    "NotFoundError",
    "PermissionDeniedError",
    "PerplexityAsyncError",
    "RateLimitError",
    "RequestOptions",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "SearchResult",
    "UnprocessableEntityError",
    "UsageInfo",
    "WaitTimeoutError",
    "__version__",
]
