"""One table from the four latest bench runs (bench/results/scale{1,10}-{sqlite,postgresql}.md),
with the targets of issue 8 checked: `python bench/summary.py` prints Markdown for the README.

Targets: the same SQL query count at scale 1 and 10; p50 at scale 10 at most 1.5 × scale 1;
p50 at most 15 × the floor of the same run. A missed target is in bold."""

import re
import sys
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results"
RUNS = [("sqlite", "SQLite"), ("postgresql", "PostgreSQL")]
LOAD = re.compile(r"\*\*([\d.]+) requêtes/s\*\*.*\*\*p99 (\d+) ms\*\*, \*\*(\d+) erreur")


def read(name):
    """{page: (queries, p50, × floor)} and the load run's (rps, p99, errors), or None."""
    path = RESULTS / f"{name}.md"
    if not path.exists():
        return None
    rows, load = {}, None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("| ") and "`" in line:
            cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
            rows[cells[0]] = (cells[2], float(cells[3]), float(cells[5]))
        elif match := LOAD.search(line):
            load = match.groups()
    return rows, load


def bold(text, missed):
    return f"**{text}**" if missed else text


def cells(small, large, page):
    if small is None or large is None or page not in small[0] or page not in large[0]:
        return ["", "", "", ""]
    queries_1, p50_1, floor_1 = small[0][page]
    queries_10, p50_10, floor_10 = large[0][page]
    ratio = p50_10 / p50_1
    queries = queries_1 if queries_1 == queries_10 else bold(f"{queries_1} → {queries_10}", True)
    return [
        queries,
        bold(f"{p50_1:.1f} ({floor_1:.1f}×)", floor_1 > 15),
        bold(f"{p50_10:.1f} ({floor_10:.1f}×)", floor_10 > 15),
        bold(f"{ratio:.2f}", ratio > 1.5),
    ]


def table():
    runs = {key: (read(f"scale1-{key}"), read(f"scale10-{key}")) for key, _label in RUNS}
    pages = next((small[0] for small, _large in runs.values() if small), {})
    header = ["page"]
    for _key, label in RUNS:
        header += [f"{label} : requêtes", "p50 éch. 1 (ms, × plancher)", "p50 éch. 10", "10 ÷ 1"]
    lines = ["| " + " | ".join(header) + " |", "| --- |" + " ---: |" * (len(header) - 1)]
    for page in pages:
        row = [page]
        for key, _label in RUNS:
            row += cells(*runs[key], page)
        lines.append("| " + " | ".join(row) + " |")
    row = ["**charge** (8 clients, 30 s)"]
    for key, _label in RUNS:
        row.append("")
        for run in runs[key]:
            load = run[1] if run else None
            row.append(
                f"{load[0]} req/s, p99 {load[1]} ms, " + bold(f"{load[2]} erreur", load[2] != "0") if load else ""
            )
        row.append("")
    lines.append("| " + " | ".join(row) + " |")
    return "\n".join(lines) + "\n"


def main():
    sys.stdout.write(table())


if __name__ == "__main__":
    main()
