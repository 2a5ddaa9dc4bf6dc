#!/usr/bin/env python3
"""Times every query command on a synthetic store, before (whole graph loaded) and after (indexes).

Usage: Benchmarks/bench-queries.py STORE ARTICLES [--runs N] [--bench PATH] [--mekong PATH] [--before PATH]
       Benchmarks/bench-queries.py STORE ARTICLES --patterns-only [--runs N] [--bench PATH]
       Benchmarks/bench-queries.py STORE ARTICLES --targets-only [--runs N] [--bench PATH]

STORE is a store made by `mekong-bench generate --articles ARTICLES` (the names queried are computed from
ARTICLES). Each query runs in its own process, RUNS times; the table gives the median wall time the process
measured itself (opening the store included, process start excluded) and the peak resident memory that
/usr/bin/time -v reports for the whole process. `--mekong` (and `--before`, an older mekong binary) also
time the CLI commands end to end, printing to /dev/null. `make bench-queries` runs it; docs/benchmarks.md
explains the figures. `--patterns-only` times only the pattern queries (`mekong query`), the way
`make bench-patterns` does on a store written by `mekong-bench generate-graph`. `--targets-only` times the
queries of issue 10's latency targets (`entities --search`, `show`, `neighbors --depth 1`, then the patterns):
the time each process measured itself, and the wall and CPU time of the whole process.
"""
import argparse, os, re, statistics, subprocess, sys, tempfile, time, unicodedata

def fold(text):
    text = unicodedata.normalize("NFD", text.lower()).replace("đ", "d")
    return "".join(c for c in text if unicodedata.category(c) != "Mn")

def measure(command, runs, keep_output=True, cpu=None, wall=None):
    """Median ms (the process's own `ms=` line if it prints one, else wall time), max peak RSS in MB, last output.

    `cpu`, a list, receives the median CPU time (user + system, ms) of the whole process: on a busy machine the
    wall time is mostly waiting for a core. `wall`, a list, receives the median wall time of the whole process
    (start-up included)."""
    times, peaks, output, cpus, walls = [], [], "", [], []
    for _ in range(runs):
        with tempfile.NamedTemporaryFile("r") as report:
            started = time.monotonic()
            done = subprocess.run(["/usr/bin/time", "-v", "-o", report.name] + command, text=True,
                                  stdout=subprocess.PIPE if keep_output else subprocess.DEVNULL, stderr=subprocess.PIPE)
            elapsed = (time.monotonic() - started) * 1000
            walls.append(elapsed)
            if done.returncode not in (0, 1):
                sys.exit(f"failed ({done.returncode}): {' '.join(command)}\n{done.stderr}")
            text = report.read()
            rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", text)
            user = re.search(r"User time \(seconds\): ([\d.]+)", text)
            system = re.search(r"System time \(seconds\): ([\d.]+)", text)
            if user and system:
                cpus.append((float(user.group(1)) + float(system.group(1))) * 1000)
            peaks.append(int(rss.group(1)) / 1024 if rss else float("nan"))
            own = re.search(r"ms=([\d.]+) results=(-?\d+)", done.stdout or "")
            times.append(float(own.group(1)) if own else elapsed)
            output = own.group(2) if own else ""
    if cpu is not None and cpus:
        cpu.append(statistics.median(cpus))
    if wall is not None:
        wall.append(statistics.median(walls))
    return statistics.median(times), max(peaks), output

def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("store")
    parser.add_argument("articles", type=int)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--bench", default=".build-release/release/mekong-bench")
    parser.add_argument("--mekong", help="a mekong binary of this version, to time the CLI end to end")
    parser.add_argument("--before", help="a mekong binary of an earlier version, to time the CLI before")
    parser.add_argument("--indexed-only", action="store_true",
                        help="skip the loaded-graph engine (minutes and gigabytes per query on a large store)")
    parser.add_argument("--patterns-only", action="store_true", help="time only the pattern queries")
    parser.add_argument("--targets-only", action="store_true",
                        help="time only search, show and neighbors (own and whole-process time), then the patterns")
    options = parser.parse_args()
    if options.patterns_only:
        return patterns(options)
    if options.targets_only:
        targets(options)
        print()
        return patterns(options)

    n = options.articles

    def unique(indexes):
        return unique_official(options, indexes)

    # An official of a provincial party committee (a hub), another of the same committee (63 articles later),
    # and one holding a post in a department of another province.
    official = unique(3 * (n // 2 + 5 * step) for step in range(20))
    colleague = unique(3 * (n // 2 + 63 * step) for step in range(1, 20) if n // 2 + 63 * step < n)
    other = unique(3 * (n // 3 + 5 * step) + 1 for step in range(20))
    hub = "Tỉnh ủy An Giang"
    queries = [
        ("search", [fold(official)], "entities --search (one official)"),
        ("search", ["tinh uy an"], "entities --search (a few bodies)"),
        ("show", [official], "show (an official)"),
        ("neighbors", [official], "neighbors --depth 1 (an official)"),
        ("path", [official, colleague], "path (two officials of one committee)"),
        ("path", [official, other], "path (two officials far apart)"),
        ("focus", [official, "--depth", "2"], "render/export --focus --depth 2 (subgraph read)"),
        ("show", [hub], f"show (a hub: {hub})"),
        ("export", [], "export --format json (whole store)"),
    ]
    print(f"store {options.store} ({n} articles), {options.runs} runs each; median ms, peak RSS MB\n")
    print(f"| query | loaded graph (before) | indexes (after) | answer size |")
    print(f"|---|---|---|---|")
    for kind, arguments, label in queries:
        row = []
        extra = []
        if "--depth" in arguments:
            extra = arguments[arguments.index("--depth"):]
            arguments = arguments[:arguments.index("--depth")]
        for engine in ("loaded", "indexed"):
            if engine == "loaded" and options.indexed_only:
                row.append((float("nan"), float("nan"), "-"))
                continue
            command = [options.bench, "query", "--store", options.store, "--engine", engine] + extra + [kind] + arguments
            ms, rss, size = measure(command, options.runs)
            row.append((ms, rss, size))
        sizes = {r[2] for r in row if r[2] != "-"}
        agree = "" if len(sizes) == 1 else " (DIFFERENT ANSWERS)"
        cells = ["not run" if size == "-" else f"{ms:.1f} ms, {rss:.0f} MB" for ms, rss, size in row]
        print(f"| {label} | {cells[0]} | {cells[1]} | {row[1][2]}{agree} |")

    # The earlier mekong cannot read a store with this version's schema steps: it gets a copy without them.
    previous = options.store + ".previous-schema"
    if options.before and not os.path.exists(previous):
        subprocess.run([options.bench, "downgrade", "--store", options.store, "--to", previous], check=True)
    binaries = [(label, path, store) for label, path, store in
                (("before", options.before, previous), ("after", options.mekong, options.store)) if path]
    if binaries:
        print(f"\nCLI end to end (wall time of the process, output to /dev/null), median of {options.runs}:\n")
        print("| command | " + " | ".join(label for label, _, _ in binaries) + " |")
        print("|---|" + "---|" * len(binaries))
        commands = [
            ["entities", "--search", fold(official)], ["show", official], ["neighbors", official, "--depth", "1"],
            ["path", official, other], ["export", "--format", "json"],
            # The whole-graph summary (issue 11: any render under 10 s) and one entity's neighbourhood, drawn as SVG.
            ["render", "--format", "svg", "-o", "/dev/null"],
            ["render", "--focus", official, "--depth", "2", "--format", "svg", "-o", "/dev/null"],
        ]
        for arguments in commands:
            cells = []
            for _, binary, store in binaries:
                ms, rss, _ = measure([binary] + arguments + ["--store", store], options.runs, keep_output=False)
                cells.append(f"{ms:.0f} ms, {rss:.0f} MB")
            print(f"| `mekong {' '.join(a if ' ' not in a else repr(a) for a in arguments)}` | " + " | ".join(cells) + " |")

def unique_official(options, indexes):
    """The first of these officials whose name no other entity shares once folded (Đoàn and Doãn fold alike)."""
    for index in indexes:
        candidate = subprocess.run([options.bench, "name", str(index)], capture_output=True, text=True,
                                   check=True).stdout.strip()
        done = subprocess.run([options.bench, "query", "--store", options.store, "--engine", "indexed", "search",
                               fold(candidate)], capture_output=True, text=True)
        if "results=1" in done.stdout:
            return candidate
    sys.exit(f"no official with a unique name among {list(indexes)}")


def targets(options):
    """Issue 10's latency targets: search, show and neighbors --depth 1 of an official, through the indexes."""
    n = options.articles
    officials = [unique_official(options, [3 * (n // 2 + 5 * step) + offset for step in range(20)])
                 for offset in (0, 1, 2)]
    queries = [("search", [fold(o)], f"entities --search '{fold(o)}'") for o in officials]
    queries += [("show", [o], f"show '{o}'") for o in officials]
    queries += [("neighbors", [o], f"neighbors '{o}' --depth 1") for o in officials]
    queries += [("search", ["tinh uy an"], "entities --search 'tinh uy an' (a common phrase: a few bodies)"),
                ("show", ["Tỉnh ủy An Giang"], "show 'Tỉnh ủy An Giang' (a hub)")]
    print(f"store {options.store} ({n} articles), {options.runs} runs each, medians\n")
    print("| query | in process (store opened) | whole process (wall) | CPU of the process | peak RSS | results |")
    print("|---|---|---|---|---|---|")
    for kind, arguments, label in queries:
        command = [options.bench, "query", "--store", options.store, "--engine", "indexed", kind] + arguments
        cpu, wall = [], []
        ms, rss, size = measure(command, options.runs, cpu=cpu, wall=wall)
        print(f"| `{label}` | {ms:.1f} ms | {wall[0]:.0f} ms | {cpu[0]:.0f} ms | {rss:.0f} MB | {size} |")


def patterns(options):
    """Pattern queries (`mekong query`) on the synthetic store: the issue's two-hop query and its relatives."""
    n = options.articles
    official = subprocess.run([options.bench, "name", str(3 * (n // 2))], capture_output=True, text=True,
                              check=True).stdout.strip()
    two_hops = ("MATCH (p:person)-[r:holds_position]->(o)-[:located_in]->(:place {name: 'Yên Bái'}) "
                "RETURN p.name, r.title, o.name")
    queries = [
        ("MATCH (p:person)-[r:holds_position {title: 'Bí thư'}]->(o)-[:located_in]->(:place {name: 'Yên Bái'}) "
         "RETURN p.name, r.title, o.name", "two hops, the issue's query (a title, a province)"),
        (two_hops, "two hops, every post in bodies located in one province"),
        (two_hops.replace("(:place {name: 'Yên Bái'})", "(pl:place) WHERE fold(pl.name) = 'yen bai'"),
         "the same, the province matched by fold()"),
        (f"MATCH (p:person {{name: '{official}'}})-[:holds_position]->(o)<-[r:holds_position]-(q) "
         "RETURN q.name, r.title ORDER BY q.name LIMIT 20", "two hops from one official to the colleagues of one body"),
        (f"MATCH (p:person {{name: '{official}'}})-[*1..2]-(x) RETURN count(DISTINCT x)",
         "a chain *1..2 either way from one official (count)"),
        ("MATCH (p:person)-[:holds_position]->(o {name: 'Tỉnh ủy An Giang'}) RETURN o.name, count(*)",
         "count the posts in a hub body"),
    ]
    print(f"store {options.store} ({n} articles), {options.runs} runs each; median ms, peak RSS MB\n")
    print("| pattern query | time (process's own, store opened), peak RSS | CPU of the process | rows |")
    print("|---|---|---|---|")
    for query, label in queries:
        command = [options.bench, "query", "--store", options.store, "--engine", "indexed", "pattern", query]
        cpu = []
        ms, rss, size = measure(command, options.runs, cpu=cpu)
        print(f"| {label}: `{query}` | {ms:.1f} ms, {rss:.0f} MB | {cpu[0]:.0f} ms | {size} |")

if __name__ == "__main__":
    main()
