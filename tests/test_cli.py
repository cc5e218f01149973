"""``fever-builder`` through click's CliRunner: bad input, --strict, usage errors, help."""

from __future__ import annotations

import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from fever_builder.build import PAGES_FILE
from fever_builder.cli import main
from fever_builder.dataset.output import MARKER

DATA = Path(__file__).resolve().parent / "data"


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def page_ids(output: Path) -> list[str]:
    with (output / PAGES_FILE).open(encoding="utf-8") as handle:
        return [json.loads(line)["id"] for line in handle]


@pytest.fixture
def good_input(tmp_path: Path) -> Path:
    """An input folder with two good files."""
    folder = tmp_path / "input"
    folder.mkdir()
    for relative in ("wikitext/battle_of_testville.txt", "scraped/testville_scrape.txt"):
        (folder / Path(relative).name).write_bytes((DATA / relative).read_bytes())
    return folder


# Each kind of bad input, with the reason the CLI must give for it.
BAD_FILES: dict[str, tuple[bytes, str]] = {
    "empty.txt": (b"", "file is empty"),
    "image.bin": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "looks binary (NUL bytes)"),
    "latin1.txt": (
        "= Kalbajar =\n\nThe town lies in Azerbaïdjan.\n".encode("latin-1"),
        "not UTF-8",
    ),
    "numbers.csv": (b"1,2,3\n4,5,6\n7,8,9\n", "format not recognised"),
}
BROKEN_JSONL = (
    '{"id": "Lachin", "lines": "0\\tLachin is a town in Azerbaijan -LRB- 1992 -RRB- ."}\n'
    '{"id": "Broken", "lines": "0\\tthe line never closes"\n'
    '{"id": "Shusha", "lines": "0\\tShusha was captured on 9 May 1992 ."}\n'
)


@pytest.fixture
def mixed_input(good_input: Path) -> Path:
    """The good files plus one file of each kind of bad input, and a half-broken JSONL file."""
    for name, (content, _) in BAD_FILES.items():
        (good_input / name).write_bytes(content)
    (good_input / "pages.jsonl").write_text(BROKEN_JSONL, encoding="utf-8")
    return good_input


def run(*args: str) -> click.testing.Result:
    return CliRunner().invoke(main, list(args))


def test_bad_files_are_named_with_their_reason_and_good_files_still_built(
    tmp_path: Path, mixed_input: Path
) -> None:
    output = tmp_path / "data"
    result = run("build", "--input", str(mixed_input), "--output", str(output))
    assert result.exit_code == 0, result.output
    for name, (_, reason) in BAD_FILES.items():
        lines = [line for line in result.output.splitlines() if str(mixed_input / name) in line]
        assert len(lines) == 1 and reason in lines[0], (name, result.output)
    # the JSONL file is named with its bad line; its good rows are read
    assert f"{mixed_input / 'pages.jsonl'}:2: not valid JSON" in result.output
    assert sorted(page_ids(output)) == [
        "Battle of Testville",
        "Lachin",
        "Shusha",
        "testville_scrape",
    ]
    # the per-file summary names the format detected for each good file
    assert f"{mixed_input / 'battle_of_testville.txt'}: wikitext, 1 page(s)" in result.output
    assert f"{mixed_input / 'testville_scrape.txt'}: scraped, 1 page(s)" in result.output
    assert "repeat 3" in result.output and "fragment 2" in result.output


def test_latin1_file_is_named_with_its_line(tmp_path: Path, mixed_input: Path) -> None:
    result = run("build", "--input", str(mixed_input), "--output", str(tmp_path / "data"))
    assert f"{mixed_input / 'latin1.txt'}:3: file is not UTF-8" in result.output


def test_strict_exits_non_zero_and_writes_nothing(tmp_path: Path, mixed_input: Path) -> None:
    output = tmp_path / "data"
    result = run("build", "--input", str(mixed_input), "--output", str(output), "--strict")
    assert result.exit_code == 1
    assert "--strict" in result.output and "nothing was written" in result.output
    assert all(str(mixed_input / name) in result.output for name in BAD_FILES)
    assert not output.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["input"]


def test_strict_keeps_the_previous_output_byte_for_byte(tmp_path: Path, good_input: Path) -> None:
    output = tmp_path / "data"
    assert run("build", "--input", str(good_input), "--output", str(output)).exit_code == 0
    before = snapshot(output)
    assert MARKER in before
    (good_input / "empty.txt").write_bytes(b"")
    result = run("build", "--input", str(good_input), "--output", str(output), "--strict")
    assert result.exit_code == 1
    assert snapshot(output) == before


def test_good_input_in_strict_mode_builds(tmp_path: Path, good_input: Path) -> None:
    output = tmp_path / "data"
    result = run("build", "--input", str(good_input), "--output", str(output), "--strict")
    assert result.exit_code == 0, result.output
    assert "wrote 2 pages" in result.output


def test_error_while_writing_keeps_the_previous_output(
    tmp_path: Path, good_input: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import fever_builder.pipeline as pipeline_module

    output = tmp_path / "data"
    assert run("build", "--input", str(good_input), "--output", str(output)).exit_code == 0
    before = snapshot(output)

    def fail(path: Path, rows: object) -> int:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text('{"id": "half a row', encoding="utf-8")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pipeline_module, "write_jsonl", fail)
    result = run("build", "--input", str(good_input), "--output", str(output))
    assert result.exit_code != 0
    assert isinstance(result.exception, OSError)
    assert snapshot(output) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "input"]


def test_refuses_a_folder_that_is_not_a_build_without_force(
    tmp_path: Path, good_input: Path
) -> None:
    output = tmp_path / "thesis"
    output.mkdir()
    (output / "chapter1.tex").write_text("precious", encoding="utf-8")
    result = run("build", "--input", str(good_input), "--output", str(output))
    assert result.exit_code == 1
    assert "--force" in result.output and "not a fever-builder build" in result.output
    assert snapshot(output) == {"chapter1.tex": b"precious"}
    result = run("build", "--input", str(good_input), "--output", str(output), "--force")
    assert result.exit_code == 0, result.output
    assert (output / MARKER).is_file() and not (output / "chapter1.tex").exists()


def test_only_bad_input_fails_with_a_reason(tmp_path: Path) -> None:
    folder = tmp_path / "input"
    folder.mkdir()
    (folder / "numbers.csv").write_bytes(BAD_FILES["numbers.csv"][0])
    result = run("build", "--input", str(folder), "--output", str(tmp_path / "data"))
    assert result.exit_code == 1
    assert "format not recognised" in result.output and "no usable input" in result.output
    assert not (tmp_path / "data").exists()


def test_missing_input_path_fails_with_a_reason(tmp_path: Path) -> None:
    result = run("build", "--input", str(tmp_path / "nowhere"), "--output", str(tmp_path / "data"))
    assert result.exit_code == 1
    assert "no such file or folder" in result.output


@pytest.mark.parametrize(
    ("option", "value"),
    [
        ("--test-size", "1.5"),
        ("--test-size", "0"),
        ("--test-size", "-0.2"),
        ("--validation-size", "0.9"),
        ("--seed", "-1"),
        ("--sample", "0"),
        ("--sample", "1.5"),
    ],
)
def test_out_of_range_parameter_is_a_usage_error_naming_it(
    tmp_path: Path, good_input: Path, option: str, value: str
) -> None:
    output = tmp_path / "data"
    result = run("build", "--input", str(good_input), "--output", str(output), option, value)
    assert result.exit_code == 2
    assert option in result.output and value in result.output
    assert not output.exists()


def test_unknown_format_name_is_a_usage_error(tmp_path: Path, good_input: Path) -> None:
    result = run("build", "--input", str(good_input), "--format", "pdf")
    assert result.exit_code == 2
    assert "--format" in result.output and "wikitext" in result.output


def test_format_option_reads_every_file_as_that_format(tmp_path: Path, good_input: Path) -> None:
    # a seed article too: the two small files alone give too few claims to split
    seed = sorted((Path(__file__).parents[1] / "seeds").glob("000_*.txt"))[0]
    (good_input / seed.name).write_bytes(seed.read_bytes())
    output = tmp_path / "data"
    result = run(
        "build", "--input", str(good_input), "--output", str(output), "--format", "scraped"
    )
    assert result.exit_code == 0, result.output
    # every file is read as scraped text, whatever its own format: page ids are file names
    assert sorted(page_ids(output)) == sorted(
        [seed.stem, "battle_of_testville", "testville_scrape"]
    )


def command_paths(group: click.Group) -> list[list[str]]:
    paths: list[list[str]] = [[]]
    for name, command in sorted(group.commands.items()):
        if isinstance(command, click.Group):
            paths += [[name, *sub] for sub in command_paths(command)]
        else:
            paths.append([name])
    return paths


@pytest.mark.parametrize("path", command_paths(main), ids=lambda p: " ".join(p) or "main")
def test_every_command_has_help_with_an_example(path: list[str]) -> None:
    result = run(*path, "--help")
    assert result.exit_code == 0
    assert "Example" in result.output
    assert "fever-builder " in result.output.split("Example", 1)[1]


def test_build_is_a_command() -> None:
    assert "build" in main.commands


# ``python -m fever_builder build`` on seeds/ runs in tests/test_build.py (the byte-identity test).


def test_many_shards_show_a_progress_bar_unless_quiet(tmp_path: Path) -> None:
    folder = tmp_path / "input"
    folder.mkdir()
    for number in range(20):
        (folder / f"page{number:02}.txt").write_text(
            f"= Village {number} =\n\nVillage {number} lies in the Kalbajar District of Azerbaijan."
            f" It was founded in {1800 + number} by {100 + number} settlers.\n",
            encoding="utf-8",
        )
    small = ("--shard-size", "0.001")  # about 10 of these files per shard: 2 shards
    result = run("build", "--input", str(folder), "--output", str(tmp_path / "data"), *small)
    assert result.exit_code == 0, result.output
    assert "claims: 100%" in result.output and "2/2" in result.output
    assert "splitting: 100%" in result.output
    quiet = run(
        "build", "--input", str(folder), "--output", str(tmp_path / "data"), *small, "--quiet"
    )
    assert quiet.exit_code == 0
    assert "claims:" not in quiet.output and "splitting:" not in quiet.output
    assert "page00.txt" not in quiet.output
    assert "wrote 20 pages" in quiet.output
