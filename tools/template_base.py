"""The recorded base of the template fork in overlays/templates/: the generator version, and the
upstream template each override was copied from (by sha256).

    python tools/template_base.py check           # fail when the installed generator's templates
                                                  # no longer match the base (make check-templates)
    python tools/template_base.py diff [NAME...]  # upstream -> override, per template
    python tools/template_base.py merge OLD_DIR   # three-way merge of upstream's changes since the
                                                  # base (OLD_DIR: its templates) into the overrides
    python tools/template_base.py record          # write BASE.json from the installed generator

BASE.json holds the generator's version and, per override (its path under overlays/templates/),
the sha256 of the upstream template it was copied from, or null for a template upstream lacks.
Record only after reviewing: `record` is what makes a new upstream text the base.
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import importlib.metadata
import json
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "overlays" / "templates"
BASE_FILE = "BASE.json"
GENERATOR = "openapi-python-client"


def installed_templates() -> Path:
    """The templates folder of the installed generator."""
    import openapi_python_client

    return Path(openapi_python_client.__file__).parent / "templates"


def installed_version() -> str:
    return importlib.metadata.version(GENERATOR)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def overrides(templates: Path) -> list[str]:
    """The override templates, as paths relative to ``templates``, sorted."""
    return sorted(p.relative_to(templates).as_posix() for p in templates.rglob("*.jinja"))


def base_of(templates: Path, upstream: Path, version: str) -> dict[str, Any]:
    """The base record of ``templates``: each override's upstream sha256 (None: no upstream)."""
    return {
        "generator": GENERATOR,
        "version": version,
        "templates": {
            name: sha256(upstream / name) if (upstream / name).is_file() else None
            for name in overrides(templates)
        },
    }


def load_base(templates: Path) -> dict[str, Any]:
    path = templates / BASE_FILE
    if not path.is_file():
        raise SystemExit(f"{path} is missing: run `python tools/template_base.py record`")
    base: dict[str, Any] = json.loads(path.read_text())
    return base


def problems(templates: Path, upstream: Path, version: str) -> list[str]:
    """Every way the overrides' recorded base differs from ``upstream``, one line each."""
    base = load_base(templates)
    found: list[str] = []
    if base["version"] != version:
        found.append(
            f"{GENERATOR} {version} is installed, the templates are based on {base['version']}"
        )
    recorded: dict[str, str | None] = base["templates"]
    for name in overrides(templates):
        if name not in recorded:
            found.append(f"{name}: an override with no recorded base")
            continue
        expected, path = recorded[name], upstream / name
        if expected is None:
            if path.is_file():
                found.append(
                    f"{name}: upstream now ships a template of this name (ours shadows it)"
                )
        elif not path.is_file():
            found.append(f"{name}: upstream no longer has this template")
        elif sha256(path) != expected:
            found.append(f"{name}: upstream changed since the recorded base")
    for name in sorted(set(recorded) - set(overrides(templates))):
        found.append(f"{name}: recorded, but there is no such override")
    return found


def check(templates: Path, upstream: Path, version: str) -> int:
    found = problems(templates, upstream, version)
    if not found:
        print(f"check-templates: {len(overrides(templates))} overrides match {GENERATOR} {version}")
        return 0
    print(f"check-templates: the overrides no longer match their recorded base ({BASE_FILE}):")
    for line in found:
        print(f"  {line}")
    print(
        "Review each with `python tools/template_base.py diff NAME`, merge the upstream change\n"
        "into the override (`python tools/template_base.py merge OLD_DIR`, see the README's\n"
        "maintainer section), regenerate, then `python tools/template_base.py record`."
    )
    return 1


def diff(templates: Path, upstream: Path, names: Sequence[str]) -> str:
    """Unified diffs, installed upstream template -> override, for ``names`` (default: all)."""
    out: list[str] = []
    for name in names or overrides(templates):
        ours = templates / name
        if not ours.is_file():
            raise SystemExit(f"{name}: no such override in {templates}")
        theirs = upstream / name
        old = theirs.read_text().splitlines(keepends=True) if theirs.is_file() else []
        out.extend(
            difflib.unified_diff(
                old, ours.read_text().splitlines(keepends=True), f"upstream/{name}", f"ours/{name}"
            )
        )
    return "".join(out)


def merge(templates: Path, old: Path, new: Path) -> int:
    """Three-way merge, per override: upstream's change from ``old`` (the recorded base, verified
    by sha256) to ``new`` onto ours. Conflicts stay marked in the overrides; returns their count."""
    recorded: dict[str, str | None] = load_base(templates)["templates"]
    forked = {name: expected for name, expected in recorded.items() if expected is not None}
    for name, expected in forked.items():  # all verified before any override is touched
        base = old / name
        if not base.is_file() or sha256(base) != expected:
            raise SystemExit(
                f"{base} is not the recorded base of {name} (sha256 differs or missing)"
            )
    conflicts = 0
    for name, expected in forked.items():
        base, ours, theirs = old / name, templates / name, new / name
        if not theirs.is_file():
            print(f"{name}: upstream removed it; review by hand")
            conflicts += 1
            continue
        if sha256(theirs) == expected:
            continue
        # git merge-file exits with the number of conflicts (negative: an error).
        result = subprocess.run(
            ["git", "merge-file", "-L", "ours", "-L", "base", "-L", "upstream", ours, base, theirs],
            check=False,
        )
        if result.returncode < 0 or result.returncode > 127:
            raise SystemExit(f"git merge-file failed on {name}")
        conflicts += result.returncode
        print(
            f"{name}: merged" + (f", {result.returncode} conflict(s)" if result.returncode else "")
        )
    return conflicts


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--templates", type=Path, default=TEMPLATES, help="the overrides")
    parser.add_argument(
        "--upstream", type=Path, default=None, help="upstream templates (default: the installed)"
    )
    parser.add_argument("--version", default=None, help="upstream version (default: the installed)")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("check")
    commands.add_parser("record")
    diff_parser = commands.add_parser("diff")
    diff_parser.add_argument("names", nargs="*")
    merge_parser = commands.add_parser("merge")
    merge_parser.add_argument("old", type=Path, help="the templates of the recorded version")
    args = parser.parse_args(argv)
    templates: Path = args.templates
    upstream: Path = args.upstream or installed_templates()
    version: str = args.version or installed_version()

    if args.command == "check":
        return check(templates, upstream, version)
    if args.command == "record":
        path = templates / BASE_FILE
        path.write_text(json.dumps(base_of(templates, upstream, version), indent=2) + "\n")
        print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
        return 0
    if args.command == "diff":
        sys.stdout.write(diff(templates, upstream, args.names))
        return 0
    if shutil.which("git") is None:
        raise SystemExit("merge needs git (git merge-file)")
    conflicts = merge(templates, args.old, upstream)
    print(
        f"{conflicts} conflict(s) to resolve in {templates}"
        if conflicts
        else "merged cleanly: review `git diff`, make generate, make test, then record"
    )
    return 1 if conflicts else 0


if __name__ == "__main__":
    sys.exit(main())
