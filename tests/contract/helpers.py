"""Run the same contract test through Client and AsyncClient, and in virtual time."""

from __future__ import annotations

import asyncio
import operator
import time
from collections.abc import Callable
from typing import Any, TypeVar

import perplexity_async as pa
from perplexity_async.testing import MockServer

from ..conftest import API_KEY

KINDS = ["sync", "async"]
SETTLE_LIMIT = 60.0  # real seconds an async virtual sleep waits for the tasks out to end
E = TypeVar("E", bound=BaseException)


class VirtualTime:
    """A clock that only moves when slept on: waits of minutes take no time.

    Async, with ``driver`` set (``settle_under``): a sleep moves the clock only once every
    other task has ended or sleeps too, as the driver waits on them. A GET still out on the
    network ends first, as it would within the seconds slept, so which poll answers first
    follows virtual time, never the machine's speed."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []
        self.driver: asyncio.Task[Any] | None = None
        self._sleeping: set[asyncio.Task[Any]] = set()

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def asleep(self, seconds: float) -> None:
        if self.driver is not None:
            await self._settle()
        self.sleep(seconds)

    def settle_under(self, driver: asyncio.Task[Any] | None) -> None:
        """Make async sleeps settle first; ``driver``: the task that runs the client's call."""
        self.driver = driver

    async def _settle(self) -> None:
        me = asyncio.current_task()
        assert me is not None
        self._sleeping.add(me)
        give_up = time.monotonic() + SETTLE_LIMIT  # a task that never ends fails, not hangs
        try:
            while busy := [
                task
                for task in asyncio.all_tasks()
                if task is not self.driver and task not in self._sleeping and not task.done()
            ]:
                if time.monotonic() > give_up:
                    raise AssertionError(
                        f"virtual time: tasks still busy after {SETTLE_LIMIT}s: {busy}"
                    )
                # Woken when one ends; the short timeout notices one that went to sleep instead.
                await asyncio.wait(busy, timeout=0.05, return_when=asyncio.FIRST_COMPLETED)
        finally:
            self._sleeping.discard(me)


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
