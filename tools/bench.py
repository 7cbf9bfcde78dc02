"""`make bench`: perplexity-async against raw httpx on the same loopback server, in one run.

Every figure is a median of interleaved rounds (raw, SDK, raw, SDK, ...), so machine noise hits
both sides alike; the ratio is SDK / raw. perplexityai's figures appear when it is installed.
No timing is asserted anywhere: this prints, people judge.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KEY = "bench-key"
ROUNDS = 15

try:
    import perplexity  # type: ignore[import-not-found, unused-ignore]  # noqa: F401  (the `bench` extra)

    HAVE_PPLX = True
except ImportError:
    HAVE_PPLX = False


def _child(code: str) -> dict[str, float]:
    """Run ``code`` in a fresh interpreter; it prints one JSON object of measurements."""
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def _interleaved(
    runners: dict[str, Callable[[], dict[str, float]]], rounds: int
) -> dict[str, dict[str, float]]:
    samples: dict[str, list[dict[str, float]]] = {name: [] for name in runners}
    for _ in range(rounds):
        for name, run in runners.items():
            samples[name].append(run())
    return {
        name: {key: statistics.median(s[key] for s in runs) for key in runs[0]}
        for name, runs in samples.items()
    }


TIMER = "import time, json\nt0 = time.perf_counter()\n"
# Peak RSS from VmHWM: ru_maxrss survives exec on Linux and would report this parent's peak.
DONE = (
    "hwm = next(l for l in open('/proc/self/status') if l.startswith('VmHWM'))\n"
    "print(json.dumps({'s': time.perf_counter() - t0, 'rss_mb': int(hwm.split()[1]) / 1024}))\n"
)


def bench_import() -> dict[str, dict[str, float]]:
    runners = {
        "raw": lambda: _child(TIMER + "import httpx\n" + DONE),
        "sdk": lambda: _child(TIMER + "import perplexity_async\n" + DONE),
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
        "sdk": lambda: _child(
            TIMER + "import perplexity_async as pa\n"
            f"pa.Client(api_key={KEY!r}, base_url={base!r}).get('small-1')\n" + DONE
        ),
    }
    if HAVE_PPLX:
        runners["pplx"] = lambda: _child(
            TIMER + "import perplexity\n"
            f"perplexity.Perplexity(api_key={KEY!r}, base_url={base!r})"
            ".async_.chat.completions.get('small-1')\n" + DONE
        )
    return _interleaved(runners, ROUNDS)


def bench_per_call(base: str, kind: str, calls: int) -> dict[str, dict[str, float]]:
    import httpx

    import perplexity_async as pa

    raw_client = httpx.Client(headers={"Authorization": f"Bearer {KEY}"})
    sdk_client = pa.Client(api_key=KEY, base_url=base)
    url = f"{base}/v1/async/sonar/{kind}-1"

    def raw() -> dict[str, float]:
        start = time.perf_counter()
        for _ in range(calls):
            json.loads(raw_client.get(url).content)
        return {"s": (time.perf_counter() - start) / calls}

    def sdk() -> dict[str, float]:
        start = time.perf_counter()
        for _ in range(calls):
            sdk_client.get(f"{kind}-1")
        return {"s": (time.perf_counter() - start) / calls}

    runners = {"raw": raw, "sdk": sdk}
    if HAVE_PPLX:
        import perplexity

        pplx_client = perplexity.Perplexity(api_key=KEY, base_url=base)

        def pplx() -> dict[str, float]:
            start = time.perf_counter()
            for _ in range(calls):
                pplx_client.async_.chat.completions.get(f"{kind}-1")
            return {"s": (time.perf_counter() - start) / calls}

        runners["pplx"] = pplx
    for run in runners.values():
        run()  # warm up: connections, imports, caches
    return _interleaved(runners, 9)


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
    return _interleaved({"raw": lambda: _child(raw), "sdk": lambda: _child(sdk)}, 5)


def wait_policy() -> list[tuple[str, int, float]]:
    """Polls made and the delay between a job completing and the wait returning, with the
    defaults (poll_interval 1 s growing x1.5 to 15 s), in virtual time."""
    from perplexity_async._wait import PollSchedule

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


def _row(
    label: str, result: dict[str, dict[str, float]], unit: str, goal: str, key: str = "s"
) -> str:
    scale = {"ms": 1e3, "us": 1e6, "s": 1.0, "MB": 1.0}[unit]
    raw, sdk = result["raw"][key], result["sdk"][key]
    pplx = result.get("pplx", {}).get(key)
    pplx_text = f"{pplx * scale:10.1f} ({pplx / raw:.2f}x)" if pplx is not None else "-"
    return (
        f"| {label:<44} | {raw * scale:9.1f} {unit:<2} | {sdk * scale:9.1f} {unit:<2} "
        f"| {sdk / raw:5.2f}x | {goal:<6} | {pplx_text} |"
    )


def main() -> int:
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
        print(
            f"perplexity-async benchmark: {ROUNDS} interleaved rounds unless noted, medians; "
            f"server {base} (own process); "
            f"perplexityai {'installed' if HAVE_PPLX else 'not installed'}\n"
        )
        print(
            "| measurement                                  | raw httpx    "
            "| perplexity-async | ratio  | goal   | perplexityai |"
        )
        print("| --- | --- | --- | --- | --- | --- |")
        print(_row("import (vs import httpx)", bench_import(), "ms", "1.30x"), flush=True)
        print(
            _row("import + first get(), fresh process", bench_first_get(base), "ms", "1.50x"),
            flush=True,
        )
        print(
            _row("get() per call, ~2 KB job", bench_per_call(base, "small", 300), "us", "1.15x"),
            flush=True,
        )
        print(
            _row(
                "get() per call, ~1 MB deep-research job",
                bench_per_call(base, "large", 12),
                "ms",
                "1.25x",
            ),
            flush=True,
        )
        burst = bench_burst(base)
        print(_row("1000 concurrent async get(), cold client (5 rounds)", burst, "s", "1.15x"))
        print(_row("  peak memory of that process", burst, "MB", "-", key="rss_mb"))
        print("\nwait_until_done with the defaults, in virtual time:\n")
        print("| job runs | polls | delay from completion to return |")
        print("| --- | --- | --- |")
        for label, polls, delay in wait_policy():
            print(f"| {label:<6} | {polls:5d} | {delay:6.2f} s |")
    finally:
        if server.stdin is not None:
            server.stdin.close()
        server.wait(timeout=10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
