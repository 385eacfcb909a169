#!/usr/bin/env python3
"""The performance figures of the README in one run, against the ones checked in beside this
script (figures.json): fails when one is more than 25% worse, so that a feature shows its cost.

Run it with the release binary built as the README installs it, before resolving an issue that
touches parsing, saving, drawing or git. Times on this machine drift by 10-20% from minute to
minute: ratios are measured against a program run beside rubric in the same minutes (dialog,
git log), and a figure that fails once is worth a second run before it is believed.
Usage: Benchmarks/guard.py [--rubric PATH-TO-BINARY] [--quick] [--write]
  --quick   fewer runs (noisier), for a first look
  --write   record this run's figures as the new reference (after a change that is meant to
            cost more, say why in the commit)
"""
import argparse, importlib.util, json, os, select, shutil, signal, subprocess, sys, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from ptyrun import QUIET, read_quiet, read_until, spawn  # noqa: E402

TOLERANCE = 1.25


def script(name):
    """One of the benchmark scripts, whose names have dashes, as a module."""
    spec = importlib.util.spec_from_file_location(name.replace("-", "_"), os.path.join(HERE, f"{name}.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def search_keystroke(rubric, size, runs):
    """Seconds from a search keystroke to the end of the screen's answer, in a `size`-byte
    ladder, median over runs: `/`, then `e`, then `r` (the second one is timed, as the first
    matches everywhere and that costs the terminal more than the search)."""
    large = script("large-file")
    env = dict(os.environ, TERM="xterm-256color", LANG="C.UTF-8", LC_ALL="C.UTF-8")
    times = []
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "large.md")
        with open(path, "wb") as file:
            file.write(large.generated_rubric(size))
        for _ in range(runs):
            pid, fd = spawn([rubric, path], env)
            read_until(fd, b"q quit", timeout=60)
            read_quiet(fd)
            for key in [b"/", b"e"]:
                os.write(fd, key)
                read_quiet(fd)
            sent = time.perf_counter()
            os.write(fd, b"r")
            last = sent
            while True:
                ready, _, _ = select.select([fd], [], [], QUIET * 4)
                if not ready:
                    break
                os.read(fd, 65536)
                last = time.perf_counter()
            times.append(last - sent)
            os.kill(pid, signal.SIGTERM)
            os.waitpid(pid, 0)
            os.close(fd)
    times.sort()
    return times[len(times) // 2]


def stripped_size(rubric):
    with tempfile.TemporaryDirectory() as folder:
        copy = os.path.join(folder, "rubric")
        shutil.copy(rubric, copy)
        subprocess.run(["strip", copy], check=True)
        return os.path.getsize(copy) / 1_000_000


def measure(rubric, quick):
    """{figure: value}; every figure is better when lower."""
    figures = {}
    large = script("large-file").figures(rubric, runs=3 if quick else 5, sizes=(("10 MB", 10_000_000),))["10 MB"]
    figures["10 MB score (ms)"] = large["score"][0] * 1000
    figures["10 MB mark (ms)"] = large["mark and save"][0] * 1000
    figures["10 MB first frame (ms)"] = large["first frame"][0] * 1000
    figures["10 MB peak memory (MiB)"] = max(value[1] for value in large.values())
    terminal, paired = script("terminal-cost").figures(rubric, runs=10 if quick else 30)
    figures["first frame / dialog's, paired"] = paired
    figures["bytes for one move down"] = terminal["rubric"]["bytes: move"]
    history = script("history")
    for shape in history.SHAPES:
        figures[f"history ({shape}) / git log, paired"] = history.figures(rubric, runs=3 if quick else 7, shape=shape)[2]
    figures["search keystroke at 5 MB (ms)"] = search_keystroke(rubric, 5_000_000, 3 if quick else 5) * 1000
    figures["binary, stripped (MB)"] = stripped_size(rubric)
    return figures


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rubric", default=os.path.join(HERE, "..", ".build", "release", "rubric"))
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    reference_path = os.path.join(HERE, "figures.json")
    reference = json.load(open(reference_path)) if os.path.exists(reference_path) else {}
    figures = measure(args.rubric, args.quick)
    worse = []
    print(f"{'figure':40} {'reference':>10} {'now':>10} {'change':>8}")
    for name, value in figures.items():
        before = reference.get(name)
        change = f"{(value / before - 1) * 100:+.0f}%" if before else "new"
        flag = ""
        if before and value > before * TOLERANCE:
            worse.append(name)
            flag = "  worse"
        print(f"{name:40} {before if before is not None else '-':>10} {value:>10.2f} {change:>8}{flag}")
    if args.write:
        json.dump({name: round(value, 2) for name, value in figures.items()}, open(reference_path, "w"), indent=2)
        print(f"wrote {reference_path}")
    if worse and not args.write:
        print(f"more than {round((TOLERANCE - 1) * 100)}% worse than the reference: {', '.join(worse)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
