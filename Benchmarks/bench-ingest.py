#!/usr/bin/env python3
"""Ingest speed, bytes written and store size of one or more `mekong` binaries on the same articles.

Each run ingests ARTICLES (a directory) into a fresh store; the runs of the binaries and job counts are
interleaved (A B A B …) so that a machine shared with other work slows all of them alike. For each run:

- wall time, user and system CPU, and peak resident set (getrusage of the child, as /usr/bin/time -v);
- bytes written: the child's block output (ru_oublock, 512-byte units: what /proc/PID/io calls write_bytes,
  the bytes the process sent to the storage layer: the WAL, the checkpoints into the store, the -shm file);
- the store's size once the run ended (file plus WAL);
- the CPU time the rest of the machine used meanwhile (from /proc/stat, minus the child's): on a shared
  machine, what tells a run that had both cores from one that had one.

The raw pass (`--raw`) reads every file, NFC-normalizes it and splits it into words in this script's
process, timed in the same run: the floor an ingest is compared with. Prints the median and the range of
each figure per binary and job count.

  Benchmarks/bench-ingest.py ARTICLES --mekong .build/release/mekong --before /path/to/old/mekong \
      --jobs 1 2 --runs 3
"""
import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import unicodedata


def busy_seconds():
    """CPU time spent by the whole machine so far, not idle nor waiting for I/O (Linux /proc/stat)."""
    with open("/proc/stat") as handle:
        fields = [int(value) for value in handle.readline().split()[1:]]
    return (sum(fields) - fields[3] - fields[4]) / os.sysconf("SC_CLK_TCK")


def run_ingest(binary, articles, jobs, scratch):
    store = os.path.join(scratch, "store.sqlite")
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(store + suffix):
            os.remove(store + suffix)
    started = time.monotonic()
    busy = busy_seconds()
    process = subprocess.Popen(
        [binary, "ingest", "--store", store, "--jobs", str(jobs), "--json", articles],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    output = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.monotonic() - started
    others = busy_seconds() - busy - usage.ru_utime - usage.ru_stime
    if status != 0:
        sys.exit(f"{binary} ingest failed ({status}): {output[:500]!r}")
    size = sum(os.path.getsize(store + s) for s in ("", "-wal") if os.path.exists(store + s))
    return {"wall": wall, "user": usage.ru_utime, "sys": usage.ru_stime, "rss_mb": usage.ru_maxrss / 1024,
            "written": usage.ru_oublock * 512, "size": size, "others": max(others, 0)}


def raw_pass(articles):
    started = time.monotonic()
    words = 0
    for root, _, names in os.walk(articles):
        for name in names:
            if name.endswith(".txt"):
                with open(os.path.join(root, name), encoding="utf-8") as handle:
                    words += len(unicodedata.normalize("NFC", handle.read()).split())
    return time.monotonic() - started, words


def count_articles(articles):
    return sum(1 for _, _, names in os.walk(articles) for name in names if name.endswith(".txt"))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("articles")
    parser.add_argument("--mekong", required=True, help="the mekong binary to measure")
    parser.add_argument("--before", help="an older mekong binary, measured in the same runs")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--scratch", help="where the stores are written (default: a temporary folder)")
    options = parser.parse_args()

    count = count_articles(options.articles)
    binaries = [("before", options.before)] if options.before else []
    binaries.append(("after", options.mekong))
    results = {}
    raw = []
    scratch = options.scratch or tempfile.mkdtemp(prefix="mekong-bench-ingest-")
    for run in range(options.runs):
        raw.append(raw_pass(options.articles)[0])
        for jobs in options.jobs:
            for label, binary in binaries:
                result = run_ingest(binary, options.articles, jobs, scratch)
                results.setdefault((label, jobs), []).append(result)
                print(f"run {run + 1}: {label} --jobs {jobs}: {result['wall']:.1f} s wall, "
                      f"{result['user']:.1f} s user, {result['written'] / count / 1024:.0f} KB written/article, "
                      f"others {result['others']:.1f} s CPU",
                      file=sys.stderr)

    raw_median = statistics.median(raw)
    print(f"{count} articles; raw read + NFC + split into words: median {raw_median:.2f} s "
          f"({min(raw):.2f}–{max(raw):.2f}) over {len(raw)} runs\n")
    print("| binary | jobs | articles/s | wall s | user s | sys s | × raw pass | written KB/article "
          "| store KB/article | peak RSS MB | others' CPU s |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")

    def cell(values, form):
        middle = statistics.median(values)
        if len(values) == 1:
            return form.format(middle)
        return form.format(middle) + " (" + form.format(min(values)) + "–" + form.format(max(values)) + ")"

    for (label, jobs), runs in results.items():
        walls = [r["wall"] for r in runs]
        print("| " + " | ".join([
            label, str(jobs),
            cell([count / w for w in walls], "{:.0f}"),
            cell(walls, "{:.1f}"),
            cell([r["user"] for r in runs], "{:.1f}"),
            cell([r["sys"] for r in runs], "{:.1f}"),
            "{:.0f}".format(statistics.median(walls) / raw_median),
            cell([r["written"] / count / 1024 for r in runs], "{:.0f}"),
            cell([r["size"] / count / 1024 for r in runs], "{:.1f}"),
            cell([r["rss_mb"] for r in runs], "{:.0f}"),
            cell([r["others"] for r in runs], "{:.0f}"),
        ]) + " |")


if __name__ == "__main__":
    main()
