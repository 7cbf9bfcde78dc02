"""``client.sonar``: the Sonar async API's operations (create, create_and_wait, get, list).

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
    AsyncOnUpdate,
    CallOptions,
    CreateArgs,
    OnUpdate,
    WaitOptions,
)
from ._options import DEFAULT_MODEL

if TYPE_CHECKING:
    from .._client import AsyncClient, Client
    from .._job import Job, JobList
    from ._options import Messages, Model, RequestOptions

__all__ = ["AsyncSonar", "Sonar"]


def _sonar_id(job: str | Job) -> str | Job:
    """A Sonar job (or its id) as given; a run (``resp_...``) refused, naming the way."""
    job_id = job if isinstance(job, str) else getattr(job, "id", None)
    if isinstance(job_id, str) and job_id.startswith("resp_"):
        raise ValueError(
            f"{job_id[:40]!r} is an Agent API run's id: use client.agent.get (or client.get, "
            "which takes either)"
        )
    return job


class Sonar:
    """The Sonar async API (``/v1/async/sonar``): ``client.sonar.create(...)`` and friends.

    Example: ``job = client.sonar.create_and_wait("What is QUIC?", model="sonar-deep-research")``
    """

    def __init__(self, client: Client) -> None:
        self._client = client

    def create(
        self,
        messages: Messages,
        *,
        model: Model = DEFAULT_MODEL,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        **request_options: Unpack[RequestOptions],
    ) -> Job:
        """Submit a job and return it as created (usually CREATED). Never submits twice: the
        idempotency key (made for you when not given) is the same on every retry.
        ``extra_body`` is merged into the request object as is, unchecked (for fields newer
        than this SDK).

        Example: ``job = client.sonar.create("Compare EU and US AI rules", search_mode="academic")``
        """
        create = CreateArgs(model, idempotency_key, request_options, extra_body)
        call = CallOptions(extra_headers, extra_query, request_timeout, max_retries)
        client = self._client
        return client._run(client._core.create(messages, create, call))

    def create_and_wait(
        self,
        messages: Messages,
        *,
        model: Model = DEFAULT_MODEL,
        idempotency_key: str | None = None,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
        on_update: OnUpdate | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        **request_options: Unpack[RequestOptions],
    ) -> Job:
        """``create`` then ``wait_until_done``: the completed Job. Every error raised once the
        job exists names it (``.job_id`` on this SDK's errors, a note on any other exception), so
        the wait can be resumed. Every argument is checked before the job is submitted.

        Example: ``print(client.sonar.create_and_wait("What changed in RFC 9110?").text)``
        """
        create = CreateArgs(model, idempotency_key, request_options, extra_body)
        wait = WaitOptions(timeout, poll_interval, max_poll_interval, on_update)
        call = CallOptions(extra_headers, extra_query, request_timeout, max_retries)
        client = self._client
        return client._run(client._core.create_and_wait(messages, create, wait, call))

    def get(
        self,
        request_id: str | Job,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Job:
        """Fetch a Sonar job's current state (``client.get`` takes runs too).

        Example: ``job = client.sonar.get("req-id"); print(job.status)``
        """
        call = CallOptions(extra_headers, extra_query, request_timeout, max_retries)
        client = self._client
        return client._run(client._core.get(_sonar_id(request_id), call))

    def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> JobList:
        """The account's Sonar async jobs, as the API lists them (summaries, ``next_token``).

        Example: ``for summary in client.sonar.list(): print(summary.id, summary.status)``
        """
        call = CallOptions(extra_headers, extra_query, request_timeout, max_retries)
        client = self._client
        return client._run(client._core.list(call))


class AsyncSonar:
    """``AsyncClient.sonar``: the same operations as ``Sonar``, awaited.

    Example: ``job = await client.sonar.create("What is QUIC?")``
    """

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create(
        self,
        messages: Messages,
        *,
        model: Model = DEFAULT_MODEL,
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        **request_options: Unpack[RequestOptions],
    ) -> Job:
        """Submit a job; same arguments and guarantees as ``Sonar.create``.

        Example: ``job = await client.sonar.create("Summarise the 2026 AI Act changes")``
        """
        create = CreateArgs(model, idempotency_key, request_options, extra_body)
        call = CallOptions(extra_headers, extra_query, request_timeout, max_retries)
        client = self._client
        return await client._run(client._core.create(messages, create, call))

    async def create_and_wait(
        self,
        messages: Messages,
        *,
        model: Model = DEFAULT_MODEL,
        idempotency_key: str | None = None,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float = DEFAULT_POLL_INTERVAL,
        max_poll_interval: float = DEFAULT_MAX_POLL_INTERVAL,
        on_update: AsyncOnUpdate | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        **request_options: Unpack[RequestOptions],
    ) -> Job:
        """``create`` then ``wait_until_done``; same as ``Sonar.create_and_wait``.

        Example: ``job = await client.sonar.create_and_wait("What is new in Python 3.14?")``
        """
        create = CreateArgs(model, idempotency_key, request_options, extra_body)
        wait = WaitOptions(timeout, poll_interval, max_poll_interval, on_update)
        call = CallOptions(extra_headers, extra_query, request_timeout, max_retries)
        client = self._client
        return await client._run(client._core.create_and_wait(messages, create, wait, call))

    async def get(
        self,
        request_id: str | Job,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> Job:
        """Fetch a Sonar job's current state; same as ``Sonar.get``.

        Example: ``job = await client.sonar.get("req-id")``
        """
        call = CallOptions(extra_headers, extra_query, request_timeout, max_retries)
        client = self._client
        return await client._run(client._core.get(_sonar_id(request_id), call))

    async def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        request_timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
    ) -> JobList:
        """The account's Sonar async jobs (summaries and ``next_token``).

        Example: ``jobs = await client.sonar.list()``
        """
        call = CallOptions(extra_headers, extra_query, request_timeout, max_retries)
        client = self._client
        return await client._run(client._core.list(call))
