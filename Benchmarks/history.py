#!/usr/bin/env python3
"""`rubric history` on a long history, beside `git log --follow -p` on the same repository.

Builds a repository of COMMITS commits (2,000 by default) with git fast-import, in each of
three shapes: every commit moves one mark of the example rubric ("marks"); every commit also
rewords a level of another area ("rewords"), as people fix a typo or add a word while they
mark; and one commit in three does ("mix"). Then, for each shape, times RUNS times each and in
turn:
  - rubric history rubric.md --format json   (one git log and one git cat-file --batch),
  - git log --follow -p -- rubric.md         (what a person reads today),
and reports the medians and their ratio. The goal: rubric within 1.3x of git log.
Usage: Benchmarks/history.py [--commits N] [--runs N] [--rubric PATH-TO-BINARY] [--shape NAME]
"""
import argparse, os, re, statistics, subprocess, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))


def marked(text, area, level):
    """The rubric with `area`'s mark (0-based, in file order) moved to `level` (1-based)."""
    sections = re.split(r"(?m)^(?=## )", text)
    areas = [i for i, s in enumerate(sections) if s.startswith("## ") and not s.startswith("## Score")]
    section = sections[areas[area]]
    section = section.replace("<mark>", "").replace("</mark>", "")
    lines = section.split("\n")
    for i, line in enumerate(lines):
        if line.startswith(f"{level}. "):
            lines[i] = f"{level}. <mark>{line[len(str(level)) + 2:]}</mark>"
            break
    sections[areas[area]] = "\n".join(lines)
    return "".join(sections)


def reworded(text, area, level, n):
    """The rubric with a level of `area` (0-based) saying which revision last touched it."""
    sections = re.split(r"(?m)^(?=## )", text)
    areas = [i for i, s in enumerate(sections) if s.startswith("## ") and not s.startswith("## Score")]
    lines = sections[areas[area]].split("\n")
    for i, line in enumerate(lines):
        if line.startswith(f"{level}. "):
            lines[i] = re.sub(r" \(revised \d+\)$", "", line) + f" (revised {n})"
            break
    sections[areas[area]] = "\n".join(lines)
    return "".join(sections)


SHAPES = {"marks": lambda n: False, "rewords": lambda n: True, "mix": lambda n: n % 3 == 0}


def build(folder, commits, shape="marks"):
    with open(os.path.join(HERE, "..", "Tests", "RubricCoreTests", "Fixtures", "technical.md")) as f:
        text = f.read()
    stream, when = [], 1_700_000_000
    for n in range(commits):
        text = marked(text, n % 7, 1 + (n * 3 + n // 7) % 5)
        if SHAPES[shape](n):
            text = reworded(text, (n + 3) % 7, 1 + n % 5, n)
        data = text.encode()
        message = f"Mark {n}".encode()
        stream.append(b"commit refs/heads/main\n")
        stream.append(f"committer Ana <ana@example.com> {when + n * 86400} +0000\n".encode())
        stream.append(b"data %d\n%s\n" % (len(message), message))
        stream.append(b"M 100644 inline rubric.md\ndata %d\n%s\n" % (len(data), data))
    subprocess.run(["git", "init", "-q", "-b", "main", folder], check=True)
    subprocess.run(["git", "fast-import", "--quiet"], input=b"".join(stream), cwd=folder, check=True)
    subprocess.run(["git", "checkout", "-q", "main"], cwd=folder, check=True)


def timed(argv, folder):
    start = time.perf_counter()
    subprocess.run(argv, cwd=folder, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start


def figures(rubric, commits=2000, runs=7, shape="marks"):
    """Medians of rubric's and git's times in seconds, and the number of entries."""
    with tempfile.TemporaryDirectory() as folder:
        build(folder, commits, shape)
        entries = subprocess.run([rubric, "history", "rubric.md", "--format", "csv"], cwd=folder, capture_output=True, check=True)
        rubric_times, git_times = [], []
        for _ in range(runs):
            rubric_times.append(timed([rubric, "history", "rubric.md", "--format", "json"], folder))
            git_times.append(timed(["git", "log", "--follow", "-p", "--", "rubric.md"], folder))
        # Each rubric run against the git run beside it, steadier than a ratio of medians.
        paired = statistics.median(r / g for r, g in zip(rubric_times, git_times))
        return statistics.median(rubric_times), statistics.median(git_times), paired, (entries.stdout.count(b"\n") - 1) // 7


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--commits", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--rubric", default=os.path.join(HERE, "..", ".build", "release", "rubric"))
    parser.add_argument("--shape", choices=list(SHAPES) + ["all"], default="all")
    args = parser.parse_args()
    print(f"{args.commits} commits; median of {args.runs} runs")
    print(f"{'shape':8} {'entries':>8} {'rubric':>8} {'git log':>8} {'paired ratio':>13}")
    for shape in SHAPES if args.shape == "all" else [args.shape]:
        r, g, paired, entries = figures(args.rubric, args.commits, args.runs, shape)
        print(f"{shape:8} {entries:8} {r * 1000:6.0f}ms {g * 1000:6.0f}ms {paired:13.2f}")


if __name__ == "__main__":
    main()
