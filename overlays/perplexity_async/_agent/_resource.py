"""``client.agent``: the Agent API's background runs (create, create_and_wait, get, cancel).

Thin shells, as the clients are: each packs its arguments and drives the shared core's flow.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Unpack

import httpx

from .._call import (
    DEFAULT_MAX_POLL_INTERVAL,
    DEFAULT_POLL_INTERVAL,
    DEFAULT_WAIT_TIMEOUT,
    AgentCreateArgs,
    AsyncOnUpdate,
    CallOptions,
    OnUpdate,
    WaitOptions,
)

if TYPE_CHECKING:
    from .._client import AsyncClient, Client
    from .._job import Job
    from ._options import AgentInput, AgentOptions

__all__ = ["Agent", "AsyncAgent"]


def _run_id(job: str | Job, *, cancel: bool = False) -> str | Job:
    """A run (or its id) as given; a Sonar job's id refused, naming the way."""
    job_id = job if isinstance(job, str) else getattr(job, "id", None)
    if isinstance(job_id, str) and not job_id.startswith("resp_"):
        way = (
            "Sonar async jobs cannot be cancelled (that API has no cancel)"
            if cancel
            else "a Sonar job is read with client.sonar.get (or client.get, which takes either)"
        )
        raise ValueError(f"{job_id[:40]!r} is not an Agent API run's id (resp_...): {way}")
    return job


class Agent:
    """The Agent API's background runs (``POST /v1/agent`` with ``background: true``).

    A run's create has no idempotency key, so it is sent again only when the first certainly
    created nothing; an error that leaves a run possibly created says so (a PEP 678 note).

    Example::

        job = client.agent.create_and_wait("Compare EU and US AI rules", effort="high")
        print(job.text, job.citations, job.cost)
    """

    def __init__(self, client: Client) -> None:
        self._client = client

    def create(
        self,
        input: AgentInput,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        **options: Unpack[AgentOptions],
    ) -> Job:
        """Submit a background run and return it as created (QUEUED or IN_PROGRESS).

        ``input`` is a question or input items (dicts or the generated models); the options
        (``effort``, ``preset``, ``model``, ``models``, ``instructions``, ``tools``...) are the
        spec's, checked before anything is sent. With none of effort, preset, model or models,
        ``effort="medium"`` (deep research). ``extra_body`` is merged into the body unchecked.

        Example: ``job = client.agent.create("What changed in RFC 9110?", effort="high")``
        """
        create = AgentCreateArgs(options, extra_body)
        call = CallOptions(extra_headers, extra_query, request_timeout, max_retries)
        client = self._client
        return client._run(client._core.create_run(input, create, call))

    def create_and_wait(
        self,
        input: AgentInput,
        *,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
        on_update: OnUpdate | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        **options: Unpack[AgentOptions],
    ) -> Job:
        """``create`` then ``client.wait_until_done``: the completed run. Every argument is
        checked before the submit; every error once the run exists names it (``.job_id``).

        Example: ``print(client.agent.create_and_wait("What is QUIC?").text)``
        """
        create = AgentCreateArgs(options, extra_body)
        wait = WaitOptions(timeout, poll_interval, max_poll_interval, on_update)
        call = CallOptions(extra_headers, extra_query, request_timeout, max_retries)
        client = self._client
        return client._run(client._core.create_run_and_wait(input, create, wait, call))

    def get(
        self,
        run_id: str | Job,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Job:
        """Fetch a run's current state (``client.get`` takes Sonar jobs too).

        Example: ``job = client.agent.get("resp_6f1c"); print(job.status, job.text)``
        """
        call = CallOptions(extra_headers, extra_query, request_timeout, max_retries)
        client = self._client
        return client._run(client._core.get(_run_id(run_id), call))

    def cancel(
        self,
        run_id: str | Job,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Cancel a run; returns once the API acknowledged it (the run then reads CANCELLED).
        A finished run is a BadRequestError (400), an unknown one NotFoundError.

        Example: ``client.agent.cancel(job)``
        """
        call = CallOptions(extra_headers, extra_query, request_timeout, max_retries)
        client = self._client
        client._run(client._core.cancel(_run_id(run_id, cancel=True), call))


class AsyncAgent:
    """``AsyncClient.agent``: the same operations as ``Agent``, awaited.

    Example: ``job = await client.agent.create_and_wait("What is QUIC?")``
    """

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create(
        self,
        input: AgentInput,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        **options: Unpack[AgentOptions],
    ) -> Job:
        """Submit a background run; same arguments and guarantees as ``Agent.create``.

        Example: ``job = await client.agent.create("What changed in RFC 9110?")``
        """
        create = AgentCreateArgs(options, extra_body)
        call = CallOptions(extra_headers, extra_query, request_timeout, max_retries)
        client = self._client
        return await client._run(client._core.create_run(input, create, call))

    async def create_and_wait(
        self,
        input: AgentInput,
        *,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
        on_update: AsyncOnUpdate | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        **options: Unpack[AgentOptions],
    ) -> Job:
        """``create`` then wait; same as ``Agent.create_and_wait``.

        Example: ``job = await client.agent.create_and_wait("What is QUIC?", effort="low")``
        """
        create = AgentCreateArgs(options, extra_body)
        wait = WaitOptions(timeout, poll_interval, max_poll_interval, on_update)
        call = CallOptions(extra_headers, extra_query, request_timeout, max_retries)
        client = self._client
        return await client._run(client._core.create_run_and_wait(input, create, wait, call))

    async def get(
        self,
        run_id: str | Job,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Job:
        """Fetch a run's current state; same as ``Agent.get``.

        Example: ``job = await client.agent.get("resp_6f1c")``
        """
        call = CallOptions(extra_headers, extra_query, request_timeout, max_retries)
        client = self._client
        return await client._run(client._core.get(_run_id(run_id), call))

    async def cancel(
        self,
        run_id: str | Job,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Cancel a run; same as ``Agent.cancel``.

        Example: ``await client.agent.cancel(job)``
        """
        call = CallOptions(extra_headers, extra_query, request_timeout, max_retries)
        client = self._client
        await client._run(client._core.cancel(_run_id(run_id, cancel=True), call))
