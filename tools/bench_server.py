"""A fast loopback server for `make bench`, in its own process so it is not the bottleneck.

Serves canned job bodies over keep-alive HTTP/1.1: ``/v1/async/sonar/small-*`` a ~2 KB
completed job, ``.../large-*`` a ~1 MB deep-research-shaped one, ``.../heavy-*`` one as large
but with twice the small objects, each with the id asked for (the
SDK refuses another job's body), rendered once per id. Prints its port, then serves until stdin
closes.
"""

from __future__ import annotations

import asyncio
import json
import sys
from typing import Any, ClassVar

from perplexity_async.testing import completed_job_body

_CRLF2 = b"\r\n\r\n"


def small_job() -> dict[str, object]:
    return completed_job_body(
        "small",
        answer="Paris is the capital of France. " * 40,
        citations=[f"https://example.com/{i}" for i in range(5)],
        search_results=[
            {"title": f"Result {i}", "url": f"https://example.com/{i}", "snippet": "s" * 60}
            for i in range(3)
        ],
    )


def _sources(snippet_bytes: int) -> dict[str, Any]:
    """500 citations and 500 search results with every field, each snippet that long."""
    snippet = ("Snippet text of the source, relevant to the question. " * 30)[:snippet_bytes]
    return {
        "citations": [f"https://source-{i}.example.org/article/{i}" for i in range(500)],
        "search_results": [
            {
                "title": f"Source {i}: a long title about the research topic",
                "url": f"https://source-{i}.example.org/article/{i}",
                "date": "2026-01-01",
                "last_updated": "2026-02-01",
                "snippet": snippet,
            }
            for i in range(500)
        ],
    }


def large_job() -> dict[str, object]:
    """Deep-research shaped: ~320 KB answer, 500 results with ~1.1 KB snippets, 500 citations."""
    answer = ("Deep research paragraph with findings and a citation [1]. " * 5600)[:320_000]
    return completed_job_body("large", answer=answer, **_sources(1100))


def heavy_job() -> dict[str, object]:
    """Deep-research shaped and heavy in small objects, ~1 MB: a ~620 KB answer in paragraphs,
    500 search results with every field and ~300-byte snippets, 500 citations, 500 images (the job
    asked ``return_images``) and 20 related questions: twice the models of ``large_job``."""
    paragraph = "A finding of the research, stated with its evidence and a citation [1]. " * 6
    answer = ((paragraph + "\n\n") * 1500)[:620_000]
    body = completed_job_body("heavy", answer=answer, **_sources(300))
    response: Any = body["response"]
    response["images"] = [
        {
            "image_url": f"https://images.example.org/{i}.jpg",
            "origin_url": f"https://source-{i}.example.org/article/{i}",
            "title": f"Figure {i}",
            "width": 1200,
            "height": 800,
        }
        for i in range(500)
    ]
    response["related_questions"] = [f"Follow-up question {i}?" for i in range(20)]
    return body


def _response(body: dict[str, object]) -> bytes:
    payload = json.dumps(body).encode()
    head = (
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(payload)}\r\n\r\n"
    )
    return head.encode() + payload


class _Protocol(asyncio.Protocol):
    templates: ClassVar[dict[bytes, dict[str, object]]]
    responses: ClassVar[dict[bytes, bytes]] = {}  # by job id: each rendered once

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport: asyncio.Transport = transport  # type: ignore[assignment]
        self.buffer = b""

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while (end := self.buffer.find(_CRLF2)) >= 0:
            request, self.buffer = self.buffer[:end], self.buffer[end + 4 :]
            job_id = request.split(b" ", 2)[1].rsplit(b"/", 1)[-1]
            response = self.responses.get(job_id)
            if response is None:
                kind = job_id.split(b"-", 1)[0]
                template = self.templates.get(kind, self.templates[b"small"])
                response = _response({**template, "id": job_id.decode()})
                self.responses[job_id] = response
            self.transport.write(response)


async def main() -> None:
    _Protocol.templates = {b"small": small_job(), b"large": large_job(), b"heavy": heavy_job()}
    loop = asyncio.get_running_loop()
    server = await loop.create_server(_Protocol, "127.0.0.1", 0, backlog=2048)
    print(server.sockets[0].getsockname()[1], flush=True)
    await loop.run_in_executor(None, sys.stdin.read)  # serve until the parent closes stdin
    server.close()


if __name__ == "__main__":
    asyncio.run(main())
