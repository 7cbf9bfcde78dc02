"""`make bench`: perplexity-async against raw httpx on the same loopback server, in one run.

The SDK is measured as two installs: the default one (``pip install perplexity-async``; in its
processes ``import msgspec`` fails as if it were not installed) and with the ``speed`` extra
(msgspec decodes). Every figure is a median of interleaved rounds (raw, SDK, SDK with the extra,
raw, ...), each side in a process of its own, so machine noise hits all of them alike; a ratio is
the median of SDK / raw over the rounds. perplexityai's figures appear when it is installed.
No timing is asserted anywhere: this prints, people judge.
"""

from __future__ import annotations

import functools
import importlib.util
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
KEY = "bench-key"
ROUNDS = 15

HAVE_PPLX = importlib.util.find_spec("perplexity") is not None  # the `bench` extra
HAVE_SPEED = importlib.util.find_spec("msgspec") is not None  # the `speed` extra

# What an SDK process runs first, per install: a None in sys.modules makes `import msgspec` raise
# ImportError, which is what the SDK sees when the extra is not installed.
INSTALLS = {"sdk": "import sys\nsys.modules['msgspec'] = None\n"}
if HAVE_SPEED:
    INSTALLS["sdk_speed"] = ""


def _sdk_setup(install: str) -> str:
    """Import the SDK as ``install`` and check that it decodes as that install does."""
    stdlib = install == "sdk"
    return (
        INSTALLS[install] + "import perplexity_async as pa\nfrom perplexity_async import _json\n"
        f"assert (_json.loads is _json.loads_stdlib) is {stdlib}, 'not the {install} install'\n"
    )


Runner = Callable[[], dict[str, float]]


def _child(code: str) -> dict[str, float]:
    """Run ``code`` in a fresh interpreter; it prints one JSON object of measurements."""
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


class _Worker:
    """A process that runs ``setup`` once, then times ``calls`` runs of ``statement`` each time it
    is called (one line in, one JSON line out): warm connections, no import in the figures.
    ``s`` is wall time per run; ``cpu`` this process's CPU time per run (steadier on a busy
    machine: it leaves out the server's time and waits for a core)."""

    def __init__(self, setup: str, statement: str, calls: int) -> None:
        code = (
            "import json, sys, time\n" + setup + "while sys.stdin.readline():\n"
            "    start, cpu = time.perf_counter(), time.process_time()\n"
            f"    for _ in range({calls}):\n"
            f"        {statement}\n"
            f"    s, cpu = time.perf_counter() - start, time.process_time() - cpu\n"
            f"    print(json.dumps({{'s': s / {calls}, 'cpu': cpu / {calls}}}), flush=True)\n"
        )
        self._process = subprocess.Popen(
            [sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )

    def __call__(self) -> dict[str, float]:
        assert self._process.stdin is not None and self._process.stdout is not None
        self._process.stdin.write("\n")
        self._process.stdin.flush()
        line = self._process.stdout.readline()
        if not line:
            raise RuntimeError(f"bench worker exited with {self._process.wait()}")
        return json.loads(line)  # type: ignore[no-any-return]

    def close(self) -> None:
        if self._process.stdin is not None:
            self._process.stdin.close()
        self._process.wait(timeout=10)


def _interleaved(runners: Mapping[str, Runner], rounds: int) -> dict[str, dict[str, float]]:
    """Per runner, the median of each measurement and, as ``<key>/raw``, the median of its ratio
    to the raw run of the same round (neighbours in time share the machine's load)."""
    samples: dict[str, list[dict[str, float]]] = {name: [] for name in runners}
    for _ in range(rounds):
        for name, run in runners.items():
            samples[name].append(run())
    result = {
        name: {key: statistics.median(s[key] for s in runs) for key in runs[0]}
        for name, runs in samples.items()
    }
    for name, runs in samples.items():
        for key in runs[0]:
            ratios = (s[key] / raw[key] for s, raw in zip(runs, samples["raw"], strict=True))
            result[name][f"{key}/raw"] = statistics.median(ratios)
    return result


TIMER = "import time, json\nt0 = time.perf_counter()\n"
# Peak RSS from VmHWM: ru_maxrss survives exec on Linux and would report this parent's peak.
DONE = (
    "hwm = next(l for l in open('/proc/self/status') if l.startswith('VmHWM'))\n"
    "print(json.dumps({'s': time.perf_counter() - t0, 'rss_mb': int(hwm.split()[1]) / 1024}))\n"
)


def _per_install(code: Callable[[str], str]) -> dict[str, Runner]:
    """One fresh-process runner per SDK install; ``code(prelude)`` is what the process runs."""
    return {name: functools.partial(_child, code(prelude)) for name, prelude in INSTALLS.items()}


def bench_import() -> dict[str, dict[str, float]]:
    runners = {
        "raw": lambda: _child(TIMER + "import httpx\n" + DONE),
        **_per_install(lambda prelude: prelude + TIMER + "import perplexity_async\n" + DONE),
    }
    if HAVE_PPLX:
        runners["pplx"] = lambda: _child(TIMER + "import perplexity\n" + DONE)
    return _interleaved(runners, ROUNDS)


def bench_first_get(base: str) -> dict[str, dict[str, float]]:
    url = f"{base}/v1/async/sonar/small-1"
    runners = {
        "raw": lambda: _child(
            TIMER + "import httpx\nc = httpx.Client()\n"
            f"json.loads(c.get({url!r}, headers={{'Authorization': 'Bearer {KEY}'}}).content)\n"
            + DONE
        ),
        **_per_install(
            lambda prelude: (
                prelude + TIMER + "import perplexity_async as pa\n"
                f"pa.Client(api_key={KEY!r}, base_url={base!r}).get('small-1')\n" + DONE
            )
        ),
    }
    if HAVE_PPLX:
        runners["pplx"] = lambda: _child(
            TIMER + "import perplexity\n"
            f"perplexity.Perplexity(api_key={KEY!r}, base_url={base!r})"
            ".async_.chat.completions.get('small-1')\n" + DONE
        )
    return _interleaved(runners, ROUNDS)


# What a raw httpx user writes to read a run's answer and cited URLs from its dicts (the
# baseline of the SDK's ``job.text`` and ``job.citations``).
_RAW_READ = (
    "def read(run):\n"
    "    items = run['output']\n"
    "    text = ''.join(part['text'] for item in items if item['type'] == 'message'\n"
    "                   for part in item['content'] if part['type'] == 'output_text')\n"
    "    return text, [result['url'] for item in items if item['type'] == 'search_results'\n"
    "                  for result in item['results']]\n"
)


def bench_per_call(
    base: str, job_id: str, calls: int, *, read: bool = False
) -> dict[str, dict[str, float]]:
    """``get(job_id)`` per call against a raw GET + ``json.loads``; with ``read`` (a run), each
    side also reads the answer and the cited URLs as its users would."""
    run = job_id.startswith("resp_")
    url = f"{base}/v1/{'agent' if run else 'async/sonar'}/{job_id}"
    raw = f"json.loads(c.get({url!r}).content)"
    sdk = f"c.get({job_id!r})"
    pplx = f"c.{'responses.retrieve' if run else 'async_.chat.completions.get'}({job_id!r})"
    if read:  # each side keeps what it read until the next call replaces it, as users do
        raw = f"run = {raw}; read(run)"
        sdk = f"job = {sdk}; job.text; job.citations"
        pplx = (
            f"run = {pplx}; run.output_text; "
            "[x.url for i in run.output if i.type == 'search_results' for x in i.results]"
        )
    workers = {
        "raw": _Worker(
            f"import httpx\nc = httpx.Client(headers={{'Authorization': 'Bearer {KEY}'}})\n"
            + _RAW_READ,
            raw,
            calls,
        ),
        **{
            name: _Worker(
                _sdk_setup(name) + f"c = pa.Client(api_key={KEY!r}, base_url={base!r})\n",
                sdk,
                calls,
            )
            for name in INSTALLS
        },
    }
    if HAVE_PPLX:
        workers["pplx"] = _Worker(
            f"import perplexity\nc = perplexity.Perplexity(api_key={KEY!r}, base_url={base!r})\n",
            pplx,
            calls,
        )
    try:
        for worker in workers.values():
            worker()  # warm up: connections, caches
        return _interleaved(workers, ROUNDS)
    finally:
        for worker in workers.values():
            worker.close()


def bench_burst(base: str, n: int = 1000) -> dict[str, dict[str, float]]:
    url = f"{base}/v1/async/sonar/small-"
    raw = (
        TIMER + "import asyncio, httpx\n"
        "async def main():\n"
        "    sem = asyncio.Semaphore(100)\n"
        f"    async with httpx.AsyncClient(headers={{'Authorization': 'Bearer {KEY}'}}) as c:\n"
        "        async def one(i):\n"
        "            async with sem:\n"
        f"                return json.loads((await c.get({url!r} + str(i))).content)\n"
        f"        await asyncio.gather(*(one(i) for i in range({n})))\n"
        "asyncio.run(main())\n" + DONE
    )
    sdk = (
        TIMER + "import asyncio, perplexity_async as pa\n"
        "async def main():\n"
        f"    async with pa.AsyncClient(api_key={KEY!r}, base_url={base!r}) as c:\n"
        f"        await asyncio.gather(*(c.get(f'small-{{i}}') for i in range({n})))\n"
        "asyncio.run(main())\n" + DONE
    )
    return _interleaved({"raw": lambda: _child(raw), **_per_install(lambda p: p + sdk)}, 5)


def wait_policy() -> list[tuple[str, int, float]]:
    """Polls made and the delay between a job completing and the wait returning, with the
    defaults (poll_interval 1 s growing x1.5 to 15 s), in virtual time."""
    from perplexity_async._core._wait import PollSchedule

    rows = []
    for label, duration in (("10 s", 10.0), ("2 min", 120.0), ("20 min", 1200.0)):
        schedule = PollSchedule(timeout=1800, poll_interval=1.0, max_poll_interval=15.0, start=0)
        now, polls = 0.0, 1
        while now < duration:
            delay = schedule.next_sleep(now)
            assert delay is not None
            now += delay
            polls += 1
        rows.append((label, polls, now - duration))
    return rows


# The embedded server in its own process, with a workload: each created job runs 1 to 3 s from
# its creation (seeded draws), no submit limit. It prints its port; then each line on stdin asks
# for the stats: when the last job completed (its ``done_at`` on the server's clock,
# time.monotonic: the same clock in every process on Linux) and the requests seen.
_BATCH_SERVER = """
import json, sys
from perplexity_async.testing import MockServer, Workload

workload = Workload(job_seconds=(1.0, 3.0), seed=13)
with MockServer(api_key="bench-key", workload=workload) as server:
    print(server.port, flush=True)
    for _ in sys.stdin:
        requests = server.requests
        with server._lock:
            done = [job.done_at for job in server._jobs.values()]
        print(json.dumps({"last_done": max(done), "jobs": len(done),
                          "gets": sum(r.method == "GET" for r in requests),
                          "posts": sum(r.method == "POST" for r in requests)}), flush=True)
"""


def _server(script: str) -> subprocess.Popen[str]:
    """The embedded server in its own process, running ``script`` (which prints its port)."""
    return subprocess.Popen(
        [sys.executable, "-c", script],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )


def _client(code: str, port: str) -> dict[str, Any]:
    """Run ``code`` in a fresh process pointed at the server on ``port``: its last line, JSON."""
    env = {
        **os.environ,
        "PERPLEXITY_API_KEY": KEY,
        "PERPLEXITY_BASE_URL": f"http://127.0.0.1:{port}",
    }
    child = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=True,
        timeout=900,
    )
    return json.loads(child.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def bench_batch(n: int, folder: Path) -> dict[str, float]:
    """``perplexity-async batch`` of ``n`` questions, its defaults (8 polls in flight, poll
    interval 1 s growing to 15 s, no submit limit) against the embedded server in its own
    process: how late after the last job completed upstream the batch ended, GETs a job, and
    the peak RSS of the batch's process."""
    server = _server(_BATCH_SERVER)
    try:
        assert server.stdin is not None and server.stdout is not None
        port = server.stdout.readline().strip()
        questions = folder / f"questions-{n}.txt"
        questions.write_text("".join(f"Question number {i}?\n" for i in range(n)))
        out = folder / f"answers-{n}.jsonl"
        code = (
            "import json, os, time\nfrom perplexity_async._cli import _main as _cli\n"
            "with open(os.devnull, 'w') as null:\n"
            f"    code = _cli.run(['batch', {str(questions)!r}, '--out', {str(out)!r}],"
            " out=null, err=null)\n"
            "end = time.monotonic()\n"
            + DONE.replace("'s': time.perf_counter() - t0, ", "").replace(
                "}))", ", 'end': end, 'code': code}))"
            )
        )
        start = time.monotonic()
        result = _client(code, port)
        wall = time.monotonic() - start
        server.stdin.write("stats\n")
        server.stdin.flush()
        stats = json.loads(server.stdout.readline())
    finally:
        if server.stdin is not None:
            server.stdin.close()
        server.wait(timeout=30)
    assert result["code"] == 0 and stats["jobs"] == n and stats["posts"] == n, (result, stats)
    lines = sum(1 for _ in out.open())
    assert lines == n, f"{lines} output lines for {n} items"
    return {
        "late": result["end"] - stats["last_done"],
        "gets_per_job": stats["gets"] / n,
        "rss_mb": result["rss_mb"],
        "wall": wall,
    }


def batch_rows() -> list[str]:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        small, large = (bench_batch(n, Path(folder)) for n in (1000, 5000))
    growth = large["rss_mb"] / small["rss_mb"] - 1
    return [
        f"| 1000 | {small['wall']:6.1f} s | {small['late']:5.2f} s (goal <= 15 s) "
        f"| {small['gets_per_job']:5.2f} (goal <= 15) | {small['rss_mb']:6.1f} MB |",
        f"| 5000 | {large['wall']:6.1f} s | {large['late']:5.2f} s (goal <= 15 s) "
        f"| {large['gets_per_job']:5.2f} (goal <= 15) | {large['rss_mb']:6.1f} MB "
        f"({growth:+.0%} vs 1000; goal within 20%) |",
    ]


# The embedded server in its own process, its batches ending at their first retrieve.
_BATCH_API_SERVER = """
import sys
from perplexity_async.testing import MockServer

with MockServer(api_key="bench-key") as server:
    server.script_batches(polls_before_done=1)
    print(server.port, flush=True)
    sys.stdin.read()
"""


def bench_batch_api(n: int, folder: Path) -> dict[str, float]:
    """``perplexity-async batch --batch-api`` of ``n`` questions against the embedded server in
    its own process (batches done at their first retrieve): the wall time, the client process's
    CPU time (its own work: spooling, journal, parsing and OUTPUT; the server's validation and
    results run in the other process) and its peak RSS."""
    server = _server(_BATCH_API_SERVER)
    try:
        assert server.stdout is not None
        port = server.stdout.readline().strip()
        questions = folder / f"api-questions-{n}.jsonl"
        with questions.open("w") as file:
            for i in range(n):
                file.write(json.dumps({"id": f"q-{i}", "question": f"Question number {i}?"}) + "\n")
        out = folder / f"api-answers-{n}.jsonl"
        code = (
            "import json, os, time\nfrom perplexity_async._cli import _main as _cli\n"
            "t0 = time.perf_counter(); c0 = time.process_time()\n"
            "with open(os.devnull, 'w') as null:\n"
            f"    code = _cli.run(['batch', {str(questions)!r}, '--out', {str(out)!r},"
            " '--batch-api', '--poll-interval', '0.05'], out=null, err=null)\n"
            "cpu = time.process_time() - c0\n"
            + DONE.replace("}))", ", 'cpu': cpu, 'code': code}))")
        )
        result = _client(code, port)
    finally:
        if server.stdin is not None:
            server.stdin.close()
        server.wait(timeout=30)
    assert result["code"] == 0, result
    lines = sum(1 for _ in out.open())
    assert lines == n, f"{lines} output lines for {n} items"
    return {"wall": result["s"], "cpu": result["cpu"], "rss_mb": result["rss_mb"]}


def batch_api_rows() -> list[str]:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        small, large = (bench_batch_api(n, Path(folder)) for n in (10_000, 50_000))
    growth = large["rss_mb"] / small["rss_mb"] - 1
    return [
        f"| 10000 | {small['wall']:6.1f} s | {small['cpu']:6.1f} s | {small['rss_mb']:6.1f} MB |",
        f"| 50000 | {large['wall']:6.1f} s | {large['cpu']:6.1f} s "
        f"| {large['rss_mb']:6.1f} MB ({growth:+.0%} vs 10000; goal within 20%) |",
    ]


def _row(
    label: str, result: dict[str, dict[str, float]], unit: str, goal: str, key: str = "s"
) -> str:
    scale = {"ms": 1e3, "us": 1e6, "s": 1.0, "MB": 1.0}[unit]
    raw = result["raw"][key]

    def cell(name: str) -> str:
        value = result.get(name, {}).get(key)
        if value is None:
            return f"{'-':>12} | {'-':>6}"
        return f"{value * scale:9.1f} {unit:<2} | {result[name][key + '/raw']:5.2f}x"

    pplx = result.get("pplx", {}).get(key)
    pplx_text = f"{pplx * scale:10.1f} ({result['pplx'][key + '/raw']:.2f}x)" if pplx else "-"
    return (
        f"| {label:<44} | {raw * scale:9.1f} {unit:<2} | {cell('sdk')} | {cell('sdk_speed')} "
        f"| {goal:<6} | {pplx_text} |"
    )


# The per-call rows: label, the id fetched (its kind picks the body; ``resp_``: an Agent API
# run), calls a timing, unit, whether the answer and citations are read too.
PER_CALL = (
    ("get() per call, ~2 KB job", "small-1", 300, "us", False),
    ("get() per call, ~1 MB deep-research job", "large-1", 12, "ms", False),
    ("get() per call, ~1 MB job, 1000 small objects", "heavy-1", 12, "ms", False),
    ("get() per call, ~1 MB Agent API run, 9 items", "resp_research-1", 12, "ms", False),
    ("  the same + job.text + job.citations", "resp_research-1", 12, "ms", True),
)


def main(only: frozenset[str] = frozenset()) -> int:
    """The whole benchmark; ``only`` (ids from PER_CALL, e.g. ``resp_research-1``): just those
    per-call rows."""
    server = subprocess.Popen(
        [sys.executable, str(ROOT / "tools" / "bench_server.py")],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        assert server.stdout is not None
        base = f"http://127.0.0.1:{server.stdout.readline().strip()}"
        speed = "with the speed extra (msgspec)" if HAVE_SPEED else "speed extra not installed"
        print(
            f"perplexity-async benchmark: {ROUNDS} interleaved rounds unless noted, medians "
            "(a ratio: the median over the rounds of SDK / raw in the same round); "
            f"server {base} (own process); SDK as the default install and {speed}; "
            f"perplexityai {'installed' if HAVE_PPLX else 'not installed'}\n"
        )
        print(
            "| measurement                                  | raw httpx    "
            "| default install | ratio  | with [speed] | ratio  | goal   | perplexityai |"
        )
        print("| --- | --- | --- | --- | --- | --- | --- | --- |")
        if not only:
            print(_row("import (vs import httpx)", bench_import(), "ms", "1.30x"), flush=True)
            print(
                _row("import + first get(), fresh process", bench_first_get(base), "ms", "1.50x"),
                flush=True,
            )
        for label, job_id, calls, unit, read in PER_CALL:
            if only and job_id not in only:
                continue
            result = bench_per_call(base, job_id, calls, read=read)
            print(_row(label, result, unit, "1.15x" if job_id == "small-1" else "1.25x"))
            print(
                _row("  CPU time of the client process", result, unit, "-", key="cpu"), flush=True
            )
        if only:
            return 0
        burst = bench_burst(base)
        print(_row("1000 concurrent async get(), cold client (5 rounds)", burst, "s", "1.15x"))
        print(_row("  peak memory of that process", burst, "MB", "-", key="rss_mb"))
        print("\nwait_until_done with the defaults, in virtual time:\n")
        print("| job runs | polls | delay from completion to return |")
        print("| --- | --- | --- |")
        for label, polls, delay in wait_policy():
            print(f"| {label:<6} | {polls:5d} | {delay:6.2f} s |")
        print(
            "\nperplexity-async batch, jobs of 1 to 3 s on the embedded server (own process), "
            "no submit limit, the defaults:\n"
        )
        print("| jobs | batch took | ended after the last job completed | GETs a job | peak RSS |")
        print("| --- | --- | --- | --- | --- |")
        for row in batch_rows():
            print(row, flush=True)
        print(
            "\nperplexity-async batch --batch-api on the embedded server (own process; its "
            "batches done at the first retrieve), one upload and one create:\n"
        )
        print("| questions | batch took | client CPU (beyond the server) | peak RSS |")
        print("| --- | --- | --- | --- |")
        for row in batch_api_rows():
            print(row, flush=True)
    finally:
        if server.stdin is not None:
            server.stdin.close()
        server.wait(timeout=10)
    return 0


if __name__ == "__main__":
    # `python tools/bench.py resp_research-1`: only that per-call row (rerun one row alone).
    unknown = set(sys.argv[1:]) - {row[1] for row in PER_CALL}
    if unknown:
        sys.exit(f"unknown per-call rows {sorted(unknown)}; known: {[r[1] for r in PER_CALL]}")
    sys.exit(main(frozenset(sys.argv[1:])))
