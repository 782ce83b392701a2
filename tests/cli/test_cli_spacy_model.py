"""`--spacy-model`: a trained pipeline helps when installed and is never required."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline.cli import cli


def test_a_missing_pipeline_warns_and_the_timeline_is_still_built(
    articles_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    source = str(articles_dir / "lanterns")
    plain = CliRunner().invoke(cli, ["json", "-q", "-j", "1", source])
    named = CliRunner().invoke(
        cli, ["json", "-j", "1", source, "--spacy-model", "no_such_pipeline"]
    )
    assert named.exit_code == 0, named.output
    assert any("no_such_pipeline" in r.getMessage() for r in caplog.records)
    assert named.stdout == plain.stdout
