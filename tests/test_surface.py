"""The package's surface: names, modules, pickling, what importing costs, defaults written once."""

from __future__ import annotations

import concurrent.futures
import inspect
import pickle
import subprocess
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

import perplexity_async as pa
from perplexity_async._call import (
    DEFAULT_MAX_POLL_INTERVAL,
    DEFAULT_POLL_INTERVAL,
    DEFAULT_WAIT_TIMEOUT,
)

PACKAGE = Path(pa.__file__).parent
GENERATED = {"AgentOptions", "CompletionResponse", "RequestOptions", "SearchResult", "UsageInfo"}


def _job(status: str = "FAILED") -> pa.Job:
    return pa.Job.from_dict(
        {
            "id": "job-1",
            "model": "sonar-deep-research",
            "status": status,
            "created_at": 1_700_000_000,
            "error_message": "ran out of budget" if status == "FAILED" else None,
        }
    )


def _run(status: str) -> pa.Job:
    """An Agent API run; at requires_action it waits for a function call's output."""
    call = {"type": "function_call", "id": "fc_1", "call_id": "call_1", "name": "lookup"}
    output = [{**call, "arguments": "{}", "status": "completed"}] if status != "cancelled" else []
    return pa.Job.from_dict(
        {
            "id": "resp_1",
            "object": "response",
            "model": "sonar-pro",
            "status": status,
            "created_at": 1_700_000_000,
            "output": output,
        }
    )


_HEADERS = httpx.Headers({"x-request-id": "req-9", "retry-after": "3"})
_STATUS: dict[str, Any] = {
    "status_code": 503,
    "body": {"error": {"message": "busy"}},
    "headers": _HEADERS,
}

# One instance of every error the package exports, every attribute set (a new exported error
# without an entry here fails test_every_exported_error_is_covered).
ERRORS: dict[str, Callable[[], BaseException]] = {
    "PerplexityAsyncError": lambda: pa.PerplexityAsyncError("root"),
    "APIConnectionError": lambda: pa.APIConnectionError(
        "reset", job_id="job-1", request_sent=False
    ),
    "APITimeoutError": lambda: pa.APITimeoutError("timed out", job_id="job-1"),
    "APIStatusError": lambda: pa.APIStatusError("418", **_STATUS, job_id="j", request_id="r"),
    "AuthenticationError": lambda: pa.AuthenticationError("401", **_STATUS, request_id="r"),
    "PermissionDeniedError": lambda: pa.PermissionDeniedError("403", **_STATUS),
    "NotFoundError": lambda: pa.NotFoundError("404", **_STATUS, job_id="job-1", request_id="r"),
    "UnprocessableEntityError": lambda: pa.UnprocessableEntityError(
        "422", detail=[], **_STATUS, request_id="r"
    ),
    "RateLimitError": lambda: pa.RateLimitError("429", retry_after=3.0, **_STATUS, job_id="j"),
    "InternalServerError": lambda: pa.InternalServerError("503", **_STATUS, request_id="r"),
    "ResponseValidationError": lambda: pa.ResponseValidationError(
        "status: not a str", body=b'{"status": 1}', path="$.status", job_id="j", status_code=200
    ),
    "ResponseTooLargeError": lambda: pa.ResponseTooLargeError(4096, job_id="job-1"),
    "JobFailedError": lambda: pa.JobFailedError(_job()),
    "JobCancelledError": lambda: pa.JobCancelledError(_run("cancelled")),
    "JobRequiresActionError": lambda: pa.JobRequiresActionError(_run("requires_action")),
    "BadRequestError": lambda: pa.BadRequestError("400", **_STATUS, job_id="resp_1"),
    "WaitTimeoutError": lambda: pa.WaitTimeoutError("job-1", 10.0, 10.25, _job("IN_PROGRESS")),
    "JournalError": lambda: pa.JournalError("not a journal"),
    "JournalLockedError": lambda: pa.JournalLockedError("held by pid 7", path="/b.journal"),
    "JournalMismatchError": lambda: pa.JournalMismatchError(
        "INPUT contradicts the journal", conflicts=(("k", 2, "question"),), missing=("m",)
    ),
    "BatchInputError": lambda: pa.BatchInputError("q.jsonl", [(3, "bad JSON")], 1),
    "BatchFileError": lambda: pa.BatchFileError("OUTPUT (a) is the same file as INPUT (b)"),
    "BatchBudgetError": lambda: pa.BatchBudgetError(max_cost=1.0, spent=0.98, not_done=7),
}


def _exported_errors() -> set[str]:
    return {
        name
        for name in pa.__all__
        if isinstance(getattr(pa, name), type) and issubclass(getattr(pa, name), BaseException)
    }


def _assert_same(before: BaseException, after: BaseException) -> None:
    assert type(after) is type(before)
    assert after.args == before.args and str(after) == str(before)
    assert after.__dict__.keys() == before.__dict__.keys()
    for name, value in before.__dict__.items():
        assert getattr(after, name) == value, name


def test_every_exported_error_is_covered() -> None:
    assert set(ERRORS) == _exported_errors()


@pytest.mark.parametrize("name", sorted(ERRORS))
def test_each_error_pickles_with_all_its_attributes(name: str) -> None:
    error = ERRORS[name]()
    error.add_note("a note survives too")
    copy = pickle.loads(pickle.dumps(error))
    _assert_same(error, copy)
    assert copy.__notes__ == ["a note survives too"]


def _raise(name: str) -> None:  # in a worker process
    raise ERRORS[name]()


def test_errors_cross_a_process_pool() -> None:
    names = sorted(ERRORS)
    with concurrent.futures.ProcessPoolExecutor(max_workers=1) as pool:
        futures = {name: pool.submit(_raise, name) for name in names}
        for name, future in futures.items():
            error = future.exception(timeout=60)
            assert error is not None
            _assert_same(ERRORS[name](), error)


def test_a_job_pickles_as_a_value() -> None:
    job = _job("COMPLETED")
    copy = pickle.loads(pickle.dumps(job))
    assert copy == job and copy.raw == job.raw and copy.request_id is None
    with pytest.raises(AttributeError, match="immutable"):
        copy._raw = job.raw


def test_the_sdks_classes_say_perplexity_async_generated_models_keep_their_module() -> None:
    for name in pa.__all__:
        value = getattr(pa, name)
        if not isinstance(value, type):
            continue
        if name in GENERATED:
            assert value.__module__.startswith("perplexity_async_api"), name
        else:
            assert value.__module__ == "perplexity_async", name
    error = ERRORS["NotFoundError"]()
    assert traceback.format_exception_only(error)[0].startswith("perplexity_async.NotFoundError")
    assert repr(pa.Client) == "<class 'perplexity_async.Client'>"


def test_dir_shows_only_public_names() -> None:
    assert dir(pa) == sorted(pa.__all__)
    assert not {"Any", "TYPE_CHECKING", "importlib", "annotations"} & set(dir(pa))
    assert all(not name.startswith("_") or name == "__version__" for name in dir(pa))


def _fresh(code: str) -> str:
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    ).stdout


def test_import_leaves_out_what_it_need_not_load_and_httpx_loads_what_is_imported_eagerly() -> None:
    out = _fresh(
        "import sys, perplexity_async\n"
        "print(sorted(m for m in ('asyncio', 'perplexity_async_api.models',"
        " 'perplexity_async._core._flows', 'perplexity_async._job') if m in sys.modules))\n"
    )
    assert out.strip() == "[]"
    # What the SDK now imports at the top, since httpx (which it needs) loads it anyway.
    out = _fresh(
        "import sys, httpx\n"
        "print(sorted(m for m in ('random', 'hashlib', 'ipaddress', 'email.utils')"
        " if m not in sys.modules))\n"
    )
    assert out.strip() == "[]"


def test_the_wait_defaults_are_written_once() -> None:
    for cls in (pa.Client, pa.AsyncClient):
        for method in (cls.wait_until_done, cls.create_and_wait):
            params = inspect.signature(method).parameters
            assert params["timeout"].default == DEFAULT_WAIT_TIMEOUT
            assert params["poll_interval"].default == DEFAULT_POLL_INTERVAL
            assert params["max_poll_interval"].default == DEFAULT_MAX_POLL_INTERVAL
    usage = subprocess.run(
        [sys.executable, "-m", "perplexity_async", "get", "--help"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout
    assert f"(default {DEFAULT_WAIT_TIMEOUT:g})" in usage
    assert f"(default {DEFAULT_POLL_INTERVAL:g})" in usage
    written = [p.name for p in PACKAGE.rglob("*.py") if "1800" in p.read_text()]
    assert written == ["_call.py"]
