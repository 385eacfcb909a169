#!/usr/bin/env python3
"""`rubric team` on generated folders of 100, 1,000 and 10,000 assessments of the example,
beside `grep -rc '<mark>'` on the same folder (what reading the bytes costs), taking turns.

Reports the medians, their ratio and how the ratio grows, and rubric's peak resident memory.
Usage: Benchmarks/team.py [--runs N] [--rubric PATH-TO-BINARY] [--sizes 100,1000,10000]
"""
import argparse, os, random, re, resource, statistics, subprocess, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))
EXAMPLE = os.path.join(HERE, "..", "Tests", "RubricCoreTests", "Fixtures", "technical.md")


def people(folder, count):
    """`count` copies of the example, each with its marks moved at random, in folders of 100."""
    text = open(EXAMPLE, encoding="utf-8").read()
    plain = text.replace("<mark>", "").replace("</mark>", "")
    sections = re.split(r"(?m)^(?=## )", plain)
    rng = random.Random(1)
    for n in range(count):
        out = []
        for section in sections:
            if section.startswith("## ") and not section.startswith("## Score"):
                level = rng.randint(1, 5)
                lines = section.split("\n")
                for i, line in enumerate(lines):
                    if line.startswith(f"{level}. "):
                        lines[i] = f"{level}. <mark>{line[len(str(level)) + 2:]}</mark>"
                        break
                section = "\n".join(lines)
            out.append(section)
        team = os.path.join(folder, f"team{n // 100:03d}")
        os.makedirs(team, exist_ok=True)
        with open(os.path.join(team, f"person{n:05d}.md"), "w", encoding="utf-8") as f:
            f.write("".join(out))


def timed(argv):
    start = time.perf_counter()
    subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start


def peak_memory(argv):
    """The child's peak resident size in MiB, measured alone (ru_maxrss of a fresh child)."""
    code = "import resource, subprocess, sys; subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL); " \
           "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    out = subprocess.run(["python3", "-c", code] + argv, capture_output=True, text=True).stdout
    return int(out.strip()) / 1024


def figures(rubric, runs=5, sizes=(100, 1000, 10000)):
    results = {}
    for size in sizes:
        with tempfile.TemporaryDirectory() as folder:
            people(folder, size)
            team = [rubric, "team", folder, "--format", "json"]
            grep = ["grep", "-rc", "<mark>", folder]
            pairs = [(timed(team), timed(grep)) for _ in range(runs)]
            ratio = statistics.median(a / b for a, b in pairs)
            results[size] = (statistics.median(a for a, _ in pairs), statistics.median(b for _, b in pairs), ratio, peak_memory(team))
    return results


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--rubric", default=os.path.join(HERE, "..", ".build", "release", "rubric"))
    parser.add_argument("--sizes", default="100,1000,10000")
    args = parser.parse_args()
    results = figures(args.rubric, args.runs, tuple(int(s) for s in args.sizes.split(",")))
    print(f"median of {args.runs} runs, taking turns")
    print(f"{'files':>7} {'rubric team':>12} {'grep -rc':>10} {'ratio':>7} {'peak MiB':>9}")
    for size, (team, grep, ratio, memory) in results.items():
        print(f"{size:>7} {team * 1000:>9.0f} ms {grep * 1000:>7.0f} ms {ratio:>7.2f} {memory:>9.1f}")


if __name__ == "__main__":
    main()
