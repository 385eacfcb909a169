#!/usr/bin/env python3
"""rubric on large generated rubrics: time and peak memory, and how they grow with size.

For rubrics of about 1 MB and 10 MB (areas of five levels, as the benchmark suite generates),
reports medians over RUNS runs of:
  - `rubric score FILE`,
  - `rubric mark FILE 1 4` (parse, splice and safe save; the next run marks it back),
  - the editor's first complete frame in an 80x24 pseudo-terminal,
each with its peak resident memory, then the 10 MB / 1 MB time ratios (linear is about 10).
Usage: Benchmarks/large-file.py [--runs N] [--rubric PATH-TO-BINARY]
"""
import argparse, os, signal, statistics, subprocess, tempfile, time

from ptyrun import read_until, spawn


def generated_rubric(target):
    """The same shape as generatedRubric(bytes:) in Benchmarks/RubricBenchmarks."""
    parts, size, area = ["# Generated\n\n"], 13, 0
    while size < target:
        chunk = f"## Area {area}\n\nWhat area {area} covers, in a sentence or two of description.\n\n"
        for level in range(1, 6):
            body = f"Level {level} of area {area}: words enough to wrap across a line or two on an ordinary screen."
            chunk += f"{level}. <mark>{body}</mark>\n\n" if level == 2 else f"{level}. {body}\n\n"
        parts.append(chunk)
        size += len(chunk.encode())
        area += 1
    parts.append(f"## Score\n\n{area * 2}/{area * 5}\n")
    return "".join(parts).encode()


def run_command(argv):
    """Seconds and peak resident MiB of one run to completion."""
    start = time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    if status != 0:
        raise RuntimeError(f"{argv} failed: {process.stderr.read().decode()}")
    return elapsed, usage.ru_maxrss / 1024


def first_frame(binary, path, env):
    """Seconds to the editor's first complete frame, and its peak resident MiB by then."""
    start = time.perf_counter()
    pid, fd = spawn([binary, path], env)
    read_until(fd, b"q quit", timeout=60)
    elapsed = time.perf_counter() - start
    os.kill(pid, signal.SIGTERM)
    _, _, usage = os.wait4(pid, 0)
    os.close(fd)
    return elapsed, usage.ru_maxrss / 1024


def figures(rubric, runs=5, sizes=(("1 MB", 1_000_000), ("10 MB", 10_000_000))):
    """{size: {what: (median seconds, highest peak MiB)}}."""
    env = dict(os.environ, TERM="xterm-256color", LANG="C.UTF-8", LC_ALL="C.UTF-8")
    results = {}
    with tempfile.TemporaryDirectory() as folder:
        for label, size in sizes:
            path = os.path.join(folder, f"{size}.md")
            with open(path, "wb") as file:
                file.write(generated_rubric(size))
            measured = {"score": [], "mark and save": [], "first frame": []}
            for run in range(runs):
                measured["score"].append(run_command([rubric, "score", path]))
                measured["mark and save"].append(run_command([rubric, "mark", path, "1", "4" if run % 2 == 0 else "2"]))
                measured["first frame"].append(first_frame(rubric, path, env))
            results[label] = {name: (statistics.median(r[0] for r in values), max(r[1] for r in values))
                              for name, values in measured.items()}
    return results


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--rubric", default=os.path.join(here, "..", ".build", "release", "rubric"))
    args = parser.parse_args()
    results = figures(args.rubric, args.runs)
    print(f"median of {args.runs} runs; memory is the highest peak resident size seen")
    print(f"{'':16} {'1 MB':>16} {'10 MB':>16} {'10 MB / 1 MB':>14}")
    for name in results["1 MB"]:
        small, large = results["1 MB"][name], results["10 MB"][name]
        cell = lambda r: f"{r[0] * 1000:.0f} ms {r[1]:.0f} MiB"
        print(f"{name:16} {cell(small):>16} {cell(large):>16} {large[0] / small[0]:>13.1f}x")


if __name__ == "__main__":
    main()
