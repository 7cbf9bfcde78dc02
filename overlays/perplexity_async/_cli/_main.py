"""The ``perplexity-async`` command: ask (an Agent API run by default, or a Sonar job), fetch,
wait on, cancel and list jobs, or run the embedded server.

Exit codes: 0 fetched (and, with --wait, completed; cancel: acknowledged); 1 the job ended
without an answer (FAILED; a run CANCELLED or REQUIRES_ACTION); 2 bad usage or input; 3 the wait
timed out; 4 an API or network error; 130 interrupted (the job keeps running).
"""

from __future__ import annotations

import argparse
import errno
import json
import math
import os
import shlex
import signal
import sys
import threading
import traceback
import uuid
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, NoReturn, TextIO

if TYPE_CHECKING:
    import sqlite3

import httpx

from .._agent._options import DEFAULT_EFFORT
from .._call import DEFAULT_POLL_INTERVAL, DEFAULT_WAIT_TIMEOUT
from .._client import Client
from .._core._retry import surely_created_nothing
from .._errors import (
    APIStatusError,
    JobCancelledError,
    JobFailedError,
    JobRequiresActionError,
    NotFoundError,
    PerplexityAsyncError,
    WaitTimeoutError,
    shorten,
)
from .._job import Job, JobStatus
from .._sonar._options import DEFAULT_MODEL, sonar_models
from .._version import __version__
from ._progress import Progress

if TYPE_CHECKING:
    from perplexity_async_api.request_options import AgentOptions

    from ..testing import Workload

__all__ = ["main"]

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_TIMEOUT, EXIT_API, EXIT_INTERRUPTED = 0, 1, 2, 3, 4, 130
EXIT_BUDGET = 5  # batch: the --max-cost budget is reached
_MAX_KEY = 256  # characters of an idempotency key: a UUID is 36
_APIS = ("agent", "sonar")
# ask's options that only one API takes: refused for the other before anything is sent
_AGENT_ONLY = ("effort", "preset")
_SONAR_ONLY = ("idempotency_key",)


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not value > 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"must be a finite number > 0, got {text}")
    return value


def _port(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a port number: {text!r}") from None
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"must be between 0 and 65535, got {text}")
    return value


def _per_minute(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number per minute: {text!r}") from None
    if not value > 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"must be a finite number > 0, got {text}")
    return value


def _seconds_range(text: str) -> float | tuple[float, float]:
    """``2`` or ``1-3`` (seconds; 0 allowed: done at once)."""
    low, sep, high = text.partition("-")
    try:
        values = [float(low), float(high)] if sep else [float(text)]
    except ValueError:
        raise argparse.ArgumentTypeError(f"not SECONDS or LOW-HIGH: {text!r}") from None
    if not all(0 <= v < float("inf") for v in values) or values[0] > values[-1]:
        raise argparse.ArgumentTypeError(f"must be finite seconds >= 0, low <= high, got {text}")
    return (values[0], values[1]) if sep else values[0]


def _fraction(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not 0 <= value <= 1:
        raise argparse.ArgumentTypeError(f"must be between 0 and 1, got {text}")
    return value


def _idempotency_key(text: str) -> str:
    if not text or not text.isprintable() or len(text) > _MAX_KEY:
        raise argparse.ArgumentTypeError(
            f"must be 1 to {_MAX_KEY} printable characters (the key an interrupted ask printed)"
        )
    return text


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="perplexity-async",
        description="Ask Perplexity long-running questions: Agent API background runs (the "
        "default) or Sonar async jobs; fetch, wait on, cancel and list them. "
        "The API key comes from PERPLEXITY_API_KEY.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks and debug logs")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    # --debug after the command too. SUPPRESS: a subcommand's own default would otherwise
    # overwrite the value given before the command.
    anywhere = argparse.ArgumentParser(add_help=False)
    anywhere.add_argument(
        "--debug", action="store_true", default=argparse.SUPPRESS, help="as before the command"
    )
    remote = argparse.ArgumentParser(add_help=False, parents=[anywhere])
    remote.add_argument("--base-url", help="API base URL (default: PERPLEXITY_BASE_URL or the API)")
    common = argparse.ArgumentParser(add_help=False, parents=[remote])
    common.add_argument("--json", action="store_true", help="print JSON (the API's shape), only")
    waiting = argparse.ArgumentParser(add_help=False, parents=[common])
    waiting.add_argument("--wait", action="store_true", help="wait until done, showing progress")
    waiting.add_argument(
        "--timeout",
        type=_seconds,
        default=DEFAULT_WAIT_TIMEOUT,
        help=f"overall wait deadline (default {DEFAULT_WAIT_TIMEOUT:g})",
    )
    waiting.add_argument(
        "--poll-interval",
        type=_seconds,
        default=DEFAULT_POLL_INTERVAL,
        help=f"first poll interval (default {DEFAULT_POLL_INTERVAL:g})",
    )

    get = commands.add_parser(
        "get", parents=[waiting], help="print a job's or run's status (and answer, once completed)"
    )
    get.add_argument("request_id", metavar="ID", help="a Sonar job's id or a run's (resp_...)")
    ask = commands.add_parser(
        "ask",
        parents=[waiting],
        help="submit a question: an Agent API run, or a Sonar job with --api sonar",
    )
    ask.add_argument("question", metavar="QUESTION")
    ask.add_argument(
        "--api",
        choices=_APIS,
        default="agent",
        help="agent: a background run (the default); sonar: a Sonar async job",
    )
    ask.add_argument(
        "--model",
        help="agent: provider/model (e.g. openai/gpt-5); "
        f"sonar: a Sonar model (default {DEFAULT_MODEL})",
    )
    ask.add_argument(
        "--effort",
        metavar="LEVEL",
        help=f"agent only: fast, low, medium, high, xhigh (default {DEFAULT_EFFORT} when no "
        "--model or --preset is given: deep research)",
    )
    ask.add_argument("--preset", metavar="NAME", help="agent only: a preset (deprecated upstream)")
    ask.add_argument(
        "--idempotency-key",
        type=_idempotency_key,
        metavar="KEY",
        help="sonar only: the key to submit with (default: a new one); the key of an "
        "interrupted ask returns that job instead of submitting a second one",
    )
    cancel = commands.add_parser(
        "cancel", parents=[remote], help="cancel an Agent API run (Sonar jobs have no cancel)"
    )
    cancel.add_argument("request_id", metavar="ID", help="the run's id (resp_...)")
    commands.add_parser(
        "list",
        parents=[common],
        help="list the account's Sonar async jobs (the Agent API lists no runs)",
    )

    _add_batch_parser(commands, anywhere)

    serve = commands.add_parser(
        "serve", parents=[anywhere], help="run the embedded test server in the foreground"
    )
    serve.add_argument("--port", type=_port, default=0, help="port on 127.0.0.1 (default: free)")
    serve.add_argument("--demo", action="store_true", help="preload the demo jobs")
    serve.add_argument("--api-key", default="demo-key", help="the token it accepts")
    workload = serve.add_argument_group(
        "workload (opt-in, for jobs submitted to it)",
        "a realistic load to try a batch against; the real API's limits are per account tier",
    )
    workload.add_argument(
        "--submit-rate",
        type=_per_minute,
        metavar="PER_MINUTE",
        help="submits allowed a minute (a token bucket); beyond it a 429 with Retry-After",
    )
    workload.add_argument(
        "--job-seconds",
        type=_seconds_range,
        metavar="SECONDS|LOW-HIGH",
        help="how long each job runs from its submit, e.g. 2 or 1-3 (drawn uniformly)",
    )
    workload.add_argument(
        "--failure-rate",
        type=_fraction,
        default=0.0,
        metavar="FRACTION",
        help="the share of jobs that end FAILED, 0 to 1 (default 0)",
    )
    workload.add_argument(
        "--seed", type=int, default=0, help="seeds the durations and failures (default 0)"
    )
    return parser


def _print_answer(job: Job, out: TextIO) -> None:
    if job.text is not None:
        out.write(job.text.rstrip() + "\n")
    titles = {result.url: result.title for result in job.search_results}
    if job.citations:
        out.write("\nCitations:\n")
        for number, url in enumerate(job.citations, 1):
            title = titles.get(url)
            shown = f"{title} - {url}" if title and title != url else url
            out.write(f"[{number}] {shown}\n")
    if job.related_questions:
        out.write("\nRelated questions:\n")
        for question in job.related_questions:
            out.write(f"- {question}\n")
    if job.cost is not None:
        out.write(f"\nCost: ${job.cost:.4f}\n")


def _unanswered(job: Job) -> str | None:
    """Why a finished job has no answer (one line), or None when it may still have one."""
    if job.status == JobStatus.FAILED:
        return f"job {job.id} FAILED: {job.error_message or 'no error message given'}"
    if job.status == JobStatus.CANCELLED:
        return f"{JobCancelledError(job)}: it has no answer"
    if job.status == JobStatus.REQUIRES_ACTION:
        return str(JobRequiresActionError(job))
    return None


def _finish(
    client: Client, request_id: str, args: argparse.Namespace, out: TextIO, err: TextIO
) -> int:
    """Fetch the job (with --wait: wait, with progress on stderr), then print it."""
    if not args.wait:
        job = client.get(request_id)
    else:
        try:
            with Progress(request_id, err) as progress:
                job = client.wait_until_done(
                    request_id,
                    timeout=args.timeout,
                    poll_interval=args.poll_interval,
                    on_update=progress.update,
                )
        except (JobFailedError, JobCancelledError, JobRequiresActionError) as ended:
            job = ended.job
    why = _unanswered(job)
    if args.json:
        out.write(json.dumps(job.to_dict(), indent=2, ensure_ascii=False) + "\n")
    elif why is not None:
        err.write(why + "\n")
    else:
        out.write(f"{job.id}: {job.status}\n")
        if job.status == JobStatus.COMPLETED:
            out.write("\n")
            _print_answer(job, out)
    return EXIT_FAILED if why is not None else EXIT_OK


def _client(args: argparse.Namespace) -> Client:
    """The client for ``args``; its base URL is kept on ``args`` for error messages."""
    key = os.environ.get("PERPLEXITY_API_KEY")
    if not key:  # said here in the CLI's terms: the client's message names its api_key=
        raise ValueError("no API key: set the PERPLEXITY_API_KEY environment variable")
    client = Client(key, base_url=args.base_url)
    args.used_base_url = client.base_url
    return client


def _command(args: argparse.Namespace, *words: str) -> str:
    """A ``perplexity-async`` command line to paste, with the --base-url this one was given."""
    base_url = ["--base-url", args.base_url] if args.base_url else []
    return shlex.join(["perplexity-async", *words, *base_url])


def _resume_wait(args: argparse.Namespace, job_id: str) -> str:
    return _command(args, "get", job_id, "--wait")


def _resume_ask(args: argparse.Namespace, key: str) -> str:
    flags = [flag for flag, on in (("--wait", args.wait), ("--json", args.json)) if on]
    return _command(
        args,
        "ask",
        args.question,
        "--api",
        "sonar",
        "--model",
        args.model,
        *flags,
        "--idempotency-key",
        key,
    )


def _get(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    args.resume = _resume_wait(args, args.request_id)
    args.resume_why = f"job {args.request_id} keeps running upstream; resume waiting with"
    with _client(args) as client:
        return _finish(client, args.request_id, args, out, err)


def _check_ask(args: argparse.Namespace) -> None:
    """Options of the other API, or a Sonar model sent to the Agent API: a ValueError (exit 2)
    before anything is sent, saying the way forward."""
    other, label, flags = (
        ("sonar", "Sonar", _SONAR_ONLY) if args.api == "agent" else ("agent", "Agent", _AGENT_ONLY)
    )
    for name in flags:
        if getattr(args, name) is not None:
            flag = "--" + name.replace("_", "-")
            raise ValueError(
                f"{flag} is an option of the {label} API only: ask it with --api {other}, "
                f"or drop {flag}"
            )
    if args.api == "agent" and args.model in sonar_models():
        raise ValueError(
            f"{args.model!r} is a Sonar model: ask Sonar with --api sonar --model "
            f"{args.model}, or ask the Agent API with --effort LEVEL, --preset NAME or "
            "--model PROVIDER/MODEL"
        )


def _ask(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    _check_ask(args)
    with _client(args) as client:
        if args.api == "sonar":
            job = _submit_sonar(client, args)
            chosen = args.model
        else:
            job = _submit_run(client, args)
            chosen = next(
                (
                    f"{name} {getattr(args, name)}"
                    for name in ("model", "preset", "effort")
                    if getattr(args, name) is not None
                ),
                f"effort {DEFAULT_EFFORT}",
            )
        args.request_id = job.id
        args.resume = _resume_wait(args, job.id)  # from here on, the job id resumes
        args.resume_why = f"job {job.id} keeps running upstream; resume waiting with"
        args.may_exist = None
        if not args.json:
            err.write(f"submitted {job.id} ({chosen})\n")
        if not args.wait and not args.json:
            out.write(f"{job.id}: {job.status}\n")
            err.write(f"wait for it with: {args.resume}\n")
            return EXIT_OK
        return _finish(client, job.id, args, out, err)


def _submit_sonar(client: Client, args: argparse.Namespace) -> Job:
    # The CLI makes the key, so that it can print it: if the submit is interrupted (or its
    # answer lost), the same key returns the job it made instead of paying for a second one.
    key = args.idempotency_key or str(uuid.uuid4())
    args.model = args.model or DEFAULT_MODEL
    args.resume = _resume_ask(args, key)
    args.resume_why = "the job may exist already; get it (not a second one) with"
    try:
        return client.sonar.create(args.question, model=args.model, idempotency_key=key)
    except PerplexityAsyncError as exc:
        if surely_created_nothing(exc):
            args.resume = None  # refused or never sent: nothing was created, nothing to resume
        raise  # otherwise the job may exist: run() prints how to get it


def _submit_run(client: Client, args: argparse.Namespace) -> Job:
    # No idempotency key and no list of runs: a run whose create may have gone through cannot
    # be found again, so the CLI says so rather than print a command that would pay twice.
    args.may_exist = (
        "a run may have been created and cannot be looked up (the Agent API has no "
        "idempotency key and lists no runs): check your usage before asking again"
    )
    options: AgentOptions = {}
    if args.effort is not None:
        options["effort"] = args.effort
    if args.preset is not None:
        options["preset"] = args.preset
    if args.model is not None:
        options["model"] = args.model
    try:
        return client.agent.create(args.question, **options)
    except PerplexityAsyncError as exc:
        if surely_created_nothing(exc):
            args.may_exist = None  # refused, or never sent: no run was created
        raise


def _cancel(args: argparse.Namespace, out: TextIO) -> int:
    with _client(args) as client:
        client.cancel(args.request_id)
    out.write(f"{args.request_id}: cancel acknowledged (it reads CANCELLED once it stops)\n")
    return EXIT_OK


def _list(args: argparse.Namespace, out: TextIO) -> int:
    with _client(args) as client:
        jobs = client.sonar.list()
    if args.json:
        out.write(json.dumps(jobs.to_dict(), indent=2, ensure_ascii=False) + "\n")
        return EXIT_OK
    for summary in jobs:
        created = summary.created_at.strftime("%Y-%m-%d %H:%M:%S")
        out.write(f"{summary.id}  {summary.status!s:<11}  {created}  {summary.model}\n")
    if jobs.next_token:
        out.write(f"(more: next_token {jobs.next_token})\n")
    return EXIT_OK


def _serve(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from ..testing import MockServer, Workload
    from ._demo import add_demo_jobs, script_demo_questions  # only this command needs them

    # Ctrl-C and SIGTERM are the normal way to stop (exit 0). Both raise KeyboardInterrupt, and
    # both are in place before the URL is printed: a client that reads it and stops us at once
    # must find them.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    workload = None
    if args.submit_rate is not None or args.job_seconds is not None or args.failure_rate:
        workload = Workload(
            submits_per_minute=args.submit_rate,
            job_seconds=args.job_seconds,
            failure_rate=args.failure_rate,
            seed=args.seed,
        )
    try:
        server = MockServer(api_key=args.api_key, port=args.port, workload=workload)
        try:
            server.start()
        except OSError as exc:
            reason = exc.strerror or str(exc)
            return _fail(
                err, args.debug, EXIT_USAGE, f"cannot serve on 127.0.0.1:{args.port}: {reason}"
            )
        try:
            out.write(f"base_url: {server.base_url}\napi_key: {server.api_key}\n")
            if args.demo:
                out.write("jobs: " + " ".join(add_demo_jobs(server)) + "\n")
                script_demo_questions(server)
            if workload is not None:
                out.write(f"workload: {_describe(workload)}\n")
            out.write(
                "# to point the CLI and the SDK here, paste into another shell:\n"
                f"export PERPLEXITY_BASE_URL={shlex.quote(server.base_url)}\n"
                f"export PERPLEXITY_API_KEY={shlex.quote(server.api_key)}\n"
                "serving until Ctrl-C\n"
            )
            out.flush()
            threading.Event().wait()
        finally:
            server.stop()
    except KeyboardInterrupt:
        pass
    return EXIT_OK


def _describe(workload: Workload) -> str:
    """One line saying what the server simulates."""
    seconds = workload.job_seconds
    parts = [
        "no submit limit"
        if workload.submits_per_minute is None
        else f"{workload.submits_per_minute:g} submits a minute",
        "jobs as scripted"
        if seconds is None
        else f"jobs run {seconds[0]:g}-{seconds[1]:g} s"
        if isinstance(seconds, tuple)
        else f"jobs run {seconds:g} s",
        f"{workload.failure_rate:.0%} fail (seed {workload.seed})",
    ]
    return ", ".join(parts)


def _fail(err: TextIO, debug: bool, code: int, message: str, then: str = "") -> int:
    """One clear line on stderr (and ``then``, what to do next); with --debug, the traceback
    first."""
    if debug and sys.exc_info()[1] is not None:
        traceback.print_exc(file=err)
    err.write(f"perplexity-async: error: {message}\n{then}")
    return code


def _not_found(exc: NotFoundError, args: argparse.Namespace) -> str:
    """A 404 names the base URL: on every call, it means the URL is not the API's."""
    url = str(httpx.URL(args.used_base_url).copy_with(userinfo=b""))
    if args.command in ("get", "cancel"):
        return f"{exc}, at {url} (check the id, and that this is the API's base URL)"
    return f"{exc}, at {url}: is this the API's base URL? (--base-url or PERPLEXITY_BASE_URL)"


def run(
    argv: Sequence[str] | None = None, out: TextIO = sys.stdout, err: TextIO = sys.stderr
) -> int:
    """Run the command line; return the exit code."""
    args = _parser().parse_args(argv)
    args.resume = None  # the command that picks up where this one stopped, once there is one
    args.resume_why = ""
    args.may_exist = None  # what may have been paid for that no command can pick up
    if args.debug:
        import logging

        logging.basicConfig(level=logging.DEBUG, format="%(levelname)s %(name)s: %(message)s")
    try:
        if args.command == "serve":
            return _serve(args, out, err)
        if args.command == "list":
            return _list(args, out)
        if args.command == "ask":
            return _ask(args, out, err)
        if args.command == "cancel":
            return _cancel(args, out)
        if args.command == "batch":
            return _batch(args, sys.argv[1:] if argv is None else list(argv), out, err)
        return _get(args, out, err)
    except KeyboardInterrupt:
        if args.resume is not None:
            err.write(f"\ninterrupted: {args.resume_why}:\n  {args.resume}\n")
        elif args.may_exist is not None:
            err.write(f"\ninterrupted: {args.may_exist}\n")
        else:  # nothing was submitted yet
            err.write("\ninterrupted\n")
        return EXIT_INTERRUPTED
    except WaitTimeoutError as exc:
        return _fail(err, args.debug, EXIT_TIMEOUT, f"{exc}; resume with: {args.resume}")
    except NotFoundError as exc:
        return _fail(err, args.debug, EXIT_API, _not_found(exc, args))
    except PerplexityAsyncError as exc:
        # ask says how to resume (its job may exist); get's own command line is the resume
        then = ""
        if args.command == "ask" and args.resume:
            then = f"{args.resume_why}:\n  {args.resume}\n"
        elif args.may_exist is not None:
            then = args.may_exist + "\n"
        return _fail(err, args.debug, EXIT_API, str(exc), then)
    except (ValueError, TypeError) as exc:
        return _fail(err, args.debug, EXIT_USAGE, str(exc))


# -- batch: many questions, resumable (issue 13) -------------------------------------------------
def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if not 1 <= value <= 1000:
        raise argparse.ArgumentTypeError(f"must be between 1 and 1000, got {text}")
    return value


def _add_batch_parser(commands: Any, anywhere: argparse.ArgumentParser) -> None:
    batch = commands.add_parser(
        "batch",
        parents=[anywhere],
        help="submit every question of INPUT, write each answer to OUTPUT as it completes; "
        "rerun the same command to resume",
    )
    batch.add_argument("input", metavar="INPUT", help=".jsonl lines, else one question a line")
    batch.add_argument("--out", required=True, metavar="OUTPUT.jsonl", help="one line per item")
    batch.add_argument("--journal", metavar="PATH", help="default: OUTPUT.jsonl.journal")
    batch.add_argument(
        "--api",
        choices=_APIS,
        default="agent",
        help='for items that name none ("api" on a .jsonl line): agent, background runs (the '
        "default); sonar, Sonar async jobs",
    )
    batch.add_argument(
        "--model",
        help="for the --api's items that name none: agent, provider/model (default none: effort "
        f"{DEFAULT_EFFORT}); sonar, a Sonar model (default {DEFAULT_MODEL})",
    )
    batch.add_argument(
        "--batch-api",
        action="store_true",
        help="send the items as Agent API requests through Perplexity's Batch API (uploaded "
        "files, run upstream within 24 h, outside the request rate limit)",
    )
    batch.add_argument("--concurrency", type=_count, default=8, help="polls in flight (default 8)")
    batch.add_argument(
        "--submit-rate",
        type=_seconds,
        metavar="PER_MINUTE",
        help="a ceiling on submits a minute (default: none until the server's first 429)",
    )
    batch.add_argument(
        "--timeout", type=_seconds, default=None, help="the whole batch's deadline (default none)"
    )
    batch.add_argument(
        "--poll-interval", type=_seconds, default=1.0, help="first poll interval (default 1)"
    )
    batch.add_argument("--base-url", help="API base URL (default: PERPLEXITY_BASE_URL or the API)")
    batch.add_argument(
        "--max-cost",
        type=_usd,
        metavar="USD",
        help="the whole batch's budget, across reruns: no new submit once spent plus in flight "
        "would pass it (exit 5; rerun with a larger one to go on)",
    )
    batch.add_argument(
        "--cost-estimate",
        type=_usd,
        metavar="USD",
        help="what an item in flight counts against --max-cost (default: the dearest seen so "
        "far; before any, one item at a time)",
    )
    batch.add_argument(
        "--start-over",
        action="store_true",
        help="begin over a non-empty OUTPUT that has no journal (its lines are replaced, every "
        "item paid again); with a journal it changes nothing",
    )
    batch.add_argument(
        "--resubmit-unknown",
        action="store_true",
        help="send each UNKNOWN item (a submit whose outcome is unknown) once more",
    )
    what = batch.add_mutually_exclusive_group()
    what.add_argument(
        "--status",
        action="store_true",
        help="print where the batch stands, from its journal alone (sends nothing)",
    )
    what.add_argument(
        "--cancel",
        action="store_true",
        help="cancel every Agent API run of the batch still running (exit 0 once each cancel "
        "is acknowledged; a rerun then writes their CANCELLED lines)",
    )


def _usd(text: str) -> float:
    try:
        value = float(text.removeprefix("$"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an amount of USD: {text!r}") from None
    if not math.isfinite(value) or value < 0:
        raise argparse.ArgumentTypeError(f"must be a finite amount >= 0, got {text}")
    return value


_FULL = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG})  # a disk or quota filled up


def _disk_error(exc: OSError | sqlite3.Error) -> tuple[int, str]:
    """An OS or sqlite error as one line: exit 4 when a disk filled up mid-run (the journal
    rolled back what it was writing: rerun once there is room), else 2 (a path, a permission)."""
    import sqlite3

    if isinstance(exc, OSError):
        where = f": {exc.filename}" if exc.filename else ""
        message = f"{exc.strerror or exc}{where}"
        full = exc.errno in _FULL
    else:
        message = f"journal: {exc}"
        # SQLITE_FULL, or an I/O error writing (a file size limit, a failing disk)
        code = getattr(exc, "sqlite_errorcode", 0) & 0xFF  # the primary code
        full = code in (sqlite3.SQLITE_FULL, sqlite3.SQLITE_IOERR)
    return (EXIT_API, f"{message} (the disk is full?)") if full else (EXIT_USAGE, message)


def _batch(args: argparse.Namespace, argv: list[str], out: TextIO, err: TextIO) -> int:
    """Exit 0 when every item COMPLETED, 1 when some ended otherwise (FAILED, REJECTED, LOST...),
    2 on bad input, paths or files, 3 at the deadline, 4 on an API error that stops the batch
    (or a full disk), 5 at the --max-cost budget, 130 on Ctrl-C; each says how to resume."""
    import sqlite3

    from .._batch._journal import JournalError, default_journal_path

    journal = args.journal or str(default_journal_path(args.out))
    try:
        if args.status:
            return _batch_status(journal, out)
        if args.cancel and args.batch_api:
            from .._batch_api import _cli

            _cli.cancel(journal, args.base_url, _api_key(), out)
            return EXIT_OK
        if args.cancel:
            return _batch_cancel(args, journal, out, err)
        return _batch_run(args, argv, journal, err)
    except JournalError as exc:
        return _fail(err, args.debug, EXIT_USAGE, str(exc))
    except (OSError, sqlite3.Error) as exc:
        code, message = _disk_error(exc)
        then = f"once fixed, resume with:\n  {args.resume}\n" if args.resume else ""
        return _fail(err, args.debug, code, message, then)


def _api_key() -> str:
    key = os.environ.get("PERPLEXITY_API_KEY")
    if not key:
        raise ValueError("no API key: set the PERPLEXITY_API_KEY environment variable")
    return key


def _raise_budget(argv: list[str], max_cost: float) -> str:
    """The resume command with its ``--max-cost`` to raise, not the one that just stopped:
    ``... --max-cost <more than 0.007>`` (pasted as is, it would only stop again)."""
    kept: list[str] = []
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg == "--max-cost":
            skip = True
        elif not arg.startswith("--max-cost="):
            kept.append(arg)
    return f"{shlex.join(['perplexity-async', *kept])} --max-cost <more than {max_cost:g}>"


def _batch_status(journal: str, out: TextIO) -> int:
    from .._batch._journal import read_summary
    from .._batch._progress import summary_line

    summary = read_summary(journal)
    out.write(f"{summary_line(summary)}\njournal: {journal} (batch {summary.batch_id})\n")
    if summary.pending_keys:
        more = " ..." if summary.total - summary.done > len(summary.pending_keys) else ""
        out.write(f"not done: {', '.join(summary.pending_keys)}{more}\n")
    if summary.dropped:
        out.write(f"dropped: {summary.dropped} item version(s) given up or started over\n")
    from .._batch_api import _cli

    _cli.status(journal, out)
    return EXIT_OK


def _batch_cancel(args: argparse.Namespace, journal: str, out: TextIO, err: TextIO) -> int:
    """Cancel the batch's runs in flight: exit 0 once each cancel is acknowledged (a run that
    finished meanwhile, a 400, or one the API no longer knows, a 404, has nothing left to
    cancel), 4 when a cancel failed otherwise. Sonar async jobs have no cancel upstream: they
    are named, and finish on their own (exit 2). The cancel is journaled first: items not yet
    submitted end CANCELLED, never sent. A rerun writes every line."""
    from .._batch._journal import read_in_flight, record_cancel
    from .._job import api_of

    record_cancel(journal)
    out.write("batch cancelled: items not yet submitted end CANCELLED, never submitted\n")
    running = read_in_flight(journal)
    if not running:
        out.write("nothing in flight: no job of this batch is running\n")
        return EXIT_OK
    runs = [job_id for _, job_id in running if api_of(job_id) == "agent"]
    sonar = [job_id for _, job_id in running if api_of(job_id) != "agent"]
    failed = 0
    if runs:
        with _client(args) as client:
            for job_id in runs:
                try:
                    client.cancel(job_id)
                except PerplexityAsyncError as exc:
                    status = exc.status_code if isinstance(exc, APIStatusError) else None
                    if status not in (400, 404):
                        failed += 1
                        err.write(f"perplexity-async: error: {job_id}: {exc}\n")
                        continue
                    why = "finished already" if status == 400 else "unknown to the API"
                    out.write(f"{job_id}: not cancelled, {why}: {shorten(str(exc), 200)}\n")
                else:
                    out.write(f"{job_id}: cancel acknowledged\n")
        out.write(
            f"{len(runs) - failed} of {len(runs)} run(s) cancelled or finished; rerun the"
            " batch to write their lines\n"
        )
    if sonar:
        shown = ", ".join(sonar[:10]) + (" ..." if len(sonar) > 10 else "")
        err.write(
            f"perplexity-async: error: {len(sonar)} Sonar job(s) in flight cannot be cancelled "
            f"(the Sonar async API has no cancel): {shown}; they finish upstream, and a rerun "
            "writes their lines\n"
        )
    return EXIT_API if failed else EXIT_USAGE if sonar else EXIT_OK


def _batch_run(args: argparse.Namespace, argv: list[str], journal: str, err: TextIO) -> int:
    import asyncio

    from .._batch._files import BatchFileError
    from .._batch._input import BatchInputError
    from .._batch._journal import STATUSES, BatchSummary, JournalError, read_summary
    from .._batch._progress import BatchView, summary_line
    from .._batch._run import BatchBudgetError
    from .._client import AsyncClient

    key = _api_key()
    budget = args.max_cost

    def verdict(summary: BatchSummary) -> int:
        err.write(f"{summary_line(summary, max_cost=budget)}; output: {args.out}\n")
        if summary.finished:
            others = set(summary.counts) - {"COMPLETED"}
            if others:
                named = ", ".join(s for s in STATUSES if s in others)
                err.write(f"some items did not complete ({named}): see their lines' error\n")
            return EXIT_FAILED if others else EXIT_OK
        return EXIT_API

    async def main(view: BatchView) -> BatchSummary:
        async with AsyncClient(key, base_url=args.base_url) as client:
            args.used_base_url = client.base_url
            return await client.batch(
                args.input,
                args.out,
                journal=journal,
                api=args.api,
                model=args.model,
                concurrency=args.concurrency,
                submit_rate=args.submit_rate,
                timeout=args.timeout,
                poll_interval=args.poll_interval,
                on_progress=view.update,
                max_cost=budget,
                cost_estimate=args.cost_estimate,
                start_over=args.start_over,
                resubmit_unknown=args.resubmit_unknown,
                batch_api=args.batch_api,
            )

    resume = shlex.join(["perplexity-async", *argv])
    cancel = shlex.join(["perplexity-async", *[a for a in argv if a != "--resubmit-unknown"]])
    try:
        with BatchView(err) as view:
            args.resume = resume  # from here on, Ctrl-C prints it
            args.resume_why = (
                "the batch stopped; the jobs keep running upstream. Resume where it stood "
                f"(nothing paid twice), or stop them with:\n  {cancel} --cancel\nresume with"
            )
            summary = asyncio.run(main(view))
    except (BatchInputError, BatchFileError) as exc:
        args.resume = None
        return _fail(err, args.debug, EXIT_USAGE, str(exc))
    except WaitTimeoutError:
        summary = read_summary(journal)
        err.write(f"{summary_line(summary, max_cost=budget)}; output: {args.out}\n")
        err.write(f"deadline reached: the jobs keep running upstream; resume with:\n  {resume}\n")
        return EXIT_TIMEOUT
    except BatchBudgetError as exc:
        summary = read_summary(journal)
        err.write(f"{summary_line(summary, max_cost=budget)}; output: {args.out}\n")
        return _fail(
            err,
            args.debug,
            EXIT_BUDGET,
            str(exc),
            f"to go on, rerun with a larger --max-cost:\n  {_raise_budget(argv, exc.max_cost)}\n",
        )
    except PerplexityAsyncError as exc:
        if isinstance(exc, JournalError):
            raise
        summary = read_summary(journal)
        err.write(f"{summary_line(summary, max_cost=budget)}\n")
        return _fail(err, args.debug, EXIT_API, str(exc), f"once fixed, resume with:\n  {resume}\n")
    return verdict(summary)


def main() -> NoReturn:
    """Console-script entry point."""
    # Our own Ctrl-C handling, whatever we inherited: a shell starts background jobs with SIGINT
    # ignored, and Python keeps that, so `kill -INT` would not stop a wait or the server.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    sys.exit(run())
