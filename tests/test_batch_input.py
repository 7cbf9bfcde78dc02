"""Batch INPUT: validated whole before anything is sent, problems named by line, then streamed."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from perplexity_async._batch._input import (
    MAX_LINE_BYTES,
    MAX_PROBLEMS,
    BatchInputError,
    BatchItem,
    derived_key,
    read_batch_input,
)
from perplexity_async._sonar._options import DEFAULT_MODEL


def jsonl(tmp_path: Path, *lines: Any, name: str = "in.jsonl") -> Path:
    path = tmp_path / name
    path.write_text(
        "".join((line if isinstance(line, str) else json.dumps(line)) + "\n" for line in lines),
        encoding="utf-8",
    )
    return path


def problems(path: Path, **options: Any) -> BatchInputError:
    with pytest.raises(BatchInputError) as caught:
        read_batch_input(path, **options)
    return caught.value


def test_a_text_file_is_one_question_a_line_blank_lines_skipped_and_counted(
    tmp_path: Path,
) -> None:
    path = tmp_path / "questions.txt"
    path.write_bytes(b"  Why poll?  \r\n\n   \nWhat is RFC 9110?\n")
    batch = read_batch_input(path, api="sonar", model="sonar-pro")
    items = list(batch)
    assert len(batch) == 2
    assert [(i.line, i.question, i.model, i.id) for i in items] == [
        (1, "Why poll?", "sonar-pro", None),
        (4, "What is RFC 9110?", "sonar-pro", None),
    ]
    # The key does not depend on the default model: a rerun under another is the same item.
    assert items[0].key == derived_key("Why poll?", None, {})
    assert items[0].key == next(iter(read_batch_input(path))).key


def test_jsonl_lines_give_id_model_and_options(tmp_path: Path) -> None:
    path = jsonl(
        tmp_path,
        {"id": "acme", "question": "Profile ACME", "model": "sonar-pro"},
        {"question": "Survey HTTP caching", "options": {"search_mode": "academic"}},
        "",
    )
    first, second = read_batch_input(path, api="sonar")
    assert first == BatchItem(
        key="acme", question="Profile ACME", model="sonar-pro", id="acme", line=1, api="sonar"
    )
    assert second.key == derived_key("Survey HTTP caching", None, {"search_mode": "academic"})
    assert (second.model, second.options, second.id) == (
        DEFAULT_MODEL,
        {"search_mode": "academic"},
        None,
    )


def test_derived_keys_are_short_stable_and_tell_items_apart() -> None:
    key = derived_key("Why poll?", None, {})
    assert key == derived_key("Why poll?", None, {}) and len(key) == 16
    int(key, 16)
    others = {
        derived_key("Why poll? ", None, {}),
        derived_key("Why poll?", "sonar", {}),
        derived_key("Why poll?", None, {"n": 1}),
    }
    assert key not in others and len(others) == 3
    # Option order does not matter (canonical JSON).
    assert derived_key("q", None, {"a": 1, "b": 2}) == derived_key("q", None, {"b": 2, "a": 1})


def test_every_bad_line_is_named_with_its_number(tmp_path: Path) -> None:
    path = jsonl(
        tmp_path,
        {"question": "fine"},
        "{not json",
        "[1, 2]",
        {"id": "x"},
        {"question": "   "},
        {"question": "q", "options": [1]},
        {"question": "q", "colour": "red"},
        {"question": "q", "options": {"temperatur": 1}},
        {"question": "q", "options": {"num_search_results": "many"}},
        {"question": "q", "id": 7},
        {"question": "q", "model": ""},
        '{"question": "a", "question": "b"}',
        '{"question": "q", "options": {"latitude": NaN}}',
        {"id": None, "question": "q"},
    )
    error = problems(path)
    assert isinstance(error, ValueError)
    assert [line for line, _ in error.problems] == list(range(2, 15))
    assert error.total == 13
    message = str(error)
    assert message.startswith(f"{path}: 13 problems: line 2: bad JSON")
    expected = {
        3: "expected a JSON object, got list",
        4: "no question",
        5: "question must be a non-empty string",
        6: "options must be a JSON object, got list",
        7: "unknown field(s) 'colour'",
        8: "temperatur",
        9: "num_search_results",
        10: "id must be a non-empty string, got 7",
        11: "model must be a non-empty string, got ''",
        12: "appears twice",
        13: "NaN is not JSON",
        14: "id must be a non-empty string",
    }
    found = dict(error.problems)
    for line, text in expected.items():
        assert text in found[line], (line, found[line])
        assert f"line {line}: " in message


def test_duplicate_ids_and_duplicate_derived_keys_name_both_lines(tmp_path: Path) -> None:
    path = jsonl(
        tmp_path,
        {"id": "a", "question": "one"},
        {"question": "two"},
        {"id": "a", "question": "three"},
        {"question": "two"},
        {"question": "two", "model": "openai/gpt-5"},  # another key: the line names a model
        {"question": "two", "api": "sonar"},  # another key: the line names an API
    )
    error = problems(path)
    assert error.problems == (
        (3, "duplicate id 'a' (first on line 1)"),
        (
            4,
            f"duplicate key {derived_key('two', None, {})}: the same question, model and"
            " options as line 2",
        ),
    )
    text = tmp_path / "q.txt"
    text.write_text("same\nother\n  same\n", encoding="utf-8")
    assert [line for line, _ in problems(text).problems] == [3]


def test_the_message_is_bounded_however_many_lines_are_bad(tmp_path: Path) -> None:
    path = jsonl(tmp_path, *(["{"] * 500), {"question": "x" * 5000, "id": "y" * 5000, "a": 1})
    error = problems(path)
    assert error.total == 501
    assert len(error.problems) == MAX_PROBLEMS
    assert str(error).endswith("; and 481 more")
    assert len(str(error)) < 4000
    few = problems(path, max_problems=2)
    assert len(few.problems) == 2 and str(few).endswith("; and 499 more")
    # A huge value quoted in a message is clipped.
    last = problems(jsonl(tmp_path, {"question": "q", "id": ["z" * 5000]}, name="b.jsonl"))
    assert len(str(last)) < 300


def test_a_line_over_the_limit_is_named_without_being_held_whole(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    with path.open("wb") as file:
        file.write(b"short\n" + b"x" * (MAX_LINE_BYTES + 10) + b"\nafter\n" + b"y" * MAX_LINE_BYTES)
    error = problems(path)
    assert error.problems == ((2, f"longer than {MAX_LINE_BYTES} bytes"),)
    # A line of exactly the limit is fine, with either line ending.
    ok = tmp_path / "ok.txt"
    ok.write_bytes(b"z" * MAX_LINE_BYTES + b"\r\n" + b"w" * MAX_LINE_BYTES)
    assert len(read_batch_input(ok)) == 2


def test_bytes_that_are_not_utf8_are_named_and_a_bom_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / "q.txt"
    path.write_bytes(b"\xef\xbb\xbfWhy?\nbad \xff byte\n")
    assert problems(path).problems == ((2, "not UTF-8 (byte 5)"),)
    path.write_bytes(b'\xef\xbb\xbf{"question": "Why?"}\n')
    path = path.rename(tmp_path / "q.jsonl")
    assert [item.question for item in read_batch_input(path)] == ["Why?"]


def test_arguments_are_checked(tmp_path: Path) -> None:
    path = jsonl(tmp_path, {"question": "q"})
    with pytest.raises(ValueError, match="model must be a non-empty str"):
        read_batch_input(path, model="")
    with pytest.raises(ValueError, match="max_problems"):
        read_batch_input(path, max_problems=0)
    with pytest.raises(FileNotFoundError):
        read_batch_input(tmp_path / "missing.txt")


def test_items_are_streamed_lazily_and_a_line_that_no_longer_parses_is_refused(
    tmp_path: Path,
) -> None:
    path = tmp_path / "q.txt"
    path.write_text("".join(f"question {n}\n" for n in range(1000)), encoding="utf-8")
    batch = read_batch_input(path)
    items = iter(batch)
    assert isinstance(items, Iterator) and not isinstance(items, list | tuple)
    assert next(items).question == "question 0"
    items.close()  # type: ignore[attr-defined]
    assert sum(1 for _ in batch) == 1000
    with path.open("a", encoding="utf-8") as file:  # read: the journal decides (not its item)
        file.write("a line added after validation\n")
    assert [item.question for item in batch][-1] == "a line added after validation"
    with path.open("a", encoding="utf-8") as file:
        file.write('{"question": "JSON in a text file"}\n')
    with pytest.raises(BatchInputError, match="changed since it was validated"):
        list(batch)
