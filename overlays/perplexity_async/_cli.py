"""The ``perplexity-async`` command: fetch or wait on a job, or run the embedded server.

Exit codes: 0 fetched (and, with --wait, completed); 1 the job FAILED; 2 bad usage or input;
3 the wait timed out; 4 an API or network error; 130 interrupted (the job keeps running).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import signal
import sys
import threading
import traceback
from collections.abc import Sequence
from typing import NoReturn, TextIO

from ._client import Client
from ._errors import JobFailedError, PerplexityAsyncError, WaitTimeoutError
from ._job import Job, JobStatus
from ._options import DEFAULT_MODEL
from ._progress import Progress
from ._version import __version__

__all__ = ["main"]

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_TIMEOUT, EXIT_API, EXIT_INTERRUPTED = 0, 1, 2, 3, 4, 130


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not value > 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"must be a finite number > 0, got {text}")
    return value


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="perplexity-async",
        description="Submit, list, fetch and wait on Perplexity async chat completion jobs. "
        "The API key comes from PERPLEXITY_API_KEY.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks and debug logs")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--json", action="store_true", help="print JSON (the API's shape), only")
    common.add_argument("--base-url", help="API base URL (default: PERPLEXITY_BASE_URL or the API)")
    waiting = argparse.ArgumentParser(add_help=False, parents=[common])
    waiting.add_argument("--wait", action="store_true", help="wait until done, showing progress")
    waiting.add_argument(
        "--timeout", type=_seconds, default=1800.0, help="overall wait deadline (default 1800)"
    )
    waiting.add_argument(
        "--poll-interval", type=_seconds, default=1.0, help="first poll interval (default 1)"
    )

    get = commands.add_parser(
        "get", parents=[waiting], help="print a job's status (and answer, once completed)"
    )
    get.add_argument("request_id", metavar="REQUEST_ID")
    ask = commands.add_parser("ask", parents=[waiting], help="submit a question as a new job")
    ask.add_argument("question", metavar="QUESTION")
    ask.add_argument("--model", default=DEFAULT_MODEL, help=f"model (default {DEFAULT_MODEL})")
    commands.add_parser("list", parents=[common], help="list the account's jobs")

    serve = commands.add_parser("serve", help="run the embedded test server in the foreground")
    serve.add_argument("--port", type=int, default=0, help="port on 127.0.0.1 (default: free)")
    serve.add_argument("--demo", action="store_true", help="preload the demo jobs")
    serve.add_argument("--api-key", default="demo-key", help="the token it accepts")
    return parser


def _print_answer(job: Job, out: TextIO) -> None:
    if job.text is not None:
        out.write(job.text.rstrip() + "\n")
    titles = {result.url: result.title for result in job.search_results}
    if job.citations:
        out.write("\nCitations:\n")
        for number, url in enumerate(job.citations, 1):
            title = titles.get(url)
            out.write(f"[{number}] {title} - {url}\n" if title else f"[{number}] {url}\n")
    if job.related_questions:
        out.write("\nRelated questions:\n")
        for question in job.related_questions:
            out.write(f"- {question}\n")


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
        except JobFailedError as failed:
            job = failed.job
    if args.json:
        out.write(json.dumps(job.to_dict(), indent=2, ensure_ascii=False) + "\n")
    elif job.status == JobStatus.FAILED:
        err.write(f"job {job.id} FAILED: {job.error_message or 'no error message given'}\n")
    else:
        out.write(f"{job.id}: {job.status}\n")
        if job.status == JobStatus.COMPLETED:
            out.write("\n")
            _print_answer(job, out)
    return EXIT_FAILED if job.status == JobStatus.FAILED else EXIT_OK


def _get(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    with Client(base_url=args.base_url) as client:
        return _finish(client, args.request_id, args, out, err)


def _ask(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    with Client(base_url=args.base_url) as client:
        job = client.create(args.question, model=args.model)
        args.request_id = job.id  # from here on, Ctrl-C says how to resume
        if not args.json:
            err.write(f"submitted {job.id} ({args.model})\n")
        if not args.wait and not args.json:
            out.write(f"{job.id}: {job.status}\n")
            err.write(f"wait for it with: perplexity-async get {job.id} --wait\n")
            return EXIT_OK
        return _finish(client, job.id, args, out, err)


def _list(args: argparse.Namespace, out: TextIO) -> int:
    with Client(base_url=args.base_url) as client:
        jobs = client.list()
    if args.json:
        out.write(json.dumps(jobs.to_dict(), indent=2, ensure_ascii=False) + "\n")
        return EXIT_OK
    for summary in jobs:
        created = summary.created_at.strftime("%Y-%m-%d %H:%M:%S")
        out.write(f"{summary.id}  {summary.status!s:<11}  {created}  {summary.model}\n")
    if jobs.next_token:
        out.write(f"(more: next_token {jobs.next_token})\n")
    return EXIT_OK


def _serve(args: argparse.Namespace, out: TextIO) -> int:
    from .testing import MockServer  # only this command needs it

    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    with MockServer(api_key=args.api_key, port=args.port) as server:
        out.write(f"base_url: {server.base_url}\napi_key: {server.api_key}\n")
        if args.demo:
            out.write("jobs: " + " ".join(server.add_demo_jobs()) + "\n")
            server.script_demo_questions()
        out.write("serving until Ctrl-C\n")
        out.flush()
        with contextlib.suppress(KeyboardInterrupt):  # Ctrl-C is the way to stop it
            stop.wait()
    return EXIT_OK


def _fail(err: TextIO, debug: bool, code: int, message: str) -> int:
    """One clear line on stderr; the traceback too with --debug."""
    if debug:
        traceback.print_exc(file=err)
    err.write(f"perplexity-async: error: {message}\n")
    return code


def run(
    argv: Sequence[str] | None = None, out: TextIO = sys.stdout, err: TextIO = sys.stderr
) -> int:
    """Run the command line; return the exit code."""
    args = _parser().parse_args(argv)
    if args.debug:
        import logging

        logging.basicConfig(level=logging.DEBUG, format="%(levelname)s %(name)s: %(message)s")
    try:
        if args.command == "serve":
            return _serve(args, out)
        if args.command == "list":
            return _list(args, out)
        if args.command == "ask":
            return _ask(args, out, err)
        return _get(args, out, err)
    except KeyboardInterrupt:
        if getattr(args, "request_id", None) is None:  # nothing was submitted yet
            err.write("\ninterrupted\n")
            return EXIT_INTERRUPTED
        err.write(
            f"\ninterrupted: job {args.request_id} keeps running upstream; resume waiting with:\n"
            f"  perplexity-async get {args.request_id} --wait\n"
        )
        return EXIT_INTERRUPTED
    except WaitTimeoutError as exc:
        message = f"{exc}; resume with: perplexity-async get {exc.request_id} --wait"
        return _fail(err, args.debug, EXIT_TIMEOUT, message)
    except PerplexityAsyncError as exc:
        return _fail(err, args.debug, EXIT_API, str(exc))
    except (ValueError, TypeError) as exc:
        return _fail(err, args.debug, EXIT_USAGE, str(exc))


def main() -> NoReturn:
    """Console-script entry point."""
    sys.exit(run())
