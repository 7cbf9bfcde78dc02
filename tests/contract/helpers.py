"""Run the same contract test through Client and AsyncClient, and in virtual time."""

from __future__ import annotations

import asyncio
import operator
from collections.abc import Callable
from typing import Any, TypeVar

import perplexity_async as pa
from perplexity_async.testing import MockServer

from ..conftest import API_KEY

KINDS = ["sync", "async"]
E = TypeVar("E", bound=BaseException)


class VirtualTime:
    """A clock that only moves when slept on: waits of minutes take no time."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)


class Facade:
    """``get``/``wait_until_done`` through a fresh Client or AsyncClient per call."""

    def __init__(
        self, kind: str, server: MockServer, *, vt: VirtualTime | None = None, **options: Any
    ) -> None:
        self.kind = kind
        self.options: dict[str, Any] = {"api_key": API_KEY, "base_url": server.base_url, **options}
        if vt is not None:
            self.options["clock"] = vt.clock
            self.options["sleep"] = vt.sleep if kind == "sync" else vt.asleep

    def _call(self, method: str, *args: Any, **kwargs: Any) -> Any:
        """``method`` of a fresh client: a name, or a dotted one (``"agent.create"``)."""
        if self.kind == "sync":
            with pa.Client(**self.options) as client:
                return operator.attrgetter(method)(client)(*args, **kwargs)

        async def run() -> Any:
            async with pa.AsyncClient(**self.options) as client:
                return await operator.attrgetter(method)(client)(*args, **kwargs)

        return asyncio.run(run())

    def get(self, request_id: str, **kwargs: Any) -> pa.Job:
        job: pa.Job = self._call("get", request_id, **kwargs)
        return job

    def wait(self, request_id: str, **kwargs: Any) -> pa.Job:
        job: pa.Job = self._call("wait_until_done", request_id, **kwargs)
        return job

    def create(self, messages: Any, **kwargs: Any) -> pa.Job:
        job: pa.Job = self._call("sonar.create", messages, **kwargs)
        return job

    def create_and_wait(self, messages: Any, **kwargs: Any) -> pa.Job:
        job: pa.Job = self._call("sonar.create_and_wait", messages, **kwargs)
        return job

    def list(self) -> pa.JobList:
        jobs: pa.JobList = self._call("sonar.list")
        return jobs

    def run(self, input: Any, **kwargs: Any) -> pa.Job:
        """``client.agent.create``."""
        job: pa.Job = self._call("agent.create", input, **kwargs)
        return job

    def run_and_wait(self, input: Any, **kwargs: Any) -> pa.Job:
        job: pa.Job = self._call("agent.create_and_wait", input, **kwargs)
        return job

    def cancel(self, job: Any, **kwargs: Any) -> None:
        self._call("cancel", job, **kwargs)


def raises(fn: Callable[[], object], exc_type: type[E]) -> E:
    """Call ``fn``; return the exception of exactly ``exc_type`` it raised (fail otherwise),
    typed as that class: ``raises(lambda: api.get("x"), pa.NotFoundError).status_code``."""
    try:
        fn()
    except exc_type as exc:
        if type(exc) is exc_type:  # exactly: a subclass would hide a wrong mapping
            return exc
        unexpected: BaseException = exc
    except BaseException as exc:
        unexpected = exc
    else:
        raise AssertionError(f"{exc_type.__name__} was not raised")
    raise AssertionError(f"expected {exc_type.__name__}, got {unexpected!r}") from unexpected


def job_path(encoded_id: str) -> str:
    """The path a job's GET takes, from the generated operation (the spec may move it)."""
    from perplexity_async_api.api.default import (
        get_async_chat_completion_response_async_chat_completions_api_request_get as operation,
    )

    return operation.build_request("ID").path.replace("ID", encoded_id)
