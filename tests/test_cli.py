"""The command line end to end, as a subprocess against the embedded server."""

from __future__ import annotations

import io
import json
import os
import shlex
import signal
import subprocess
import sys
from collections.abc import Callable
from typing import Any

import pytest

import perplexity_async as pa
from perplexity_async._cli._progress import Progress
from perplexity_async.testing import (
    Fault,
    MockServer,
    completed_job_body,
    completed_run_body,
    run_body,
)

from .conftest import API_KEY
from .helpers import SIGINT_AT_START, cli, requires_action, serve_lines, start_cli, stop, until

# The CLI calls the Sonar API through client.sonar: no DeprecationWarning (made an error here).
NO_DEPRECATION = {"PYTHONWARNINGS": "error::DeprecationWarning"}


def test_get_prints_the_status_and_exits_0(server: MockServer) -> None:
    server.add_job("p", polls_before_done=3)
    result = cli(server, "get", "p")
    assert (result.returncode, result.stdout, result.stderr) == (0, "p: CREATED\n", "")


@pytest.mark.parametrize(
    ("job_id", "first", "path"),
    [("w", "CREATED", "/v1/async/sonar/w"), ("resp_w", "QUEUED", "/v1/agent/resp_w")],
    ids=["sonar", "agent"],
)
def test_wait_shows_progress_on_stderr_and_the_cited_answer_and_cost_on_stdout(
    server: MockServer, job_id: str, first: str, path: str
) -> None:
    server.add_job(
        job_id,
        polls_before_done=2,
        answer="Answer [1][2].",
        citations=["https://a.example/1", "https://b.example/2"],
        search_results=[{"title": "Source A", "url": "https://a.example/1"}],
    )
    result = cli(server, "get", job_id, "--wait", "--poll-interval", "0.05", env=NO_DEPRECATION)
    assert result.returncode == 0, result.stderr
    assert result.stdout == (
        f"{job_id}: COMPLETED\n\nAnswer [1][2].\n\nCitations:\n"
        "[1] Source A - https://a.example/1\n[2] https://b.example/2\n\nCost: $0.0060\n"
    )
    # not a TTY: one line per status change (named as JobStatus prints them), no carriage returns
    lines = result.stderr.splitlines()
    assert [line.split()[1] for line in lines] == [first, "IN_PROGRESS", "COMPLETED"]
    assert "\r" not in result.stderr and lines[-1].endswith("3 polls")
    assert {r.path for r in server.requests} == {path}


@pytest.mark.parametrize(
    ("job_id", "body_of"), [("j", completed_job_body), ("resp_j", completed_run_body)]
)
def test_json_is_the_servers_job_or_run_and_nothing_else(
    server: MockServer, job_id: str, body_of: Callable[..., dict[str, Any]]
) -> None:
    body = body_of(job_id, answer="x", citations=["https://c.example"])
    server.set_job_body(job_id, body)
    result = cli(server, "get", job_id, "--json", "--wait")
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
        (["get"], {}, "ID"),
        (["cancel"], {}, "ID"),
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


@pytest.mark.parametrize(
    "args",
    [
        ["--debug", "get", "missing"],
        ["get", "missing", "--debug"],
        ["--debug", "get", "missing", "--debug"],
        ["list", "--debug", "--base-url", "http://127.0.0.1:9/x"],
        ["ask", "q?", "--debug", "--base-url", "http://127.0.0.1:9/x"],
    ],
)
def test_debug_shows_the_traceback_before_or_after_the_command(
    server: MockServer, args: list[str]
) -> None:
    result = cli(server, *args)
    assert result.returncode == 4 and "Traceback" in result.stderr, result.stderr
    assert any(line.startswith("perplexity-async: error: ") for line in result.stderr.splitlines())


def test_serve_takes_debug_after_the_command_too(server: MockServer) -> None:
    result = cli(server, "serve", "--port", str(server.port), "--debug")
    assert result.returncode == 2 and "Traceback" in result.stderr


def test_serve_on_a_port_in_use_says_so_in_one_line(server: MockServer) -> None:
    result = cli(server, "serve", "--port", str(server.port))
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith("perplexity-async: error: cannot serve on 127.0.0.1:")
    assert str(server.port) in result.stderr


@pytest.mark.parametrize("args", [["get", "x"], ["list"], ["ask", "q?"]])
def test_a_missing_key_names_the_environment_variable(server: MockServer, args: list[str]) -> None:
    result = cli(server, *args, env={"PERPLEXITY_API_KEY": ""})
    assert (result.returncode, result.stdout) == (2, "")
    assert "PERPLEXITY_API_KEY" in result.stderr and "api_key" not in result.stderr
    assert result.stderr.count("\n") == 1 and server.requests == []


@pytest.mark.parametrize("args", [["list"], ["ask", "q?"], ["get", "x"]])
@pytest.mark.parametrize("how", ["--base-url", "PERPLEXITY_BASE_URL"])
def test_a_wrong_base_url_is_named_in_the_error(
    server: MockServer, args: list[str], how: str
) -> None:
    wrong = f"{server.base_url}/not-the-api"  # the right host, a path that is not the API
    if how == "--base-url":
        result = cli(server, *args, "--base-url", wrong)
    else:
        result = cli(server, *args, env={"PERPLEXITY_BASE_URL": wrong})
    assert (result.returncode, result.stdout) == (4, "")
    assert "404" in result.stderr and wrong in result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    (request,) = server.requests  # the 404 came from there, and was not retried
    assert request.path.startswith("/not-the-api/")


def test_a_wrong_key_is_never_printed(server: MockServer) -> None:
    wrong = "pplx-wrong-secret-987654321"
    result = cli(server, "--debug", "get", "x", env={"PERPLEXITY_API_KEY": wrong})
    assert result.returncode == 4 and "401" in result.stderr
    assert wrong not in result.stdout + result.stderr
    assert API_KEY not in result.stdout + result.stderr


@pytest.mark.parametrize("sigint", sorted(SIGINT_AT_START))
def test_ctrl_c_while_waiting_exits_130_and_says_the_job_keeps_running(
    server: MockServer, sigint: str
) -> None:
    server.add_job("long", polls_before_done=10_000)
    proc = start_cli(server, "get", "long", "--wait", "--poll-interval", "0.05", sigint=sigint)
    until(lambda: server.polls("long") >= 2, "two polls")
    out, err = stop(proc)
    assert proc.returncode == 130
    assert "keeps running upstream" in err and "perplexity-async get long --wait" in err
    assert out == ""


@pytest.mark.parametrize("sigint", sorted(SIGINT_AT_START))
def test_ctrl_c_while_ask_submits_prints_the_key_that_gets_that_job(
    server: MockServer, sigint: str
) -> None:
    # The first submit creates the job but its answer is lost; the retry is held: interrupted
    # then, the CLI cannot know the job's id, only the idempotency key it sent.
    server.inject(Fault.lose_response(), Fault.stall(60.0))
    proc = start_cli(
        server, "ask", "What's new?", "--api", "sonar", "--model", "sonar", sigint=sigint
    )
    until(lambda: len(server.requests) == 2, "the retried submit")
    out, err = stop(proc)
    assert (proc.returncode, out) == (130, "")
    sent = {json.loads(r.body)["idempotency_key"] for r in server.requests}
    (key,) = sent  # the retry re-sent the same key
    resume = err.splitlines()[-1].strip()
    assert key in err and resume.startswith("perplexity-async ask ")
    (job_id,) = server.created_jobs
    # The printed command, run as printed, returns that job, not a second one.
    again = cli(server, *shlex.split(resume)[1:])
    assert again.returncode == 0, again.stderr
    assert again.stdout == f"{job_id}: CREATED\n" and server.created_jobs == [job_id]
    assert json.loads(server.requests[-1].body)["request"]["model"] == "sonar"


def test_ask_with_an_idempotency_key_sends_it(server: MockServer) -> None:
    first = cli(server, "ask", "Once?", "--api", "sonar", "--idempotency-key", "my-key-1")
    second = cli(server, "ask", "Once?", "--api", "sonar", "--idempotency-key", "my-key-1")
    (job_id,) = server.created_jobs
    assert first.stdout == second.stdout == f"{job_id}: CREATED\n"
    assert {json.loads(r.body)["idempotency_key"] for r in server.requests} == {"my-key-1"}


def test_ask_that_fails_to_submit_says_how_to_get_the_job_it_may_have_made(
    server: MockServer,
) -> None:
    server.inject(*[Fault.lose_response()] * 3)  # the job is made; no answer ever arrives
    result = cli(server, "ask", "Lost?", "--api", "sonar")
    assert result.returncode == 4
    (key,) = {json.loads(r.body)["idempotency_key"] for r in server.requests}
    assert result.stderr.splitlines()[-1].strip().endswith(f"--idempotency-key {key}")
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("sigint", sorted(SIGINT_AT_START))
@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_serve_demo_prints_what_a_client_needs(sigint: str, signum: int) -> None:
    proc = start_cli(None, "serve", "--demo", "--api-key", "k-demo", sigint=sigint)
    lines = serve_lines(proc)
    # Stopped the moment the last line is read: the stop path is in place before the URL.
    out, err = stop(proc, signum)
    assert lines[0].startswith("base_url: http://127.0.0.1:")
    base_url = lines[0].split()[1]
    assert lines[1:] == [
        "api_key: k-demo\n",
        "jobs: demo-research demo-failure resp_demo_research\n",
        "# to point the CLI and the SDK here, paste into another shell:\n",
        f"export PERPLEXITY_BASE_URL={base_url}\n",
        "export PERPLEXITY_API_KEY=k-demo\n",
        "serving until Ctrl-C\n",
    ]
    assert (proc.returncode, out, err) == (0, "", "")


def test_serve_export_lines_paste_into_a_shell_and_reach_the_demo() -> None:
    proc = start_cli(None, "serve", "--demo", "--api-key", "k'quoted")
    try:
        exports = "".join(line for line in serve_lines(proc) if line.startswith("export "))
        env = {k: v for k, v in os.environ.items() if not k.startswith("PERPLEXITY_")}
        shell = f"{exports}{shlex.quote(sys.executable)} -m perplexity_async get demo-failure"
        result = subprocess.run(
            ["bash", "-c", shell], capture_output=True, text=True, env=env, timeout=30
        )
    finally:
        stop(proc)
    assert (result.returncode, result.stdout) == (0, "demo-failure: CREATED\n"), result.stderr


def test_serve_simulates_a_workload_from_its_flags() -> None:
    flags = ["--submit-rate", "1", "--job-seconds", "0-0", "--failure-rate", "1", "--seed", "3"]
    proc = start_cli(None, "serve", *flags)
    try:
        lines = serve_lines(proc)
        base_url, key = (line.split(": ", 1)[1].strip() for line in lines[:2])
        assert lines[2] == "workload: 1 submits a minute, jobs run 0-0 s, 100% fail (seed 3)\n"
        with pa.Client(key, base_url=base_url, max_retries=0) as client:
            job = client.sonar.create("Fails at once?")
            assert client.get(job.id).status == "FAILED"  # a 0 s job, and every job fails
            with pytest.raises(pa.RateLimitError) as limited:
                client.sonar.create("Over the limit?")
            assert 59 <= (limited.value.retry_after or 0) <= 60
    finally:
        _, err = stop(proc)
    assert (proc.returncode, err) == (0, "")


@pytest.mark.parametrize(
    ("flags", "needle"),
    [
        (["--submit-rate", "0"], "--submit-rate"),
        (["--job-seconds", "3-1"], "--job-seconds"),
        (["--job-seconds", "soon"], "--job-seconds"),
        (["--failure-rate", "1.5"], "--failure-rate"),
    ],
)
def test_serve_refuses_a_bad_workload_flag(flags: list[str], needle: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "perplexity_async", "serve", *flags],
        capture_output=True,
        text=True,
        timeout=30,
        stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 2 and needle in result.stderr and result.stdout == ""


def test_serve_stops_cleanly_on_sigint_as_soon_as_the_url_is_out() -> None:
    # The race seen under load: SIGINT right after the first line. Repeat it to catch a window.
    for _ in range(5):
        proc = start_cli(None, "serve")
        assert proc.stdout is not None
        assert proc.stdout.readline().startswith("base_url: ")
        _, err = stop(proc)
        assert (proc.returncode, err) == (0, ""), err


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
        "print(sorted(m for m in ('argparse', 'perplexity_async._cli._main',"
        " 'perplexity_async.testing', 'http.server') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_ask_waits_and_prints_the_cited_answer(server: MockServer) -> None:
    server.script_created_jobs(
        polls_before_done=1, answer="Yes [1].", citations=["https://a.example"]
    )
    result = cli(
        server,
        "ask",
        "Is it?",
        "--wait",
        "--poll-interval",
        "0.05",
        "--api",
        "sonar",
        "--model",
        "sonar",
    )
    assert result.returncode == 0, result.stderr
    (job_id,) = server.created_jobs
    assert result.stdout == (
        f"{job_id}: COMPLETED\n\nYes [1].\n\nCitations:\n[1] https://a.example\n\nCost: $0.0060\n"
    )
    assert result.stderr.startswith(f"submitted {job_id} (sonar)\n")
    assert json.loads(server.requests[0].body)["request"]["model"] == "sonar"


@pytest.mark.parametrize(("api", "status"), [("agent", "QUEUED"), ("sonar", "CREATED")])
def test_ask_without_wait_says_how_to_wait(server: MockServer, api: str, status: str) -> None:
    result = cli(server, "ask", "Later?", "--api", api)
    assert result.returncode == 0
    (job_id,) = server.created_jobs
    assert result.stdout == f"{job_id}: {status}\n"
    assert f"perplexity-async get {job_id} --wait" in result.stderr


# -- the Agent API: ask's default, get, cancel (issue 16) -------------------------------------
def test_ask_defaults_to_an_agent_run_at_effort_medium_and_prints_the_cited_answer(
    server: MockServer,
) -> None:
    server.script_created_jobs(
        polls_before_done=2, answer="Runs are polled [1].", citations=["https://a.example/1"]
    )
    result = cli(server, "ask", "How?", "--wait", "--poll-interval", "0.05", env=NO_DEPRECATION)
    assert result.returncode == 0, result.stderr
    (run_id,) = server.created_jobs
    assert run_id.startswith("resp_")
    assert result.stdout == (
        f"{run_id}: COMPLETED\n\nRuns are polled [1].\n\nCitations:\n"
        "[1] https://a.example/1\n\nCost: $0.0060\n"
    )
    create = server.requests[0]
    assert (create.method, create.path) == ("POST", "/v1/agent")
    assert json.loads(create.body) == {"input": "How?", "effort": "medium", "background": True}
    lines = result.stderr.splitlines()
    assert lines[0] == f"submitted {run_id} (effort medium)"
    # the live progress (not a TTY: a line per change) names the statuses as JobStatus prints them
    assert [line.split()[1] for line in lines[1:]] == ["QUEUED", "IN_PROGRESS", "COMPLETED"]


@pytest.mark.parametrize(
    ("flags", "sent"),
    [
        (["--effort", "high"], {"effort": "high"}),
        (["--preset", "pro-search"], {"preset": "pro-search"}),
        (["--model", "openai/gpt-5"], {"model": "openai/gpt-5"}),
        (
            ["--api", "agent", "--model", "x/y", "--effort", "low"],
            {"model": "x/y", "effort": "low"},
        ),
    ],
)
def test_ask_sends_the_agent_options_given_and_no_default_effort(
    server: MockServer, flags: list[str], sent: dict[str, str]
) -> None:
    result = cli(server, "ask", "Which?", *flags)
    assert result.returncode == 0, result.stderr
    body = json.loads(server.requests[0].body)
    assert body == {"input": "Which?", "background": True, **sent}
    assert result.stderr.startswith(f"submitted {server.created_jobs[0]} (")


def test_ask_api_sonar_submits_a_sonar_job_with_its_model(server: MockServer) -> None:
    result = cli(
        server, "ask", "Sonar?", "--api", "sonar", "--model", "sonar-pro", env=NO_DEPRECATION
    )
    assert result.returncode == 0, result.stderr
    (create,) = server.requests
    assert (create.method, create.path) == ("POST", "/v1/async/sonar")
    assert json.loads(create.body)["request"]["model"] == "sonar-pro"
    assert result.stderr.startswith(f"submitted {server.created_jobs[0]} (sonar-pro)\n")


def _sonar_models() -> list[str]:
    from typing import get_args

    from perplexity_async_api.request_options import Model

    return [name for member in get_args(Model) for name in get_args(member)]


@pytest.mark.parametrize("api", [[], ["--api", "agent"]])
@pytest.mark.parametrize("model", _sonar_models())
def test_a_sonar_model_without_api_sonar_is_refused_saying_both_ways(
    server: MockServer, model: str, api: list[str]
) -> None:
    result = cli(server, "ask", "Which?", "--model", model, *api)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert f"--api sonar --model {model}" in result.stderr
    assert all(flag in result.stderr for flag in ("--effort", "--preset", "--model PROVIDER"))
    assert server.requests == []


@pytest.mark.parametrize(
    ("flags", "needle"),
    [
        (["--api", "sonar", "--effort", "high"], "--effort is an option of the Agent API only"),
        (["--api", "sonar", "--preset", "pro-search"], "--preset is an option of the Agent API"),
        (["--idempotency-key", "k-1"], "--idempotency-key is an option of the Sonar API only"),
        (["--api", "agent", "--idempotency-key", "k-1"], "ask it with --api sonar"),
        (["--api", "bing"], "invalid choice"),
    ],
)
def test_an_option_of_the_other_api_is_refused_before_any_request(
    server: MockServer, flags: list[str], needle: str
) -> None:
    result = cli(server, "ask", "Which?", *flags)
    assert (result.returncode, result.stdout) == (2, "")
    assert needle in result.stderr and "Traceback" not in result.stderr
    assert server.requests == []


def test_get_of_a_queued_run_prints_its_status(server: MockServer) -> None:
    server.add_job("resp_q", polls_before_done=5)
    result = cli(server, "get", "resp_q")
    assert (result.returncode, result.stdout, result.stderr) == (0, "resp_q: QUEUED\n", "")


@pytest.mark.parametrize("wait", [[], ["--wait", "--poll-interval", "0.05"]])
@pytest.mark.parametrize(
    ("setup", "needles"),
    [
        (
            lambda s: s.set_job_body("resp_e", run_body("resp_e", status="cancelled")),
            ["'resp_e' was cancelled: it has no answer"],
        ),
        (
            lambda s: requires_action(s, "resp_e"),
            ["'resp_e' requires action", "get_weather", "call_9", "previous_response_id"],
        ),
        (lambda s: s.add_job("resp_e", fail="out of budget"), ["job resp_e FAILED: out of budget"]),
    ],
    ids=["cancelled", "requires_action", "failed"],
)
def test_a_run_that_ends_without_an_answer_exits_1_with_one_line(
    server: MockServer, wait: list[str], setup: Any, needles: list[str]
) -> None:
    setup(server)
    result = cli(server, "get", "resp_e", *wait)
    assert (result.returncode, result.stdout) == (1, "")
    last = result.stderr.splitlines()[-1]  # after the progress lines, when waiting
    assert all(needle in last for needle in needles), result.stderr
    assert "Traceback" not in result.stderr
    as_json = cli(server, "get", "resp_e", "--json", *wait)
    assert as_json.returncode == 1 and json.loads(as_json.stdout)["id"] == "resp_e"


def test_cancel_acknowledged_exits_0_and_a_waiting_get_ends_cancelled(server: MockServer) -> None:
    server.add_job("resp_c", polls_before_done=10_000)
    waiting = start_cli(server, "get", "resp_c", "--wait", "--poll-interval", "0.05")
    try:
        until(lambda: server.polls("resp_c") >= 2, "two polls")
        result = cli(server, "cancel", "resp_c", env=NO_DEPRECATION)
        out, err = waiting.communicate(timeout=30)
    finally:
        if waiting.poll() is None:
            stop(waiting)
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout.startswith("resp_c: cancel acknowledged")
    assert [(r.method, r.path) for r in server.requests if r.method == "POST"] == [
        ("POST", "/v1/agent/resp_c/cancel")
    ]
    assert (waiting.returncode, out) == (1, "")
    assert err.splitlines()[-1] == "run 'resp_c' was cancelled: it has no answer"


@pytest.mark.parametrize(
    ("setup", "run_id", "needle"),
    [
        (
            lambda s: s.set_job_body("resp_done", completed_run_body("resp_done")),
            "resp_done",
            "400",
        ),
        (lambda s: None, "resp_unknown", "404"),
    ],
    ids=["already-finished", "unknown"],
)
def test_cancel_refused_by_the_api_exits_4_with_one_line(
    server: MockServer, setup: Any, run_id: str, needle: str
) -> None:
    setup(server)
    result = cli(server, "cancel", run_id)
    assert (result.returncode, result.stdout) == (4, "")
    assert result.stderr.count("\n") == 1 and needle in result.stderr and run_id in result.stderr
    assert "Traceback" not in result.stderr
    (request,) = server.requests  # a 4xx is not retried
    assert request.path == f"/v1/agent/{run_id}/cancel"


def test_cancel_of_a_sonar_job_exits_2_before_any_request(server: MockServer) -> None:
    server.add_job("req-1")
    result = cli(server, "cancel", "req-1")
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr.count("\n") == 1 and "Sonar" in result.stderr and "req-1" in result.stderr
    assert server.requests == []


def test_an_agent_ask_whose_answer_is_lost_says_a_run_may_exist_and_sends_once(
    server: MockServer,
) -> None:
    server.inject(Fault.lose_response())  # the run is made; its answer never arrives
    result = cli(server, "ask", "Lost?")
    assert (result.returncode, result.stdout) == (4, "")
    assert len(server.created_jobs) == 1 and len(server.requests) == 1  # never sent again
    lines = result.stderr.splitlines()
    assert len(lines) == 2 and lines[0].startswith("perplexity-async: error: ")
    assert lines[1].startswith("a run may have been created and cannot be looked up")
    assert "perplexity-async ask" not in result.stderr  # no command that would pay twice


def test_an_agent_ask_refused_by_the_api_is_one_line_and_nothing_more(server: MockServer) -> None:
    server.inject(Fault.status(400))
    result = cli(server, "ask", "Refused?")
    assert (result.returncode, result.stdout) == (4, "")
    assert result.stderr.count("\n") == 1 and "400" in result.stderr
    assert server.created_jobs == []


@pytest.mark.parametrize("sigint", sorted(SIGINT_AT_START))
def test_ctrl_c_while_an_agent_ask_submits_says_a_run_may_exist(
    server: MockServer, sigint: str
) -> None:
    server.inject(Fault.stall(60.0))
    proc = start_cli(server, "ask", "Stuck?", sigint=sigint)
    until(lambda: len(server.requests) == 1, "the create")
    out, err = stop(proc)
    assert (proc.returncode, out) == (130, "")
    assert err.splitlines()[-1].startswith("interrupted: a run may have been created")
    assert "perplexity-async ask" not in err


def test_list_is_the_sonar_jobs_and_says_so(server: MockServer) -> None:
    server.add_job("req-s")
    result = cli(server, "list", env=NO_DEPRECATION)  # through client.sonar: no warning
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout.split()[:2] == ["req-s", "CREATED"]
    assert {r.path for r in server.requests} == {"/async/chat/completions"}
    help_text = cli(server, "--help").stdout
    assert "Sonar async jobs (the Agent API lists no runs)" in " ".join(help_text.split())


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


def test_the_readme_synopsis_lists_every_flag_of_every_command() -> None:
    import argparse
    import re

    from perplexity_async._cli._main import _parser

    from .conftest import ROOT

    section = (ROOT / "README.md").read_text().split("## The command line", 1)[1]
    synopsis = section.split("```console\n", 1)[1].split("```", 1)[0]
    documented = {
        line.split()[2]: set(re.findall(r"--[a-z-]+", line))
        for line in synopsis.splitlines()
        if not line.startswith("$ perplexity-async --")
    }
    parser = _parser()
    (commands,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    actual = {
        name: {o for a in sub._actions for o in a.option_strings if o.startswith("--")} - {"--help"}
        for name, sub in commands.choices.items()
    }
    assert documented == actual
