"""Write output files safely: inside the output folder only, atomically, side by side.

A temporary file is written beside the target, flushed to disk, then renamed over it, so an
interrupted run leaves either the old file or the new one, never half a page.
"""

from __future__ import annotations

import multiprocessing
import os
import tempfile
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

from timeline.errors import OptionError

if TYPE_CHECKING:
    from timeline.model import Timeline
    from timeline.render import OutputFormat
    from timeline.settings import Settings


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomic(path: Path, text: str) -> None:
    """Replace ``path`` with ``text`` so that an interrupted run never leaves half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; outputs are ordinary files
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_in(directory: Path, name: str, text: str) -> Path:
    """Write ``name`` inside ``directory`` (created if missing); a name escaping it is refused."""
    if not name or Path(name).name != name or name in (".", ".."):
        raise OptionError(f"{name!r}: an output name must be a plain file name, not a path")
    target = directory / name
    write_atomic(target, text)
    return target


#: Below this many events rendering takes less time than starting worker processes.
PARALLEL_MIN_EVENTS = 2000

# What the forked render workers read (set just before they are forked, never pickled).
_pending: tuple[Timeline, Settings, Path] | None = None


def _render_into(name: str, fmt: OutputFormat) -> str:
    from timeline.render import render

    assert _pending is not None
    timeline, settings, directory = _pending
    return str(write_in(directory, name, render(timeline, fmt, settings)))


def write_rendered(
    timeline: Timeline,
    settings: Settings,
    directory: Path,
    outputs: Sequence[tuple[str, OutputFormat]],
) -> list[Path]:
    """Render ``timeline`` in each format and write it into ``directory``.

    With more than one job (and ``fork`` available) the first outputs (list the costliest
    first) are rendered in forked processes, which share the timeline instead of receiving a
    pickled copy of it, while this process renders the others.
    """
    from timeline.render import render

    global _pending
    methods = multiprocessing.get_all_start_methods()
    small = len(timeline.events) < PARALLEL_MIN_EVENTS
    if settings.jobs <= 1 or len(outputs) <= 1 or small or "fork" not in methods:
        return [write_in(directory, name, render(timeline, fmt, settings)) for name, fmt in outputs]
    forked = min(settings.jobs - 1, len(outputs) - 1)
    _pending = (timeline, settings, directory)
    try:
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(max_workers=forked, mp_context=context) as pool:
            futures = [pool.submit(_render_into, name, fmt) for name, fmt in outputs[:forked]]
            here = [
                write_in(directory, name, render(timeline, fmt, settings))
                for name, fmt in outputs[forked:]
            ]
            return [Path(future.result()) for future in futures] + here
    finally:
        _pending = None
