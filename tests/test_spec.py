"""The vendored spec: upstream's pages verbatim, merged by `make spec`, valid OpenAPI 3.1."""

from __future__ import annotations

import hashlib
from typing import Any

import pytest
import yaml
from openapi_spec_validator import validate
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

from tools.generator_input import disambiguate, normalise, string_mappings
from tools.merge_spec import MergeError, load_renames, load_upstream, merge, render

from .conftest import ROOT

# Upstream's pages, byte for byte (the /v1 reference pages, and the list page not yet republished),
# the Agent API's background-runs page (reconstructed: /work/shared/spec/agent-v1/SOURCES.md) and
# the Batch and Files APIs' page (reconstructed: /work/shared/spec/batches-v1/SOURCES.md).
PINNED_SHA256 = {
    "agent-background.yaml": "4298e5ec2bee6d16895c2474391e68db099bc4f424eaa0456ea4b8f9f6c7feaa",
    "async-sonar-post.yaml": "012c68e8011ad1988cc776b6a87d321700b559d6ad62fb3db0d9fdabb97112b3",
    "async-sonar-api-request-get.yaml": (
        "eb1b1e7852498facdbc0b911eae20eeebf2b37fc7e8f0617bcd2783c64646ffd"
    ),
    "async-chat-completions-get.yaml": (
        "f7c97ce9762bdeb4da8852aef6bd24a4b08454c63fa50710cdfe880dd02ba856"
    ),
    "batches.yaml": "490b4b038ac6956833b53fb954f1b7627aa3548bfe80aab11e5f136158eed2f2",
}


def test_the_upstream_pages_are_exactly_the_pinned_documents() -> None:
    pages = {p.name: p.read_bytes() for p in (ROOT / "spec" / "upstream").glob("*.yaml")}
    assert {name: hashlib.sha256(data).hexdigest() for name, data in pages.items()} == (
        PINNED_SHA256
    )


def test_openapi_yaml_is_the_current_merge_of_the_upstream_pages() -> None:
    assert (ROOT / "openapi.yaml").read_text() == render(merge(load_upstream(), load_renames())), (
        "openapi.yaml is stale: run `make spec`"
    )


def test_the_generators_input_is_valid_openapi_3_1_with_all_fifteen_operations() -> None:
    spec = yaml.safe_load((ROOT / "openapi.yaml").read_text())
    assert spec["openapi"].startswith("3.1")
    validate(normalise(spec))  # raises OpenAPIValidationError when invalid
    operations = {(path, method) for path, item in spec["paths"].items() for method in item}
    assert operations == {
        ("/v1/async/sonar/{api_request}", "get"),
        ("/v1/async/sonar", "post"),
        ("/async/chat/completions", "get"),  # the list page, not yet republished under /v1
        ("/v1/agent", "post"),
        ("/v1/agent/{id}", "get"),
        ("/v1/agent/{id}/cancel", "post"),
        ("/v1/files", "post"),
        ("/v1/files", "get"),
        ("/v1/files/{file_id}", "get"),
        ("/v1/files/{file_id}", "delete"),
        ("/v1/files/{file_id}/content", "get"),
        ("/v1/batches", "post"),
        ("/v1/batches", "get"),
        ("/v1/batches/{batch_id}", "get"),
        ("/v1/batches/{batch_id}/cancel", "post"),
    }


def test_openapi_yaml_is_the_pure_union_with_the_newest_pages_metadata() -> None:
    spec = yaml.safe_load((ROOT / "openapi.yaml").read_text())
    assert spec["info"]["version"] == "1.0.0"
    assert spec["servers"] == [
        {"url": "https://api.perplexity.ai", "description": "Perplexity AI API"}
    ]
    response_format = spec["components"]["schemas"]["ApiChatCompletionsRequest"]["properties"][
        "response_format"
    ]
    mapping = response_format["discriminator"]["mapping"]  # upstream's shape, kept here
    assert mapping["text"] == {"$ref": "#/components/schemas/ResponseFormatText"}
    with pytest.raises(OpenAPIValidationError):
        validate(spec)  # which is why the generator reads the normalised document


def test_the_validator_rejects_a_broken_document() -> None:
    spec = yaml.safe_load((ROOT / "openapi.yaml").read_text())
    spec["components"]["schemas"]["Choice"]["required"] = "index"  # must be an array
    with pytest.raises(OpenAPIValidationError):
        validate(spec)


def _page(path: str, method: str, schemas: dict[str, Any]) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "T", "version": "1"},
        "paths": {path: {method: {"responses": {"200": {"description": "ok"}}}}},
        "components": {"schemas": schemas},
    }


def test_merge_unites_operations_and_keeps_identical_schemas_once() -> None:
    shared = {"type": "object", "properties": {"id": {"type": "string"}}}
    merged = merge(
        [
            ("a.yaml", _page("/x", "get", {"Job": shared, "A": {"type": "string"}})),
            ("b.yaml", _page("/x", "post", {"Job": dict(shared), "B": {"type": "integer"}})),
        ]
    )
    assert list(merged["paths"]["/x"]) == ["get", "post"]
    assert list(merged["components"]["schemas"]) == ["Job", "A", "B"]


def test_merge_refuses_conflicting_schemas_naming_them() -> None:
    with pytest.raises(MergeError, match=r"schemas 'Job' in b\.yaml differs"):
        merge(
            [
                ("a.yaml", _page("/x", "get", {"Job": {"type": "object"}})),
                ("b.yaml", _page("/y", "get", {"Job": {"type": "string"}})),
            ]
        )


def test_merge_refuses_a_conflicting_operation_and_header() -> None:
    page = _page("/x", "get", {})
    other = _page("/x", "get", {})
    other["paths"]["/x"]["get"]["summary"] = "changed"
    with pytest.raises(MergeError, match="operation /x"):
        merge([("a.yaml", page), ("b.yaml", other)])
    newer = {**_page("/y", "get", {}), "openapi": "3.2.0"}
    with pytest.raises(MergeError, match=r"'openapi' in b\.yaml"):
        merge([("a.yaml", page), ("b.yaml", newer)])


def _release(path: str, version: str, servers: list[dict[str, str]]) -> dict[str, Any]:
    page = _page(path, "get", {"Job": {"type": "object"}})
    page["info"] = {"title": "T", "version": version}
    page["servers"] = servers
    return page


def test_merge_takes_info_and_servers_from_the_newest_page_in_any_order() -> None:
    old = _release("/old", "0.1.0", [])
    new = _release("/v1/new", "1.0.0", [{"url": "https://api.perplexity.ai"}])
    for pages in ([("a.yaml", old), ("b.yaml", new)], [("b.yaml", new), ("a.yaml", old)]):
        merged = merge(pages)
        assert merged["info"]["version"] == "1.0.0"
        assert merged["servers"] == [{"url": "https://api.perplexity.ai"}]
        assert set(merged["paths"]) == {"/old", "/v1/new"}


def test_merge_still_refuses_metadata_conflicts_within_a_release_and_schema_conflicts() -> None:
    one = _release("/x", "1.0.0", [{"url": "https://a"}])
    other = _release("/y", "1.0.0", [{"url": "https://b"}])
    with pytest.raises(MergeError, match=r"'servers' in b\.yaml .* same info\.version 1\.0\.0"):
        merge([("a.yaml", one), ("b.yaml", other)])
    newer = _release("/y", "2.0.0", [])
    newer["components"]["schemas"]["Job"] = {"type": "string"}  # a newer page is no excuse
    with pytest.raises(MergeError, match=r"schemas 'Job' in b\.yaml differs"):
        merge([("a.yaml", one), ("b.yaml", newer)])
    with pytest.raises(MergeError, match=r"info\.version 'latest' in b\.yaml"):
        merge([("a.yaml", one), ("b.yaml", _release("/z", "latest", []))])


def _discriminated(target: Any) -> dict[str, Any]:
    return {
        "anyOf": [{"$ref": "#/components/schemas/A"}],
        "discriminator": {"propertyName": "type", "mapping": {"a": target}},
    }


def test_discriminator_mappings_become_strings_for_the_generator_only() -> None:
    spec = {"components": {"schemas": {"A": {"type": "object"}, "U": _discriminated(None)}}}
    spec["components"]["schemas"]["U"] = _discriminated({"$ref": "#/components/schemas/A"})
    original = yaml.safe_dump(spec)
    normalised = normalise(spec)
    mapping = normalised["components"]["schemas"]["U"]["discriminator"]["mapping"]
    assert mapping == {"a": "#/components/schemas/A"}
    assert yaml.safe_dump(spec) == original  # the input (openapi.yaml's union) is left alone
    with pytest.raises(ValueError, match="U/discriminator/mapping/a: not a reference"):
        string_mappings({"components": {"schemas": {"U": _discriminated({"oops": 1})}}})


def test_duplicate_titles_are_told_apart_for_the_generator_only() -> None:
    spec = yaml.safe_load((ROOT / "openapi.yaml").read_text())
    schemas = disambiguate(spec)["components"]["schemas"]
    assert schemas["ChatMessage-Output"]["title"] == "ChatMessage"  # response classes keep names
    assert schemas["ChatMessage-Input"]["title"] == "ChatMessageInput"
    with pytest.raises(ValueError, match="still share titles"):
        disambiguate(
            {
                "components": {
                    "schemas": {
                        "X-Input": {"title": "X"},
                        "X-Output": {"title": "X"},
                        "XInput": {"title": "XInput"},  # what X-Input would be retitled to
                    }
                }
            }
        )


# The rename rule (tools/merge_spec.py): same name, different definitions.
def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _image_pages() -> list[tuple[str, dict[str, Any]]]:
    sonar = _page(
        "/s", "get", {"Image": {"type": "object", "title": "Image"}, "Job": _ref("Image")}
    )
    agent = _page(
        "/a",
        "get",
        {
            "Image": {"type": "object", "required": ["width"]},
            "Item": {
                "oneOf": [_ref("Image")],
                "discriminator": {
                    "propertyName": "type",
                    "mapping": {"img": "#/components/schemas/Image", "obj": _ref("Image")},
                },
            },
            "Run": {"properties": {"images": {"items": _ref("Image")}}},
        },
    )
    return [("sonar.yaml", sonar), ("agent.yaml", agent)]


def test_a_reviewed_rename_renames_one_pages_component_and_its_references_only() -> None:
    merged = merge(_image_pages(), {"agent.yaml": {"schemas": {"Image": "AgentImage"}}})
    schemas = merged["components"]["schemas"]
    assert schemas["Image"] == {"type": "object", "title": "Image"}  # the first page's, as it was
    assert schemas["Job"] == _ref("Image")  # the other page's references are left alone
    assert schemas["AgentImage"] == {"type": "object", "required": ["width"]}
    assert schemas["Item"]["oneOf"] == [_ref("AgentImage")]
    assert schemas["Item"]["discriminator"]["mapping"] == {
        "img": "#/components/schemas/AgentImage",  # a string mapping value is a reference too
        "obj": _ref("AgentImage"),
    }
    assert schemas["Run"]["properties"]["images"]["items"] == _ref("AgentImage")


def test_an_unlisted_conflict_fails_naming_the_component_and_both_pages() -> None:
    with pytest.raises(
        MergeError, match=r"schemas 'Image' in agent\.yaml differs from sonar\.yaml"
    ):
        merge(_image_pages())


@pytest.mark.parametrize(
    ("renames", "why"),
    [
        ({"agent.yaml": {"schemas": {"Gone": "AgentGone"}}}, "defines no schemas 'Gone'"),
        ({"gone.yaml": {"schemas": {"Image": "AgentImage"}}}, "no upstream page 'gone.yaml'"),
        ({"agent.yaml": {"schemas": {"Image": "Job"}}}, "'Job' is already defined"),
    ],
)
def test_a_rename_that_resolves_no_conflict_fails(renames: Any, why: str) -> None:
    with pytest.raises(MergeError, match=rf"spec/renames\.yaml: .*{why}"):
        merge(_image_pages(), renames)


def test_a_rename_whose_conflict_upstream_resolved_fails_as_stale() -> None:
    sonar, (_, agent) = _image_pages()
    agent["components"]["schemas"]["Image"] = sonar[1]["components"]["schemas"]["Image"]
    with pytest.raises(MergeError, match=r"stale: no other page defines 'Image' differently"):
        merge([sonar, ("agent.yaml", agent)], {"agent.yaml": {"schemas": {"Image": "AgentImage"}}})


def test_the_real_rename_table_keeps_the_sonar_image_result() -> None:
    assert load_renames() == {
        "agent-background.yaml": {"schemas": {"ImageResult": "AgentImageResult"}}
    }
    schemas = yaml.safe_load((ROOT / "openapi.yaml").read_text())["components"]["schemas"]
    assert schemas["ImageResult"]["title"] == "ImageResult"  # Job.images' type, unchanged
    assert set(schemas["AgentImageResult"]["required"]) == {
        "height",
        "image_url",
        "origin_url",
        "width",
    }
    assert schemas["ImageSearchResultsOutputItem"]["properties"]["results"]["items"] == _ref(
        "AgentImageResult"
    )
