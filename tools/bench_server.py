"""A fast loopback server for `make bench`, in its own process so it is not the bottleneck.

Serves canned job bodies over keep-alive HTTP/1.1: ``/v1/async/sonar/small-*`` a ~2 KB
completed job, ``.../large-*`` a ~1 MB deep-research-shaped one, ``.../heavy-*`` one as large
but with twice the small objects; ``/v1/agent/resp_research-*`` a ~1 MB completed Agent API
run shaped like a deep-research one. Each with the id asked for (the SDK refuses another job's
body), rendered once per id. Prints its port, then serves until stdin closes.
"""

from __future__ import annotations

import asyncio
import json
import sys
from typing import Any, ClassVar

from perplexity_async.testing import completed_job_body, completed_run_body

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


def research_run() -> dict[str, Any]:
    """A completed Agent API run shaped like a deep-research one, ~1 MB in 9 output items of 4
    types: three rounds of a ``search_results`` item (500 results in all, every field, ~1 KB
    snippets) and a ``fetch_url_results`` item (4 pages of ~6 KB each), a ``function_call``, an
    interim and a final ``message`` item (12 ``output_text`` parts, ~300 KB, each with a few
    ``url_citation`` annotations), then ``usage`` with its cost."""
    snippet = ("Snippet text of the source, relevant to the question. " * 20)[:1000]
    page = ("Fetched page text: a paragraph of the source, quoted at length. " * 100)[:6000]
    paragraph = "A finding of the research, stated with its evidence and a citation [1]. " * 6

    def search(first: int, count: int) -> dict[str, Any]:
        results = [
            {
                "id": i + 1,
                "title": f"Source {i}: a long title about the research topic",
                "url": f"https://source-{i}.example.org/article/{i}",
                "date": "2026-01-01",
                "last_updated": "2026-02-01",
                "snippet": snippet,
                "source": "web",
            }
            for i in range(first, first + count)
        ]
        return {"type": "search_results", "queries": [f"query {first}"], "results": results}

    def fetch(first: int) -> dict[str, Any]:
        contents = [
            {
                "title": f"Page {i}",
                "url": f"https://source-{i}.example.org/article/{i}",
                "snippet": page,
            }
            for i in range(first, first + 4)
        ]
        return {"type": "fetch_url_results", "contents": contents}

    def message(number: int, parts: int) -> dict[str, Any]:
        text = ((paragraph + "\n\n") * 60)[:25_000]
        annotations = [
            {
                "type": "url_citation",
                "start_index": 40 * k,
                "end_index": 40 * k + 3,
                "title": f"Source {k}",
                "url": f"https://source-{k}.example.org/article/{k}",
            }
            for k in range(4)
        ]
        content = [
            {"type": "output_text", "text": text, "annotations": annotations} for _ in range(parts)
        ]
        return {
            "type": "message",
            "id": f"msg_{number}",
            "role": "assistant",
            "status": "completed",
            "content": content,
        }

    call = {
        "type": "function_call",
        "id": "fc_1",
        "call_id": "call_1",
        "name": "lookup_figures",
        "arguments": json.dumps({"series": "adoption", "years": [2024, 2025, 2026]}),
        "status": "completed",
    }
    body = completed_run_body("resp_research", effort="medium", background=True)
    body["output"] = [
        search(0, 200),
        fetch(0),
        search(200, 150),
        fetch(4),
        call,
        message(1, 1),
        search(350, 150),
        fetch(8),
        message(2, 11),
    ]
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
    _Protocol.templates = {
        b"small": small_job(),
        b"large": large_job(),
        b"heavy": heavy_job(),
        b"resp_research": research_run(),
    }
    loop = asyncio.get_running_loop()
    server = await loop.create_server(_Protocol, "127.0.0.1", 0, backlog=2048)
    print(server.sockets[0].getsockname()[1], flush=True)
    await loop.run_in_executor(None, sys.stdin.read)  # serve until the parent closes stdin
    server.close()


if __name__ == "__main__":
    asyncio.run(main())
