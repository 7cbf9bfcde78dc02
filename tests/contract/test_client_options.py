"""Creating clients: options, environment, defaults, and who closes what."""

from __future__ import annotations

import asyncio

import httpx
import pytest

import perplexity_async as pa
from perplexity_async.testing import MockServer

from ..conftest import API_KEY
from .helpers import job_path

CLIENTS = [pa.Client, pa.AsyncClient]


@pytest.mark.parametrize("cls", CLIENTS)
def test_a_missing_key_names_the_environment_variable(
    cls: type[pa.Client], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PERPLEXITY_API_KEY", raising=False)
    with pytest.raises(ValueError, match="PERPLEXITY_API_KEY"):
        cls()
    with pytest.raises(ValueError, match="PERPLEXITY_API_KEY"):
        cls(api_key="")


def test_key_and_base_url_come_from_the_environment(
    server: MockServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PERPLEXITY_API_KEY", API_KEY)
    monkeypatch.setenv("PERPLEXITY_BASE_URL", server.base_url + "/")
    server.add_job("env", answer="from env")
    with pa.Client() as client:
        assert client.base_url == server.base_url
        assert client.get("env").text == "from env"
    assert server.requests[-1].authorized


def test_the_default_base_url_and_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PERPLEXITY_BASE_URL", raising=False)
    client = pa.Client(api_key="k")
    assert client.base_url == "https://api.perplexity.ai" == pa.DEFAULT_BASE_URL
    assert client.timeout == pa.DEFAULT_TIMEOUT and client.timeout.read == 60.0
    assert client.max_retries == 2
    client.close()


@pytest.mark.parametrize(
    "url", ["http://api.perplexity.ai", "http://10.0.0.8:8000", "http://example.com/v1"]
)
def test_plain_http_is_refused_unless_loopback(url: str) -> None:
    with pytest.raises(ValueError, match="in clear"):
        pa.Client(api_key="k", base_url=url)


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:9", "http://localhost:9", "http://[::1]:9", "https://x.example/v1"]
)
def test_https_and_loopback_http_are_accepted(url: str) -> None:
    client = pa.Client(api_key="k", base_url=url)
    assert client.base_url == url
    client.close()


@pytest.mark.parametrize(
    ("options", "error_type"),
    [
        ({"base_url": "ftp://x.example"}, ValueError),
        ({"base_url": "https://x.example/?q=1"}, ValueError),
        ({"timeout": 0}, ValueError),
        ({"timeout": "30"}, TypeError),
        ({"max_retries": -1}, ValueError),
        ({"max_retries": 1000}, ValueError),
        ({"max_retries": 1.5}, TypeError),
        ({"headers": ["X-A"]}, TypeError),
        ({"api_key": "pplx key with spaces"}, ValueError),
        ({"http_client": httpx.AsyncClient()}, TypeError),
    ],
)
def test_wrong_options_fail_at_creation(options: dict[str, object], error_type: type) -> None:
    options = {"api_key": "k", **options}
    with pytest.raises(error_type):
        pa.Client(**options)  # type: ignore[arg-type]


def test_options_are_keyword_only() -> None:
    with pytest.raises(TypeError):
        pa.Client("k", "https://x.example")  # type: ignore[misc]


def test_a_given_http_client_is_used_and_left_open(server: MockServer) -> None:
    server.add_job("own")
    seen: list[str] = []
    hooks = {"request": [lambda request: seen.append(str(request.url))]}
    with httpx.Client(event_hooks=hooks) as mine:
        with pa.Client(api_key=API_KEY, base_url=server.base_url, http_client=mine) as client:
            client.get("own")
        assert not mine.is_closed
        assert seen == [server.base_url + job_path("own")]
        assert "authorization" not in {k.lower() for k in mine.headers}  # never mutated


def test_a_given_async_http_client_is_left_open(server: MockServer) -> None:
    server.add_job("own")

    async def main() -> None:
        async with httpx.AsyncClient() as mine:
            async with pa.AsyncClient(
                api_key=API_KEY, base_url=server.base_url, http_client=mine
            ) as client:
                assert (await client.get("own")).id == "own"
            assert not mine.is_closed

    asyncio.run(main())


def test_own_pools_are_closed_on_exit() -> None:
    with pa.Client(api_key="k") as client:
        pass
    assert client._http.is_closed

    async def main() -> pa.AsyncClient:
        async with pa.AsyncClient(api_key="k") as aclient:
            pass
        return aclient

    assert asyncio.run(main())._http.is_closed


def test_the_async_client_bounds_requests_in_flight_to_its_pool(server: MockServer) -> None:
    for i in range(300):
        server.add_job(f"j{i}")
    limits = httpx.Limits(max_connections=7)

    async def main() -> int:
        in_flight = peak = 0

        async def count(request: httpx.Request) -> None:
            nonlocal in_flight, peak
            in_flight += 1
            peak = max(peak, in_flight)

        async def done(response: httpx.Response) -> None:
            nonlocal in_flight
            in_flight -= 1

        hooks = {"request": [count], "response": [done]}
        async with httpx.AsyncClient(limits=limits, event_hooks=hooks) as mine:
            client = pa.AsyncClient(api_key=API_KEY, base_url=server.base_url, http_client=mine)
            jobs = await asyncio.gather(*(client.get(f"j{i}") for i in range(300)))
            assert [j.id for j in jobs] == [f"j{i}" for i in range(300)]
        return peak

    assert asyncio.run(main()) == 7
