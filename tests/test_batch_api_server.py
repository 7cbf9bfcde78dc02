"""The Batch API's line formats (``_batch_api._lines``) and MockServer's Files and Batches
endpoints: uploads validated line by line, batches stepping to their end, every body fitting the
spec, and Perplexity's own SDK driving it unmodified."""

from __future__ import annotations

import io
import json
import socket
from collections.abc import Iterator
from typing import Any

import httpx
import perplexity
import pytest
from perplexity import Perplexity

from perplexity_async._batch_api._lines import (
    MAX_FILE_BYTES,
    MAX_FILE_LINES,
    LineError,
    check_request_line,
    check_request_lines,
    parse_result_line,
    request_line,
    result_line,
    split_lines,
)
from perplexity_async.testing import MockServer

from .conftest import API_KEY
from .spec_schema import errors

AUTH = {"Authorization": f"Bearer {API_KEY}"}


def jsonl(count: int, body: dict[str, Any] | None = None) -> bytes:
    return b"".join(
        request_line(f"q-{i}", body or {"input": f"Question {i}"}) for i in range(count)
    )


@pytest.fixture
def http(server: MockServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.base_url, headers=AUTH) as client:
        yield client


def upload(http: httpx.Client, data: bytes, **fields: str) -> httpx.Response:
    form = {"purpose": "batch", **fields}
    return http.post("/v1/files", files={"file": ("in.jsonl", data)}, data=form)


def create(http: httpx.Client, file_id: str, key: str | None = None) -> httpx.Response:
    headers = {"Idempotency-Key": key} if key is not None else {}
    body = {"input_file_id": file_id, "endpoint": "/v1/responses", "completion_window": "24h"}
    return http.post("/v1/batches", json=body, headers=headers)


def run_batch(http: httpx.Client, count: int, key: str | None = None) -> list[dict[str, Any]]:
    """Upload ``count`` questions, create a batch, retrieve it until terminal: every state."""
    file = upload(http, jsonl(count))
    assert file.status_code == 200, file.text
    states = [create(http, file.json()["id"], key).json()]
    for _ in range(20):
        if states[-1]["status"] in ("completed", "expired", "failed", "cancelled"):
            return states
        states.append(http.get(f"/v1/batches/{states[0]['id']}").json())
    raise AssertionError(f"not terminal after 20 retrieves: {states[-1]}")


def lines_of(http: httpx.Client, file_id: str) -> list[dict[str, Any]]:
    response = http.get(f"/v1/files/{file_id}/content")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/octet-stream"
    lines = [json.loads(line) for line in response.content.splitlines()]
    assert [errors("BatchResultLine", line) for line in lines] == [[] for _ in lines]
    return lines


# -- the line formats -----------------------------------------------------------------------------
def test_a_request_line_round_trips_through_the_validator() -> None:
    line = request_line("q-1", {"input": "Why?", "model": "openai/gpt-5"})
    assert line.endswith(b"\n") and line.count(b"\n") == 1
    data = json.loads(line)
    assert data == {
        "custom_id": "q-1",
        "method": "POST",
        "url": "/v1/responses",
        "body": {"input": "Why?", "model": "openai/gpt-5"},
    }
    seen: set[str] = set()
    assert check_request_line(data, number=1, seen=seen) == "q-1" and seen == {"q-1"}
    # separators inside a question stay escaped: the file splits on \n only, and safely elsewhere
    assert b"\\u2028" in request_line("q", {"input": "a\u2028b"})


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ([], "line 3: expected a JSON object, got array"),
        ({"custom_id": "q", "method": "POST", "url": "/v1/responses"}, "line 3: missing body"),
        ({"custom_id": "", "method": "POST", "url": "/v1/responses", "body": {}}, "custom_id"),
        ({"custom_id": "dup", "method": "POST", "url": "/v1/responses", "body": {"input": "x"}},
         "line 3: custom_id 'dup' is not unique"),
        ({"custom_id": "q", "method": "GET", "url": "/v1/responses", "body": {}}, "method"),
        ({"custom_id": "q", "method": "POST", "url": "/v1/agent", "body": {}}, "url must be"),
        ({"custom_id": "q", "method": "POST", "url": "/v1/responses", "body": {}},
         "line 3: body: input is required"),
        ({"custom_id": "q", "method": "POST", "url": "/v1/responses",
          "body": {"input": "x", "nope": 1}}, "line 3: body: nope is not an Agent API option"),
        ({"custom_id": "q", "method": "POST", "url": "/v1/responses", "body": {"input": "x"},
          "extra": 1}, "line 3: unknown field(s): extra"),
    ],
)  # fmt: skip
def test_a_bad_request_line_is_named_with_what_is_wrong(data: Any, message: str) -> None:
    with pytest.raises(LineError, match=None) as caught:
        check_request_line(data, number=3, seen={"dup"})
    assert message in str(caught.value) and caught.value.number == 3


def test_a_file_is_checked_whole_within_the_limits() -> None:
    assert check_request_lines(split_lines(jsonl(3))) == 3
    with pytest.raises(LineError, match="line 2: blank line"):
        check_request_lines(split_lines(jsonl(1) + b"\n" + jsonl(1)))
    with pytest.raises(LineError, match="line 1: not JSON"):
        check_request_lines([b"{"])
    with pytest.raises(LineError, match="no lines"):
        check_request_lines([])
    too_many = (request_line(f"q-{i}", {"input": "x"}) for i in range(MAX_FILE_LINES + 1))
    with pytest.raises(LineError, match=f"more than {MAX_FILE_LINES} lines") as caught:
        check_request_lines(line.rstrip(b"\n") for line in too_many)
    assert caught.value.number == 0
    # the size limit counts bytes before parsing them: one huge line is refused unread
    with pytest.raises(LineError, match=f"over {MAX_FILE_BYTES} bytes"):
        check_request_lines([b" " * (MAX_FILE_BYTES + 1)])


def test_result_lines_parse_leniently_keeping_unknown_keys() -> None:
    ok = parse_result_line(result_line("b1", "q-1", body={"id": "resp_1"}, request_id="r1"))
    assert (ok.custom_id, ok.id, ok.status_code, ok.request_id) == ("q-1", "b1", 200, "r1")
    assert ok.body == {"id": "resp_1"} and not ok.failed
    bad = parse_result_line(result_line("b2", "q-2", error=("run_failed", "timed out")))
    assert bad.failed and (bad.error_code, bad.error_message, bad.body) == (
        "run_failed",
        "timed out",
        None,
    )
    odd = parse_result_line(
        '{"custom_id": 7, "response": {"status_code": 500, "body": {}}, "x": 1}'
    )
    assert odd.custom_id is None and odd.failed and odd.extra == {"x": 1}
    in_body = parse_result_line(
        '{"custom_id": "q", "response": {"status_code": 400, "body": {"error": {"message": "m"}}}}'
    )
    assert in_body.failed and in_body.error_message == "m"
    opaque = parse_result_line('{"custom_id": "q", "error": {"code": 5}}')
    assert opaque.failed and opaque.error_message == '{"code": 5}'
    for raw in ("[]", "{", "null"):
        with pytest.raises(ValueError, match="result line"):
            parse_result_line(raw)


# -- uploads --------------------------------------------------------------------------------------
def test_an_upload_is_stored_listed_and_streamed_back(http: httpx.Client) -> None:
    data = jsonl(2, {"input": "only input"})  # a body carrying only input is accepted
    file = upload(http, data)
    assert file.status_code == 200, file.text
    body = file.json()
    assert errors("BatchFile", body) == []
    assert (body["bytes"], body["purpose"], body["filename"]) == (len(data), "batch", "in.jsonl")
    assert http.get(f"/v1/files/{body['id']}").json() == body
    assert http.get(f"/v1/files/{body['id']}/content").content == data
    listed = http.get("/v1/files").json()
    assert errors("FileObjectList", listed) == [] and listed["data"] == [body]
    deleted = http.delete(f"/v1/files/{body['id']}")
    assert deleted.json() == {"id": body["id"], "object": "file", "deleted": True}
    assert errors("BatchFileDeleted", deleted.json()) == []
    for path in (f"/v1/files/{body['id']}", f"/v1/files/{body['id']}/content"):
        missing = http.get(path)
        assert missing.status_code == 404 and errors("ApiError", missing.json()) == []


def test_an_upload_with_a_bad_line_is_a_400_naming_the_line(http: httpx.Client) -> None:
    bad = jsonl(2) + request_line("q-1", {"input": "again"})
    response = upload(http, bad)
    assert response.status_code == 400 and errors("ApiError", response.json()) == []
    assert (
        response.json()["error"]["message"] == "line 3: custom_id 'q-1' is not unique in the file"
    )
    refused = {
        "expires_after": upload(http, jsonl(1), expires_after="3600"),
        "purpose": upload(http, jsonl(1), purpose="fine-tune"),
        "file": upload(http, jsonl(50_001)),
    }
    for param, answer in refused.items():
        assert answer.status_code == 400 and answer.json()["error"]["param"] == param, answer.text
    assert "more than 50000 lines" in refused["file"].json()["error"]["message"]
    not_multipart = http.post("/v1/files", json={"purpose": "batch"})
    assert not_multipart.status_code == 400 and "multipart" in not_multipart.text
    assert http.get("/v1/files").json()["data"] == []  # nothing refused was stored


def test_an_upload_over_the_size_limit_is_refused_unread(server: MockServer) -> None:
    with socket.create_connection(("127.0.0.1", server.port)) as sock:
        sock.sendall(
            b"POST /v1/files HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + API_KEY.encode()
            + b"\r\nContent-Type: multipart/form-data; boundary=b\r\n"
            + f"Content-Length: {MAX_FILE_BYTES + 65 * 1024}\r\n\r\n".encode()
        )  # fmt: skip
        answer = sock.makefile("rb").read()
    assert answer.startswith(b"HTTP/1.1 413") and b"payload_too_large" in answer


# -- batches --------------------------------------------------------------------------------------
def test_a_batch_goes_validating_in_progress_completed_with_its_files(
    server: MockServer, http: httpx.Client
) -> None:
    server.script_batches(polls_before_done=2, fail={"q-3"}, answer="Scripted.")
    states = run_batch(http, 4)
    for state in states:
        assert errors("Batch", state) == [], state
    seen = [(s["status"], s["request_counts"]) for s in states]
    assert seen == [
        ("validating", {"total": 4, "completed": 0, "failed": 0}),
        ("in_progress", {"total": 4, "completed": 2, "failed": 0}),
        ("completed", {"total": 4, "completed": 3, "failed": 1}),
    ]
    done = states[-1]
    assert done["usage"]["total_tokens"] > 0 and done["completed_at"] >= done["in_progress_at"]
    output = lines_of(http, done["output_file_id"])
    assert [line["custom_id"] for line in output] == ["q-0", "q-1", "q-2"]
    for line in output:
        parsed = parse_result_line(json.dumps(line))
        assert not parsed.failed and parsed.body is not None
        assert errors("ResponsesResponse", parsed.body) == [], parsed.body
        assert parsed.body["output"][1]["content"][0]["text"] == "Scripted."
    assert lines_of(http, done["error_file_id"]) == [
        {
            "id": lines_of(http, done["error_file_id"])[0]["id"],
            "custom_id": "q-3",
            "response": None,
            "error": {"code": "run_failed", "message": "a scripted failure of this request"},
        }
    ]
    outputs = http.get("/v1/files", params={"purpose": "batch_output", "order": "asc"}).json()
    assert [f["id"] for f in outputs["data"]] == [done["output_file_id"], done["error_file_id"]]
    assert server.created_batches == [done["id"]]


def test_the_answer_echoes_the_question_and_keeps_the_requested_model(
    http: httpx.Client,
) -> None:
    file = upload(http, request_line("a", {"input": "Why?", "model": "openai/gpt-5"})).json()
    batch = create(http, file["id"]).json()
    while batch["status"] != "completed":
        batch = http.get(f"/v1/batches/{batch['id']}").json()
    (line,) = lines_of(http, batch["output_file_id"])
    body = line["response"]["body"]
    assert body["model"] == "openai/gpt-5"
    assert body["output"][1]["content"][0]["text"] == "A scripted answer to: Why?"


@pytest.mark.parametrize("end", ["expired", "failed"])
def test_an_expired_or_failed_batch_keeps_its_partial_results(
    server: MockServer, http: httpx.Client, end: str
) -> None:
    server.script_batches(end=end, results_before_end=1, polls_before_done=1)
    states = run_batch(http, 3)
    last = states[-1]
    assert [s["status"] for s in states] == ["validating", end]
    assert errors("Batch", last) == [] and last[f"{end}_at"] is not None
    assert last["request_counts"] == {"total": 3, "completed": 1, "failed": 0}
    assert [line["custom_id"] for line in lines_of(http, last["output_file_id"])] == ["q-0"]
    assert last["error_file_id"] is None
    if end == "failed":
        assert last["errors"]["data"][0]["code"] == "batch_failed"


def test_a_cancel_goes_cancelling_then_cancelled_with_partial_results(
    server: MockServer, http: httpx.Client
) -> None:
    server.script_batches(polls_before_done=4)
    file = upload(http, jsonl(4)).json()
    batch = create(http, file["id"]).json()
    assert http.get(f"/v1/batches/{batch['id']}").json()["request_counts"]["completed"] == 1
    cancelling = http.post(f"/v1/batches/{batch['id']}/cancel").json()
    assert cancelling["status"] == "cancelling" and errors("Batch", cancelling) == []
    assert http.post(f"/v1/batches/{batch['id']}/cancel").json()["status"] == "cancelling"
    cancelled = http.get(f"/v1/batches/{batch['id']}").json()
    assert cancelled["status"] == "cancelled" and errors("Batch", cancelled) == []
    assert [line["custom_id"] for line in lines_of(http, cancelled["output_file_id"])] == ["q-0"]
    again = http.post(f"/v1/batches/{batch['id']}/cancel")
    assert again.status_code == 400 and "already cancelled" in again.json()["error"]["message"]
    assert http.post("/v1/batches/batch_nope/cancel").status_code == 404


def test_an_idempotency_key_returns_the_original_batch(
    server: MockServer, http: httpx.Client
) -> None:
    file = upload(http, jsonl(2)).json()
    first = create(http, file["id"], key="key-1").json()
    assert create(http, file["id"], key="key-1").json()["id"] == first["id"]
    without = [create(http, file["id"]).json()["id"] for _ in range(2)]  # accepted, each new
    assert len(set(without)) == 2 and first["id"] not in without
    assert server.created_batches == [first["id"], *without]


def test_a_bad_create_is_refused_before_any_batch(server: MockServer, http: httpx.Client) -> None:
    file = upload(http, jsonl(1)).json()
    missing = create(http, "file-nope")
    assert missing.status_code == 404 and errors("ApiError", missing.json()) == []
    base = {"input_file_id": file["id"], "endpoint": "/v1/responses"}
    for param, body in (
        ("endpoint", {**base, "endpoint": "/v1/chat/completions"}),
        ("output_expires_after", {**base, "output_expires_after": {"seconds": 60}}),
        ("completion_window", {**base, "completion_window": "1h"}),
        ("input_file_id", {"endpoint": "/v1/responses"}),
        ("metadata", {**base, "metadata": {"a": 1}}),
    ):
        answer = http.post("/v1/batches", json=body)
        assert answer.status_code == 400 and answer.json()["error"]["param"] == param
    output = run_batch(http, 1)[-1]["output_file_id"]
    assert create(http, output).json()["error"]["param"] == "input_file_id"
    assert len(server.created_batches) == 1  # only run_batch's


def test_lists_page_newest_first(http: httpx.Client) -> None:
    file = upload(http, jsonl(1)).json()
    ids = [create(http, file["id"]).json()["id"] for _ in range(3)]
    page = http.get("/v1/batches", params={"limit": 2}).json()
    assert errors("BatchList", page) == []
    assert [b["id"] for b in page["data"]] == ids[:0:-1] and page["has_more"]
    rest = http.get("/v1/batches", params={"limit": 2, "after": page["last_id"]}).json()
    assert [b["id"] for b in rest["data"]] == [ids[0]] and not rest["has_more"]
    assert http.get("/v1/batches", params={"limit": 0}).json()["error"]["param"] == "limit"
    assert http.get("/v1/files", params={"order": "up"}).status_code == 400


def test_the_endpoints_check_the_token_and_the_method(server: MockServer) -> None:
    assert httpx.get(f"{server.base_url}/v1/batches").status_code == 401
    put = httpx.put(f"{server.base_url}/v1/files/file-1", headers=AUTH)
    assert put.status_code == 405 and put.headers["allow"] == "GET, DELETE"


# -- Perplexity's own SDK, unmodified ------------------------------------------------------------
def test_the_official_sdk_uploads_creates_retrieves_and_downloads(server: MockServer) -> None:
    server.script_batches(polls_before_done=2, fail={"q-1"})
    with Perplexity(api_key=API_KEY, base_url=server.base_url, max_retries=0) as official:
        file = official.files.create(
            file=("questions.jsonl", io.BytesIO(jsonl(3))), purpose="batch"
        )
        assert (file.purpose, file.filename) == ("batch", "questions.jsonl")
        batch = official.batches.create(
            input_file_id=file.id, endpoint="/v1/responses", idempotency_key="official-1"
        )
        assert batch.status == "validating"
        statuses = [batch.status]
        while batch.status != "completed":
            assert len(statuses) < 10, statuses
            batch = official.batches.retrieve(batch.id)
            statuses.append(batch.status)
        assert statuses == ["validating", "in_progress", "completed"]
        assert (batch.request_counts.completed, batch.request_counts.failed) == (2, 1)
        assert batch.output_file_id is not None and batch.error_file_id is not None
        output = official.files.content(batch.output_file_id).read()
        assert [parse_result_line(raw).custom_id for raw in output.splitlines()] == ["q-0", "q-2"]
        errors_file = official.files.content(batch.error_file_id).read()
        assert parse_result_line(errors_file).error_message == "a scripted failure of this request"
        again = official.batches.create(
            input_file_id=file.id, endpoint="/v1/responses", idempotency_key="official-1"
        )
        assert again.id == batch.id
        assert [b.id for b in official.batches.list().data] == [batch.id]
        with pytest.raises(perplexity.BadRequestError, match="already completed"):
            official.batches.cancel(batch.id)


def test_under_serve_demo_a_small_batch_completes_four_seconds_after_its_create() -> None:
    from perplexity_async._cli._demo import script_demo_questions

    now = [100.0]
    with MockServer(api_key=API_KEY, clock=lambda: now[0]) as server:
        script_demo_questions(server)
        with httpx.Client(base_url=server.base_url, headers=AUTH) as http:
            file = upload(http, jsonl(3)).json()
            batch = create(http, file["id"]).json()
            now[0] += 2.0
            halfway = http.get(f"/v1/batches/{batch['id']}").json()
            assert (halfway["status"], halfway["request_counts"]["completed"]) == ("in_progress", 2)
            now[0] += 2.0  # 4 s in all: the demo's answer time, well within 10 s
            done = http.get(f"/v1/batches/{batch['id']}").json()
            assert done["status"] == "completed", done
            (first, *_) = lines_of(http, done["output_file_id"])
    body = first["response"]["body"]
    assert body["output"][1]["content"][0]["text"].startswith("Async APIs suit long-running work")
    assert body["output"][0]["results"][0]["url"].startswith("https://learn.microsoft")
