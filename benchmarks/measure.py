"""Measuring helpers for the benchmarks: commands with their time and memory, medians, percentiles."""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

PAGE = os.sysconf("SC_PAGE_SIZE")


@dataclass
class Run:
    """What a command took: wall and CPU seconds (its own and its children's), peak memory."""

    returncode: int
    wall: float
    cpu: float
    peak_rss: int  # bytes: the largest total RSS of the command's process tree seen
    peak_rss_main: int  # bytes: the largest RSS of the command's own process
    peak_pss: int  # bytes: the largest total PSS of the tree (pages shared by n processes count 1/n each)
    stderr: str = ""
    samples: list[tuple[float, int]] = field(default_factory=list)  # (seconds, tree RSS bytes)

    @property
    def peak_mb(self) -> float:
        return self.peak_rss / 2**20


def _children_of() -> dict[int, list[int]]:
    children: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            stat = Path(entry.path, "stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(ppid, []).append(int(entry.name))
    return children


def _rss(pid: int) -> int:
    try:
        return int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * PAGE
    except (OSError, IndexError, ValueError):
        return 0


def _pss(pid: int) -> int:
    """Proportional set size (Linux 4.14+; 0 elsewhere): RSS with each shared page divided among its sharers."""
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1]) * 1024
    except (OSError, IndexError, ValueError):
        pass
    return 0


def tree_memory(pid: int) -> tuple[int, int, int]:
    """(RSS of pid and all its descendants, RSS of pid alone, PSS of pid and its descendants), in bytes.

    The RSS total counts a page shared by several processes (libraries, copy-on-write pages) once
    in each; the PSS total counts it once.
    """
    children = _children_of()
    rss = pss = 0
    todo = [pid]
    while todo:
        current = todo.pop()
        rss += _rss(current)
        pss += _pss(current)
        todo.extend(children.get(current, ()))
    return rss, _rss(pid), pss


def run(command: list[str], *, stdin_command: list[str] | None = None, interval: float = 0.1, env=None) -> Run:
    """Run command (fed by stdin_command's output if given), sampling its process tree's memory.

    The CPU time includes stdin_command's, which is small next to an ingest's.
    """
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    feeder = None
    stdin = subprocess.DEVNULL
    if stdin_command:
        feeder = subprocess.Popen(stdin_command, stdout=subprocess.PIPE)
        stdin = feeder.stdout
    process = subprocess.Popen(command, stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    if feeder:
        feeder.stdout.close()
    peak = [0, 0, 0]
    samples: list[tuple[float, int]] = []
    done = threading.Event()

    def sample() -> None:
        while not done.wait(interval):
            total, main, pss = tree_memory(process.pid)
            samples.append((time.perf_counter() - started, total))
            peak[:] = max(peak[0], total), max(peak[1], main), max(peak[2], pss)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stderr = process.stderr.read().decode("utf-8", "replace")
    process.wait()
    done.set()
    sampler.join()
    if feeder:
        feeder.wait()
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return Run(process.returncode, wall, cpu, peak[0], peak[1], peak[2], stderr, samples)


def median(values: list[float]) -> float:
    return statistics.median(values)


def percentile(values: list[float], share: float) -> float:
    """The nearest-rank percentile (share in 0..1)."""
    ordered = sorted(values)
    rank = max(1, min(len(ordered), round(share * len(ordered) + 0.5)))
    return ordered[rank - 1]
