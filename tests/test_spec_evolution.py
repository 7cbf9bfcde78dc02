"""Regenerating after a spec change keeps the overlays working, and the review tools report
exactly the change. Each case runs in a git copy of the project: change openapi.yaml, `make
generate`, `make api`, read `api-diff`, run tests/contract/ against the regenerated package.

One copy serves the cases, reset with git between them. tests/contract/ (about 40 s, mostly
waiting on its servers) is what costs: the additive changes share one run on a spec with all of
them applied, the breaking change has its own, and the two runs overlap (``contract_runs``)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from .conftest import ROOT

VENV = ROOT / ".venv"
Spec = dict[str, Any]
# A mark, not a fixture: checked before the module's fixtures copy and regenerate anything.
pytestmark = pytest.mark.skipif(
    not (VENV / ".installed").exists() or sys.prefix != str(VENV),
    reason="runs with the project's venv (make test)",
)


def _run(cmd: list[str], cwd: Path, **kwargs: Any) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=600, **kwargs)


def _copy_project(dest: Path) -> Path:
    listed = _run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z"], ROOT
    ).stdout.split("\0")
    for name in filter(None, listed):
        source = ROOT / name
        if source.is_file():
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, dest / name)
    for cmd in (
        ["git", "init", "-q"],
        ["git", "add", "-A"],
        ["git", "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "before"],
    ):
        assert _run(cmd, dest).returncode == 0
    return dest


def _make(project: Path, *targets: str) -> subprocess.CompletedProcess[str]:
    return _run(
        ["make", "-s", "--no-print-directory", *targets, f"VENV={VENV}", "SETUP_INPUTS="], project
    )


@dataclass
class Outcome:
    project: Path
    env: dict[str, str]
    contract: subprocess.CompletedProcess[str]
    api_diff: subprocess.CompletedProcess[str]
    added: list[str]
    removed: list[str]

    def python(self, code: str) -> subprocess.CompletedProcess[str]:
        return _run([str(VENV / "bin" / "python"), "-c", code], self.project, env=self.env)


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The module's one copy of the project, committed as it is ("before")."""
    return _copy_project(tmp_path_factory.mktemp("evolution") / "project")


def _reset(project: Path) -> None:
    """Back to the committed copy: every case starts from the project as it is."""
    for cmd in (["git", "reset", "-q", "--hard", "HEAD"], ["git", "clean", "-qfdx"]):
        assert _run(cmd, project).returncode == 0


def _env(project: Path) -> dict[str, str]:
    return {
        **os.environ,
        "PYTHONPATH": f"{project / 'overlays'}{os.pathsep}{project / 'generated'}",
    }


def _regenerate(project: Path, *changes: Callable[[Spec], None]) -> None:
    """Reset, apply ``changes`` to openapi.yaml, then `make generate` and `make api`."""
    _reset(project)
    spec_file = project / "openapi.yaml"
    spec: Spec = yaml.safe_load(spec_file.read_text())
    for change in changes:
        change(spec)
    spec_file.write_text(yaml.safe_dump(spec, sort_keys=False))
    for target in ("generate", "api"):
        made = _make(project, target)
        assert made.returncode == 0, made.stdout + made.stderr


def _start_contract(project: Path, out: Path, err: Path) -> subprocess.Popen[bytes]:
    """tests/contract/ against the package regenerated in ``project``, output to files."""
    env = _env(project)
    where = _run(
        [str(VENV / "bin" / "python"), "-c", "import perplexity_async_api as p; print(p.__file__)"],
        project,
        env=env,
    )
    assert where.stdout.startswith(str(project)), where  # the regenerated package is the one tested
    command = [str(VENV / "bin" / "python"), "-m", "pytest", "-q", "-p", "no:cacheprovider"]
    with out.open("w") as stdout, err.open("w") as stderr:  # files: no pipe fills up unread
        return subprocess.Popen(
            [*command, "tests/contract"], cwd=project, env=env, stdout=stdout, stderr=stderr
        )


def _evolve(
    project: Path, change: Callable[[Spec], None], contract: subprocess.CompletedProcess[str]
) -> Outcome:
    """``change`` alone, regenerated and reviewed; ``contract`` is the tests/contract/ run on a
    spec with it (see ``contract_runs``)."""
    _regenerate(project, change)
    api_diff = _make(project, "api-diff", "BASE=HEAD")
    diff = _run(["git", "diff", "--unified=0", "--", "api.md"], project).stdout.splitlines()
    added = [line[1:] for line in diff if line.startswith("+") and not line.startswith("+++")]
    removed = [line[1:] for line in diff if line.startswith("-") and not line.startswith("---")]
    return Outcome(project, _env(project), contract, api_diff, added, removed)


def _schemas(spec: Spec) -> Spec:
    return spec["components"]["schemas"]  # type: ignore[no-any-return]


def _assert_contract_passes(outcome: Outcome) -> None:
    assert outcome.contract.returncode == 0, outcome.contract.stdout[-3000:]
    assert " passed" in outcome.contract.stdout.splitlines()[-1]


def _assert_no_break(outcome: Outcome) -> None:
    assert outcome.api_diff.returncode == 0, outcome.api_diff.stdout
    assert "0 breaking change(s)" in outcome.api_diff.stdout


@pytest.fixture(scope="module")
def contract_runs(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[dict[str, subprocess.CompletedProcess[str]]]:
    """tests/contract/ on each spec of CONTRACT_SPECS (below), each in its own regenerated copy.
    The runs overlap: each mostly waits on its servers (about 40 s of wall time, 12 s of CPU),
    so two take little longer than one, even on two cores."""
    started: dict[str, tuple[subprocess.Popen[bytes], Path]] = {}  # each with its output folder
    try:
        for name, changes in CONTRACT_SPECS.items():
            copy = _copy_project(tmp_path_factory.mktemp(name) / "project")
            _regenerate(copy, *changes)
            logs = copy.parent
            started[name] = (_start_contract(copy, logs / "out", logs / "err"), logs)
        finished = {}
        for name, (process, logs) in started.items():
            process.wait(timeout=600)
            out, err = (logs / "out").read_text(), (logs / "err").read_text()
            finished[name] = subprocess.CompletedProcess(process.args, process.returncode, out, err)
        yield finished
    finally:
        for process, _ in started.values():
            if process.poll() is None:
                process.kill()
                process.wait()


def add_optional_fields(spec: Spec) -> None:
    _schemas(spec)["AsyncApiChatCompletionsResponse"]["properties"]["priority"] = {
        "type": "string",
        "title": "Priority",
    }
    _schemas(spec)["ApiPublicSearchResult"]["properties"]["relevance"] = {
        "anyOf": [{"type": "number"}, {"type": "null"}],
        "title": "Relevance",
    }


def test_a_new_optional_field_is_additive_and_reachable_through_raw(
    project: Path, contract_runs: dict[str, subprocess.CompletedProcess[str]]
) -> None:
    outcome = _evolve(project, add_optional_fields, contract_runs["additive"])
    _assert_contract_passes(outcome)
    _assert_no_break(outcome)
    assert outcome.removed == []
    assert sorted(outcome.added) == [
        "attribute perplexity_async_api.models.api_public_search_result.ApiPublicSearchResult"
        ".relevance: float | None | Unset = UNSET",
        "attribute perplexity_async_api.models.async_api_chat_completions_response"
        ".AsyncApiChatCompletionsResponse.priority: str | Unset = UNSET",
    ]
    reached = outcome.python(
        "import perplexity_async as pa\n"
        "from perplexity_async.testing import completed_job_body\n"
        "r = [{'title': 't', 'url': 'u', 'relevance': 0.5}]\n"
        "b = completed_job_body('x', search_results=r)\n"
        "b['priority'] = 'high'\n"
        "job = pa.Job.from_dict(b)\n"
        "print(job.raw.priority, job.search_results[0].relevance, job.raw.additional_properties)\n"
    )
    assert reached.stdout.split() == ["high", "0.5", "{}"], reached.stderr


def add_enum_values(spec: Spec) -> None:
    # A status new to the SDK: CANCELLED is no longer one (the Agent API's runs have it).
    _schemas(spec)["AsyncProcessingStatus"]["enum"].append("PAUSED")
    _schemas(spec)["Choice"]["properties"]["finish_reason"]["anyOf"][0]["enum"].append("tool_calls")


def test_a_new_status_and_finish_reason_appear_with_no_overlay_edit(
    project: Path, contract_runs: dict[str, subprocess.CompletedProcess[str]]
) -> None:
    outcome = _evolve(project, add_enum_values, contract_runs["additive"])
    _assert_contract_passes(outcome)
    _assert_no_break(outcome)
    assert outcome.removed == []
    assert sorted(outcome.added) == [
        "member perplexity_async_api.models.async_processing_status.AsyncProcessingStatus"
        ".PAUSED = 'PAUSED'",
        "member perplexity_async_api.models.choice_finish_reason_type_0.ChoiceFinishReasonType0"
        ".TOOL_CALLS = 'tool_calls'",
    ]
    # as the README says: any status but COMPLETED and FAILED is waited on, with a WARNING
    waited = outcome.python(
        "import logging, perplexity_async as pa\n"
        "from perplexity_async.testing import MockServer, job_body\n"
        "logging.basicConfig(level=logging.WARNING)\n"
        "with MockServer() as s:\n"
        "    s.set_job_body('c', job_body('c', status='PAUSED'))\n"
        "    with pa.Client(api_key=s.api_key, base_url=s.base_url) as c:\n"
        "        try:\n"
        "            c.wait_until_done('c', timeout=0.3, poll_interval=0.05)\n"
        "        except pa.WaitTimeoutError as e:\n"
        "            print(e.job.status == 'PAUSED' and not e.job.is_done)\n"
    )
    assert waited.stdout.strip() == "True", waited.stderr
    assert "'PAUSED' is not one this SDK knows" in waited.stderr


def add_an_operation(spec: Spec) -> None:
    spec["paths"]["/async/chat/completions/{api_request}/cancel"] = {
        "post": {
            "summary": "Cancel Async Chat Completion",
            "operationId": "cancel_async_chat_completion",
            "parameters": [
                {
                    "name": "api_request",
                    "in": "path",
                    "required": True,
                    "schema": {"type": "string"},
                },
            ],
            "responses": {
                "200": {
                    "description": "Successful Response",
                    "content": {
                        "application/json": {
                            "schema": {
                                "$ref": "#/components/schemas/AsyncApiChatCompletionsResponse"
                            }
                        }
                    },
                }
            },
            "security": [{"HTTPBearer": []}],
        }
    }


def test_a_new_operation_is_additive(
    project: Path, contract_runs: dict[str, subprocess.CompletedProcess[str]]
) -> None:
    outcome = _evolve(project, add_an_operation, contract_runs["additive"])
    _assert_contract_passes(outcome)
    _assert_no_break(outcome)
    assert outcome.removed == []
    new_module = "perplexity_async_api.api.default.cancel_async_chat_completion"
    assert f"module {new_module}" in outcome.added
    assert any(line.startswith(f"function {new_module}.sync(") for line in outcome.added)


def move_the_list_path(spec: Spec) -> None:
    """List joins submit at /v1/async/sonar (GET beside POST)."""
    spec["paths"]["/v1/async/sonar"]["get"] = spec["paths"].pop("/async/chat/completions")["get"]


def test_a_moved_path_changes_nothing_for_the_facade(
    project: Path, contract_runs: dict[str, subprocess.CompletedProcess[str]]
) -> None:
    outcome = _evolve(project, move_the_list_path, contract_runs["additive"])
    _assert_contract_passes(outcome)
    _assert_no_break(outcome)
    assert (outcome.added, outcome.removed) == ([], [])
    changed = _run(["git", "diff", "--name-only", "--", "generated"], outcome.project).stdout
    module = (
        "generated/perplexity_async_api/api/default/"
        "list_async_chat_completions_async_chat_completions_get.py"
    )
    assert changed.split() == [module]  # only the operation's module changed
    assert '"url": "/v1/async/sonar"' in (outcome.project / module).read_text()


ADDITIVE = (add_optional_fields, add_enum_values, add_an_operation, move_the_list_path)


def remove_a_read_field(spec: Spec) -> None:
    del _schemas(spec)["AsyncApiChatCompletionsResponse"]["properties"]["error_message"]


CONTRACT_SPECS = {"additive": ADDITIVE, "removed": (remove_a_read_field,)}


def test_a_removed_field_the_facade_reads_is_a_break_with_clear_messages(
    project: Path, contract_runs: dict[str, subprocess.CompletedProcess[str]]
) -> None:
    outcome = _evolve(project, remove_a_read_field, contract_runs["removed"])
    assert outcome.api_diff.returncode != 0
    assert "AsyncApiChatCompletionsResponse.error_message: Public object was removed" in (
        outcome.api_diff.stdout
    )
    assert outcome.removed == [
        "attribute perplexity_async_api.models.async_api_chat_completions_response"
        ".AsyncApiChatCompletionsResponse.error_message: None | str | Unset = UNSET"
    ]
    assert outcome.added == []
    assert outcome.contract.returncode != 0
    assert (
        "dropped AsyncApiChatCompletionsResponse field(s) the facade reads: "
        "error_message (read by Job.error_message)"
    ) in outcome.contract.stdout


def test_a_new_option_on_an_upstream_page_reaches_create_by_regeneration_alone(
    project: Path,
) -> None:
    _reset(project)
    page = project / "spec" / "upstream" / "async-sonar-post.yaml"
    document = yaml.safe_load(page.read_text())
    document["components"]["schemas"]["ApiChatCompletionsRequest"]["properties"]["boost"] = {
        "anyOf": [{"type": "number", "minimum": 0, "maximum": 5}, {"type": "null"}],
        "title": "Boost",
        "description": "How much to boost fresh sources",
    }
    page.write_text(yaml.safe_dump(document, sort_keys=False))
    for target in ("spec", "generate", "api"):
        made = _make(project, target)
        assert made.returncode == 0, made.stdout + made.stderr
    changed = _run(["git", "diff", "--name-only"], project).stdout.split()
    assert not [name for name in changed if name.startswith(("overlays/", "tests/"))]
    assert "generated/perplexity_async_api/request_options.py" in changed
    assert _make(project, "check-generated").returncode == 0
    api_diff = _make(project, "api-diff", "BASE=HEAD")
    assert api_diff.returncode == 0 and "0 breaking change(s)" in api_diff.stdout
    env = {**os.environ, "PYTHONPATH": f"{project / 'overlays'}{os.pathsep}{project / 'generated'}"}
    reached = _run(
        [
            str(VENV / "bin" / "python"),
            "-c",
            "import json, pydoc, perplexity_async as pa\n"
            "from perplexity_async.testing import MockServer\n"
            "with MockServer() as s, pa.Client(api_key=s.api_key, base_url=s.base_url) as c:\n"
            "    c.sonar.create('q', boost=1.5)\n"
            "    print(json.loads(s.requests[-1].body)['request']['boost'])\n"
            "    try:\n"
            "        c.sonar.create('q', boost=9)\n"
            "    except ValueError as e:\n"
            "        print(e, len(s.requests))\n"
            "doc = pydoc.render_doc(pa.RequestOptions)\n"
            "print('boost: How much to boost fresh sources' in doc)\n",
        ],
        project,
        env=env,
    )
    assert reached.stdout.splitlines() == [
        "1.5",
        "boost must be <= 5, got 9 1",
        "True",
    ], reached.stderr
