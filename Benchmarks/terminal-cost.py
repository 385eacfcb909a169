#!/usr/bin/env python3
"""End-to-end cost of rubric in a real pseudo-terminal, beside `dialog --radiolist`.

Runs both programs in an 80x24 pty, RUNS times each and in turn, and reports medians of:
  - the time from start to the first complete frame (the last row of the screen drawn), also
    its fastest run and the median of each rubric run's ratio to the dialog run beside it,
  - the bytes written to the terminal for the first frame, one move down, one toggle and
    one tab change, then (rubric only: dialog has none of these, its rows are empty) opening
    the overview, a move there, going back, opening search, two search keystrokes, cancelling,
    and a mouse click on a level (an SGR report, as xterm sends).
Usage: Benchmarks/terminal-cost.py [--runs N] [--rubric PATH-TO-BINARY] [--file RUBRIC.md]
"""
import argparse, os, shutil, signal, statistics, sys, time

from ptyrun import read_quiet, read_until, spawn

HERE = os.path.dirname(os.path.abspath(__file__))
EXAMPLE = os.path.join(HERE, "..", "Tests", "RubricCoreTests", "Fixtures", "technical.md")


def measure(argv, marker, keys, env):
    start = time.perf_counter()
    pid, fd = spawn(argv, env)
    first, _ = read_until(fd, marker)
    elapsed = time.perf_counter() - start
    first += read_quiet(fd)
    costs = {"first frame": len(first)}
    for name, key in keys:
        if key is None:
            costs[name] = None
            continue
        os.write(fd, key)
        costs[name] = len(read_quiet(fd))
        # A key the program doesn't know can end it (dialog takes a lone ESC as Cancel): then
        # the bytes counted were its goodbye, not the update.
        if os.waitpid(pid, os.WNOHANG) != (0, 0):
            raise RuntimeError(f"{argv[0]} exited after the {name!r} key")
    os.kill(pid, signal.SIGTERM)
    os.waitpid(pid, 0)
    os.close(fd)
    # rubric keeps unsaved marks beside the file on SIGTERM; the next run must not find them.
    for argument in argv[1:]:
        for suffix in [".save"] + [f".save.{n}" for n in range(1, 100)]:
            if os.path.exists(argument + suffix):
                os.unlink(argument + suffix)
    return elapsed, costs


def figures(rubric, runs=30, file=EXAMPLE):
    """Medians per program ({"rubric": {row: value}, "dialog": ...}) and the paired ratio of
    the first frames."""
    if shutil.which("dialog") is None:
        sys.exit("terminal-cost: dialog is not installed; it is the program rubric is measured beside (apt-get install dialog)")
    env = dict(os.environ, TERM="xterm-256color", LANG="C.UTF-8", LC_ALL="C.UTF-8")
    env.pop("NO_COLOR", None)
    scratch = f"/tmp/rubric-terminal-cost-{os.getpid()}.md"
    with open(file, "rb") as src, open(scratch, "wb") as dst:
        dst.write(src.read())
    levels = ["Understands the logical, component and physical architecture",
              "Articulates the logical, component and physical architecture",
              "Contributes and challenges the architecture",
              "Actively contributes towards creating the architecture",
              "Actively researches architectural practices"]
    # As in rubric: level 2 marked and selected, so a move down and a toggle moves the mark.
    radiolist = ["dialog", "--default-item", "2", "--radiolist", "Architecture", "20", "78", "5"]
    for number, text in enumerate(levels, 1):
        radiolist += [str(number), text, "on" if number == 2 else "off"]
    # The screens dialog has no counterpart for. The click lands on the fourth level's text
    # (column 10, row 12 counted from 1), in the area the tab above went to.
    rubric_only = [("overview: open", b"o"), ("overview: move", b"j"), ("overview: back", b"\x1b"),
                   ("search: open", b"/"), ("search: keystroke", b"e"), ("search: 2nd keystroke", b"r"),
                   ("search: cancel", b"\x1b"), ("click a level", b"\x1b[<0;10;12M\x1b[<0;10;12m")]
    programs = {
        "rubric": ([rubric, scratch], b"/ search", [("move", b"j"), ("toggle", b" "), ("tab", b"\t")] + rubric_only),
        # dialog turns on the keypad's application mode, where the terminal sends ESC O B for ↓.
        "dialog": (radiolist, b"Cancel", [("move", b"\x1bOB"), ("toggle", b" "), ("tab", None)] + [(n, None) for n, _ in rubric_only]),
    }
    # Interleaved, so that a noisy moment on the machine falls on both programs alike.
    measured = {name: [] for name in programs}
    for _ in range(runs):
        for name, (argv, marker, keys) in programs.items():
            measured[name].append(measure(argv, marker, keys, env))
    results = {}
    for name in programs:
        results[name] = {"start to first frame (ms)": statistics.median(r[0] for r in measured[name]) * 1000,
                         "fastest first frame (ms)": min(r[0] for r in measured[name]) * 1000}
        for key in measured[name][0][1]:
            values = [r[1][key] for r in measured[name]]
            results[name][f"bytes: {key}"] = None if values[0] is None else statistics.median(values)
    os.unlink(scratch)
    # Each rubric run against the dialog run beside it: steadier than a ratio of medians
    # when the machine's speed drifts during the measurement.
    paired = statistics.median(a[0] / b[0] for a, b in zip(measured["rubric"], measured["dialog"]))
    return results, paired


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--rubric", default=os.path.join(HERE, "..", ".build", "release", "rubric"))
    parser.add_argument("--file", default=EXAMPLE)
    args = parser.parse_args()
    results, paired = figures(args.rubric, args.runs, args.file)
    print(f"median of {args.runs} runs, 80x24, TERM=xterm-256color")
    print(f"{'':28} {'rubric':>10} {'dialog':>10} {'ratio':>8}")
    for row in results["rubric"]:
        a, b = results["rubric"][row], results["dialog"][row]
        ratio = f"{a / b:.2f}" if a is not None and b else "-"
        fmt = lambda v: "-" if v is None else (f"{v:.1f}" if isinstance(v, float) else str(v))
        print(f"{row:28} {fmt(a):>10} {fmt(b):>10} {ratio:>8}")
    print(f"first frame, rubric / dialog run beside it: median {paired:.2f}")
    frame = results["rubric"]["bytes: first frame"]
    for key in ["move", "overview: move", "search: 2nd keystroke", "click a level"]:
        print(f"rubric's {key} costs {results['rubric'][f'bytes: {key}'] / frame * 100:.1f}% of its full frame")


if __name__ == "__main__":
    main()
