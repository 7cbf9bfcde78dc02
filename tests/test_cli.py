"""The command line end to end, as a subprocess against the embedded server."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from typing import Any

import pytest

from perplexity_async._progress import Progress
from perplexity_async.testing import Fault, MockServer, completed_job_body

from .conftest import API_KEY


def cli(
    server: MockServer, *args: str, env: dict[str, str] | None = None, timeout: float = 30
) -> subprocess.CompletedProcess[str]:
    full_env = {
        **os.environ,
        "PERPLEXITY_API_KEY": API_KEY,
        "PERPLEXITY_BASE_URL": server.base_url,
        **(env or {}),
    }
    return subprocess.run(
        [sys.executable, "-m", "perplexity_async", *args],
        capture_output=True,
        text=True,
        env=full_env,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
    )


def test_get_prints_the_status_and_exits_0(server: MockServer) -> None:
    server.add_job("p", polls_before_done=3)
    result = cli(server, "get", "p")
    assert (result.returncode, result.stdout, result.stderr) == (0, "p: CREATED\n", "")


def test_wait_shows_progress_on_stderr_and_the_cited_answer_on_stdout(server: MockServer) -> None:
    server.add_job(
        "w",
        polls_before_done=2,
        answer="Answer [1][2].",
        citations=["https://a.example/1", "https://b.example/2"],
        search_results=[{"title": "Source A", "url": "https://a.example/1"}],
    )
    result = cli(server, "get", "w", "--wait", "--poll-interval", "0.05")
    assert result.returncode == 0, result.stderr
    assert result.stdout == (
        "w: COMPLETED\n\nAnswer [1][2].\n\nCitations:\n"
        "[1] Source A - https://a.example/1\n[2] https://b.example/2\n"
    )
    # not a TTY: one line per status change, no carriage returns
    lines = result.stderr.splitlines()
    assert [line.split()[1] for line in lines] == ["CREATED", "IN_PROGRESS", "COMPLETED"]
    assert "\r" not in result.stderr and lines[-1].endswith("3 polls")


def test_json_is_the_servers_job_and_nothing_else(server: MockServer) -> None:
    body = completed_job_body("j", answer="x", citations=["c"])
    server.set_job_body("j", body)
    result = cli(server, "get", "j", "--json", "--wait")
    assert result.returncode == 0
    assert json.loads(result.stdout) == body


@pytest.mark.parametrize("wait", [[], ["--wait", "--poll-interval", "0.05"]])
def test_a_failed_job_exits_1(server: MockServer, wait: list[str]) -> None:
    server.add_job("f", fail="quota exhausted")
    result = cli(server, "get", "f", *wait)
    assert result.returncode == 1
    assert result.stdout == ""
    assert "job f FAILED: quota exhausted" in result.stderr


@pytest.mark.parametrize(
    ("args", "env", "needle"),
    [
        (["get"], {}, "REQUEST_ID"),
        (["get", "x", "--timeout", "-5"], {}, "--timeout"),
        (["get", ".."], {}, "request_id"),
        (["get", "x"], {"PERPLEXITY_API_KEY": ""}, "PERPLEXITY_API_KEY"),
        (["get", "x", "--base-url", "http://example.com"], {}, "in clear"),
        (["frobnicate"], {}, "invalid choice"),
    ],
)
def test_bad_usage_exits_2_with_one_clear_line(
    server: MockServer, args: list[str], env: dict[str, str], needle: str
) -> None:
    result = cli(server, *args, env=env)
    assert result.returncode == 2
    assert needle in result.stderr and "Traceback" not in result.stderr
    assert server.requests == []


def test_a_wait_timeout_exits_3_and_says_how_to_resume(server: MockServer) -> None:
    server.add_job("slow", polls_before_done=10_000)
    result = cli(server, "get", "slow", "--wait", "--timeout", "0.3", "--poll-interval", "0.05")
    assert result.returncode == 3
    assert "perplexity-async get slow --wait" in result.stderr.splitlines()[-1]


@pytest.mark.parametrize(
    ("setup", "needle"),
    [
        (lambda s: None, "404 Not Found"),
        (lambda s: s.inject(*[Fault.status(500)] * 3), "500"),
    ],
)
def test_api_and_network_errors_exit_4_without_a_traceback(
    server: MockServer, setup: Any, needle: str
) -> None:
    setup(server)
    result = cli(server, "get", "missing")
    assert result.returncode == 4
    assert result.stderr.count("\n") == 1 and needle in result.stderr
    assert "Traceback" not in result.stderr


def test_debug_shows_the_traceback(server: MockServer) -> None:
    result = cli(server, "--debug", "get", "missing")
    assert (
        result.returncode == 4 and "Traceback" in result.stderr and "NotFoundError" in result.stderr
    )


def test_a_wrong_key_is_never_printed(server: MockServer) -> None:
    wrong = "pplx-wrong-secret-987654321"
    result = cli(server, "--debug", "get", "x", env={"PERPLEXITY_API_KEY": wrong})
    assert result.returncode == 4 and "401" in result.stderr
    assert wrong not in result.stdout + result.stderr
    assert API_KEY not in result.stdout + result.stderr


def test_ctrl_c_while_waiting_exits_130_and_says_the_job_keeps_running(server: MockServer) -> None:
    server.add_job("long", polls_before_done=10_000)
    env = {**os.environ, "PERPLEXITY_API_KEY": API_KEY, "PERPLEXITY_BASE_URL": server.base_url}
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "perplexity_async",
            "get",
            "long",
            "--wait",
            "--poll-interval",
            "0.05",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    deadline = time.monotonic() + 20
    while server.polls("long") < 2 and time.monotonic() < deadline:
        time.sleep(0.02)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=20)
    assert proc.returncode == 130
    assert "keeps running upstream" in err and "perplexity-async get long --wait" in err
    assert out == ""


def test_serve_demo_prints_what_a_client_needs() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "perplexity_async", "serve", "--demo", "--api-key", "k-demo"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        lines = [proc.stdout.readline() for _ in range(4)]
    finally:
        proc.send_signal(signal.SIGINT)
        proc.communicate(timeout=10)  # waits and closes the pipe
    assert lines[0].startswith("base_url: http://127.0.0.1:")
    assert lines[1:3] == ["api_key: k-demo\n", "jobs: demo-research demo-failure\n"]
    assert proc.returncode == 0


def test_progress_redraws_in_place_on_a_tty() -> None:
    from perplexity_async import Job

    stream = io.StringIO()
    with Progress("t", stream, tty=True) as progress:
        progress.update(Job.from_dict(completed_job_body("t")))
    text = stream.getvalue()
    assert text.startswith("\r\x1b[2K") and text.endswith("1 poll\n") and "COMPLETED" in text


def test_importing_the_package_does_not_import_the_cli() -> None:
    code = (
        "import sys, perplexity_async;"
        "print(sorted(m for m in ('argparse', 'perplexity_async._cli', 'perplexity_async.testing',"
        " 'http.server') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_ask_waits_and_prints_the_cited_answer(server: MockServer) -> None:
    server.script_created_jobs(
        polls_before_done=1, answer="Yes [1].", citations=["https://a.example"]
    )
    result = cli(server, "ask", "Is it?", "--wait", "--poll-interval", "0.05", "--model", "sonar")
    assert result.returncode == 0, result.stderr
    (job_id,) = server.created_jobs
    assert (
        result.stdout == f"{job_id}: COMPLETED\n\nYes [1].\n\nCitations:\n[1] https://a.example\n"
    )
    assert result.stderr.startswith(f"submitted {job_id} (sonar)\n")
    assert json.loads(server.requests[0].body)["request"]["model"] == "sonar"


def test_ask_without_wait_says_how_to_wait(server: MockServer) -> None:
    result = cli(server, "ask", "Later?")
    assert result.returncode == 0
    (job_id,) = server.created_jobs
    assert result.stdout == f"{job_id}: CREATED\n"
    assert f"perplexity-async get {job_id} --wait" in result.stderr


def test_list_prints_one_line_per_job_and_json_on_request(server: MockServer) -> None:
    server.add_job("a")
    server.add_job("b", fail="x")
    result = cli(server, "list")
    assert result.returncode == 0
    assert [line.split()[:2] for line in result.stdout.splitlines()] == [
        ["a", "CREATED"],
        ["b", "CREATED"],
    ]
    listed = cli(server, "list", "--json")
    assert [r["id"] for r in json.loads(listed.stdout)["requests"]] == ["a", "b"]
