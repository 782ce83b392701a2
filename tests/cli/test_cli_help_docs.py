"""Every command documents itself with an example, and ``--help`` imports nothing heavy."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from timeline.cli import cli

ROOT = Path(__file__).resolve().parents[2]
COMMANDS = sorted(cli.commands)
HEAVY = (
    "spacy",
    "plotly",
    "dateparser",
    "trafilatura",
    "htmldate",
    "charset_normalizer",
    "jinja2",
    "py3langid",
    "numpy",
    "lxml",
    "yaml",
    "jsonschema",
    "timeline.api",
)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(command: str) -> None:
    result = CliRunner().invoke(cli, [command, "--help"])
    assert result.exit_code == 0, result.output
    assert "Example: timeline " + command in result.output
    assert cli.commands[command].help and cli.commands[command].short_help != ""


def test_group_help_names_every_command() -> None:
    result = CliRunner().invoke(cli, ["--help"])
    assert result.exit_code == 0
    for command in COMMANDS:
        assert command in result.output


@pytest.mark.parametrize(
    "args", [["--help"], *[[c, "--help"] for c in COMMANDS]], ids=lambda a: " ".join(a)
)
def test_help_imports_nothing_heavy(args: list[str]) -> None:
    code = (
        "import json, sys\n"
        "from timeline.cli import main\n"
        f"sys.argv = ['timeline', *{args!r}]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        f"print(json.dumps([m for m in {HEAVY!r} if m in sys.modules]))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert json.loads(proc.stdout.strip().splitlines()[-1]) == []


def test_option_names_are_documented() -> None:
    """Every option of every command has help text (no bare flags in --help)."""
    for name, command in cli.commands.items():
        for param in command.params:
            if isinstance(param, click.Option):
                assert param.help, f"{name} {param.opts} has no help"
