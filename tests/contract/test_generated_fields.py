"""The generated models still have every field the facade reads.

When a regenerated spec drops one, this fails first and says which, instead of an
AttributeError deep inside a property.
"""

from __future__ import annotations

import attrs
import pytest

from perplexity_async_api import models

READS = {
    "AsyncApiChatCompletionsResponse": {
        "id": "Job.id",
        "model": "Job.model",
        "status": "Job.status",
        "created_at": "Job.created_at",
        "started_at": "Job.started_at",
        "completed_at": "Job.completed_at",
        "failed_at": "Job.failed_at",
        "error_message": "Job.error_message",
        "response": "Job.response, Job.text, Job.citations, ...",
    },
    "CompletionResponse": {
        "choices": "Job.text",
        "citations": "Job.citations",
        "search_results": "Job.search_results",
        "usage": "Job.usage, Job.cost",
        "images": "Job.images",
        "related_questions": "Job.related_questions, the CLI",
    },
    "Choice": {"message": "Job.text"},
    "ChatMessage": {"content": "Job.text"},
    "ChatMessageContentTextChunk": {"text": "Job.text"},
    "UsageInfo": {"cost": "Job.cost"},
    "Cost": {"total_cost": "Job.cost"},
    "ApiPublicSearchResult": {"url": "the CLI's citation titles", "title": "the CLI"},
    "ImageResult": {
        name: "Job.images (documented)"
        for name in ("image_url", "origin_url", "title", "width", "height")
    },
}


@pytest.mark.parametrize("model_name", sorted(READS))
def test_the_generated_model_has_every_field_the_facade_reads(model_name: str) -> None:
    model = getattr(models, model_name, None)
    assert model is not None, f"the regenerated package has no model {model_name}"
    fields = {field.name for field in attrs.fields(model)}
    missing = {name: reader for name, reader in READS[model_name].items() if name not in fields}
    assert not missing, (
        f"the regenerated spec dropped {model_name} field(s) the facade reads: "
        + "; ".join(f"{name} (read by {reader})" for name, reader in sorted(missing.items()))
    )
