#!/usr/bin/env python3
"""`rubric history` on a long history, beside `git log --follow -p` on the same repository.

Builds a repository of COMMITS commits (2,000 by default) with git fast-import, each moving
one mark of the example rubric, then times, RUNS times each and in turn:
  - rubric history rubric.md --format json   (one git log and one git cat-file --batch),
  - git log --follow -p -- rubric.md         (what a person reads today),
and reports the medians and their ratio. The goal: rubric within 1.5x of git log.
Usage: Benchmarks/history.py [--commits N] [--runs N] [--rubric PATH-TO-BINARY]
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


def build(folder, commits):
    with open(os.path.join(HERE, "..", "Tests", "RubricCoreTests", "Fixtures", "technical.md")) as f:
        text = f.read()
    stream, when = [], 1_700_000_000
    for n in range(commits):
        text = marked(text, n % 7, 1 + (n * 3 + n // 7) % 5)
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


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--commits", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--rubric", default=os.path.join(HERE, "..", ".build", "release", "rubric"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        build(folder, args.commits)
        entries = subprocess.run([args.rubric, "history", "rubric.md", "--format", "csv"], cwd=folder, capture_output=True, check=True)
        rubric_times, git_times = [], []
        for _ in range(args.runs):
            rubric_times.append(timed([args.rubric, "history", "rubric.md", "--format", "json"], folder))
            git_times.append(timed(["git", "log", "--follow", "-p", "--", "rubric.md"], folder))
        r, g = statistics.median(rubric_times), statistics.median(git_times)
        rows = entries.stdout.count(b"\n") - 1
        print(f"{args.commits} commits, each moving one mark; {rows // 7} entries; median of {args.runs} runs")
        print(f"rubric history --format json   {r * 1000:8.0f} ms")
        print(f"git log --follow -p            {g * 1000:8.0f} ms")
        print(f"ratio                          {r / g:8.2f}")


if __name__ == "__main__":
    main()
