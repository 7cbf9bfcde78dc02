"""What the /v1 pages add to a completion: images and related questions, typed, and printed."""

from __future__ import annotations

import perplexity_async as pa
from perplexity_async.testing import MockServer, completed_job_body
from perplexity_async_api.models import ImageResult

from .helpers import cli
from .spec_schema import errors

IMAGE = {
    "image_url": "https://img.example/a.png",
    "origin_url": "https://a.example/page",
    "title": "A chart",
    "width": 640,
    "height": 480,
}


def _body() -> dict[str, object]:
    body = completed_job_body("r", answer="Yes [1].", citations=["https://a.example"])
    response = body["response"]
    assert isinstance(response, dict)
    response.update(images=[IMAGE], related_questions=["Why?", "How often?"])
    assert errors("AsyncApiChatCompletionsResponse", body) == []  # fits the spec
    return body


def test_a_job_has_typed_images_and_related_questions() -> None:
    job = pa.Job.from_dict(_body())
    (image,) = job.images
    assert isinstance(image, ImageResult)
    assert (image.image_url, image.origin_url, image.title, image.width, image.height) == (
        "https://img.example/a.png",
        "https://a.example/page",
        "A chart",
        640,
        480,
    )
    assert job.related_questions == ["Why?", "How often?"]
    pending = pa.Job.from_dict(completed_job_body("p") | {"response": None})
    assert (pending.images, pending.related_questions) == ([], [])


def test_the_cli_prints_related_questions_after_the_citations(server: MockServer) -> None:
    server.set_job_body("r", _body())
    result = cli(server, "get", "r")
    assert result.returncode == 0, result.stderr
    assert result.stdout.endswith(
        "Yes [1].\n\nCitations:\n[1] https://a.example\n\n"
        "Related questions:\n- Why?\n- How often?\n\nCost: $0.0060\n"
    )
