"""Helpers shared by test modules: checks on parsed jobs, and the CLI run as a subprocess."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import attrs

import perplexity_async as pa
from perplexity_async.testing import MockServer, run_body

from .conftest import API_KEY

__all__ = [
    "SIGINT_AT_START",
    "assert_no_raw_dicts",
    "cli",
    "serve_lines",
    "serving",
    "start_cli",
    "stop",
    "touch_every_accessor",
]


def assert_no_raw_dicts(model: Any, where: str = "raw") -> None:
    """Only additional_properties may hold plain JSON; every typed field holds models or values."""
    if isinstance(model, list):
        for index, item in enumerate(model):
            assert_no_raw_dicts(item, f"{where}[{index}]")
        return
    assert not isinstance(model, dict), f"{where} is a raw dict"
    if attrs.has(type(model)):
        for field in attrs.fields(type(model)):
            if field.name != "additional_properties":
                assert_no_raw_dicts(getattr(model, field.name), f"{where}.{field.name}")


def touch_every_accessor(job: pa.Job) -> None:
    """Read every property of ``job``: the conveniences never raise; its repr stays short."""
    for name in (
        "id",
        "model",
        "status",
        "created_at",
        "started_at",
        "completed_at",
        "failed_at",
        "error_message",
        "is_done",
        "response",
        "text",
        "citations",
        "search_results",
        "images",
        "related_questions",
        "usage",
        "cost",
        "raw",
    ):
        getattr(job, name)
    assert len(repr(job)) < 200


def cli(
    server: MockServer, *args: str, env: dict[str, str] | None = None, timeout: float = 30
) -> subprocess.CompletedProcess[str]:
    """``python -m perplexity_async ARGS`` against ``server`` (its key and URL in the env)."""
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


# How the CLI starts with SIGINT: as from a terminal, and as a shell's background job (ignored,
# which Python keeps). The CLI must stop on SIGINT either way; no test relies on the runner's.
# A small launcher sets it and execs the CLI (an ignored signal stays ignored across exec); no
# preexec_fn, which is unsafe in a process with threads (the embedded server's).
_LAUNCH = (
    "import os, signal, sys; signal.signal(signal.SIGINT, getattr(signal, sys.argv[1]));"
    "os.execv(sys.executable, [sys.executable, '-m', 'perplexity_async', *sys.argv[2:]])"
)
SIGINT_AT_START = {"default": "SIG_DFL", "ignored": "SIG_IGN"}


def start_cli(
    server: MockServer | None, *args: str, sigint: str = "default"
) -> subprocess.Popen[str]:
    """The CLI as a process we can signal, with SIGINT's disposition at start set explicitly."""
    env = {**os.environ, "PERPLEXITY_API_KEY": API_KEY}
    if server is not None:
        env["PERPLEXITY_BASE_URL"] = server.base_url
    return subprocess.Popen(
        [sys.executable, "-c", _LAUNCH, SIGINT_AT_START[sigint], *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
        env=env,
    )


def stop(proc: subprocess.Popen[str], signum: int = signal.SIGINT) -> tuple[str, str]:
    """Send ``signum`` and collect the output; a process that ignores it is killed, and fails."""
    proc.send_signal(signum)
    try:
        return proc.communicate(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        raise AssertionError(f"the CLI did not stop on signal {signum}") from None


def serve_lines(proc: subprocess.Popen[str]) -> list[str]:
    """What ``serve`` prints before it serves (up to its last line)."""
    assert proc.stdout is not None
    lines = [proc.stdout.readline()]
    while lines[-1] not in ("serving until Ctrl-C\n", ""):
        lines.append(proc.stdout.readline())
    return lines


@contextmanager
def serving(*args: str) -> Iterator[tuple[str, str]]:
    """``perplexity-async serve ARGS`` running (its base URL and API key) until the block ends."""
    proc = start_cli(None, "serve", *args)
    try:
        lines = serve_lines(proc)
        fields = dict(line.rstrip("\n").split(": ", 1) for line in lines if ": " in line)
        assert "base_url" in fields, lines
        yield fields["base_url"], fields["api_key"]
    finally:
        _, err = stop(proc)
    assert proc.returncode == 0 and err == "", err


def until(condition: Callable[[], bool], what: str) -> None:
    """Wait for an event the server records (polled; the ceiling only bounds a failure)."""
    deadline = time.monotonic() + 20
    while not condition():
        assert time.monotonic() < deadline, f"never happened: {what}"
        time.sleep(0.01)


def requires_action(server: MockServer, run_id: str) -> None:
    """Serve ``run_id`` stopped at requires_action, waiting for a function call's output."""
    body = run_body(run_id, status="requires_action")
    body["output"] = [
        {
            "type": "function_call",
            "id": "fc_1",
            "call_id": "call_9",
            "name": "get_weather",
            "arguments": "{}",
            "status": "completed",
        }
    ]
    server.set_job_body(run_id, body)
