#!/usr/bin/env python3
"""How ingest into a PostgreSQL store scales with workers (issue 12, docs/postgres.md).

Starts a throw-away cluster (Tests/postgres/cluster.sh), then for each worker count runs, on a fresh database:
`mekong enqueue` of the corpus, and that many `mekong ingest --queue --jobs 1` processes at once, timed from
their start to the last one's exit. It reports per run the articles per second, the speed-up over one worker,
the workers' CPU and the server's CPU per article (the postmaster's own and its reaped backends' CPU from
/proc), and from the queue the mean time one article took to extract (`extract_ms`, per worker) and to store
(`store_ms`, in the one storing session). Storing is serialized, so one database feeds about
extract_ms / store_ms workers before storing becomes the bottleneck; the machine's cores bound it first here.

Usage: bench-postgres.py --mekong .build/release/mekong [--articles examples/corpus/dev/articles]
                         [--copies 2] [--workers 1,2,4] [--runs 3]
"""
import argparse
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
CLUSTER = os.path.join(HERE, "..", "Tests", "postgres", "cluster.sh")
TICKS = os.sysconf("SC_CLK_TCK")


def free_port():
    for port in range(54429, 54529):
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
                return port
            except OSError:
                continue
    sys.exit("no free port")


def psql(url, sql):
    return subprocess.run(["psql", url, "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-c", sql],
                          check=True, capture_output=True, text=True).stdout.strip()


def server_cpu(cluster_dir):
    """CPU seconds of the postmaster, its live children and the children it has reaped."""
    with open(os.path.join(cluster_dir, "data", "postmaster.pid")) as f:
        pid = int(f.readline())
    total = 0.0
    pids = [pid]
    try:
        pids += [int(p) for p in open(f"/proc/{pid}/task/{pid}/children").read().split()]
    except OSError:
        pass
    for p in pids:
        try:
            fields = open(f"/proc/{p}/stat").read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        utime, stime, cutime, cstime = (int(x) for x in fields[11:15])
        total += (utime + stime + (cutime + cstime if p == pid else 0)) / TICKS
    return total


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mekong", required=True)
    parser.add_argument("--articles", default=os.path.join(HERE, "..", "examples", "corpus", "dev", "articles"))
    parser.add_argument("--copies", type=int, default=2, help="copies of the corpus, each under its own folder")
    parser.add_argument("--workers", default="1,2,4")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    mekong = os.path.abspath(args.mekong)

    scratch = tempfile.mkdtemp(prefix="mekong-bench-pg-")
    os.chmod(scratch, 0o755)  # the server runs as mekong-pg when we are root, and must reach its folder
    cluster_dir = os.path.join(scratch, "cluster")
    corpus = os.path.join(scratch, "corpus")
    for copy in range(args.copies):
        shutil.copytree(args.articles, os.path.join(corpus, f"copy-{copy}"))
    count = sum(len([n for n in files if n.endswith(".txt")]) for _, _, files in os.walk(corpus))
    admin = subprocess.run([CLUSTER, "start", cluster_dir, str(free_port())], check=True,
                           capture_output=True, text=True).stdout.strip()
    base = admin.rsplit("/", 1)[0]
    environment = dict(os.environ, XDG_CONFIG_HOME="/nonexistent")
    rows = []
    try:
        for workers in [int(w) for w in args.workers.split(",")]:
            for run in range(args.runs):
                name = f"bench_{workers}_{run}"
                psql(admin, f"CREATE DATABASE {name}")
                url = f"{base}/{name}"
                subprocess.run([mekong, "enqueue", "--store", url, corpus], check=True, capture_output=True,
                               env=environment)
                cpu_before = server_cpu(cluster_dir)
                started = time.monotonic()
                processes = [subprocess.Popen([mekong, "ingest", "--store", url, "--queue", "--jobs", "1"],
                                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=environment)
                             for _ in range(workers)]
                worker_cpu = 0.0
                for process in processes:
                    _, status, usage = os.wait4(process.pid, 0)
                    if status != 0:
                        sys.exit(f"a worker failed: {process.stderr.read().decode()}")
                    worker_cpu += usage.ru_utime + usage.ru_stime
                wall = time.monotonic() - started
                time.sleep(0.2)  # the backends exit after their clients: let the postmaster reap them
                server = server_cpu(cluster_dir) - cpu_before
                stored = int(psql(url, "SELECT count(*) FROM ingest_queue WHERE state = 'done'"))
                extract_ms, store_ms = (float(x) for x in psql(
                    url, "SELECT avg(extract_ms), avg(store_ms) FROM ingest_queue WHERE state = 'done'").split("|"))
                rows.append((workers, run, wall, stored, worker_cpu, server, extract_ms, store_ms))
                print(f"workers {workers} run {run}: {stored}/{count} articles in {wall:.2f} s = {stored / wall:.1f}/s; "
                      f"workers' CPU {1000 * worker_cpu / stored:.1f} ms/article, server CPU "
                      f"{1000 * server / stored:.1f} ms/article; extract {extract_ms:.1f} ms, store {store_ms:.1f} ms "
                      f"per article", flush=True)
                psql(admin, f"DROP DATABASE {name} WITH (FORCE)")
    finally:
        subprocess.run([CLUSTER, "stop", cluster_dir], check=False)
        shutil.rmtree(scratch, ignore_errors=True)

    print()
    print("| workers | articles/s (median of runs) | speed-up | workers' CPU ms/article | server CPU ms/article "
          "| extract ms/article | store ms/article |")
    print("|---|---|---|---|---|---|---|")
    one = None
    for workers in sorted({r[0] for r in rows}):
        mine = [r for r in rows if r[0] == workers]
        rate = statistics.median(r[3] / r[2] for r in mine)
        one = one or rate
        print(f"| {workers} | {rate:.1f} | {rate / one:.2f}× "
              f"| {statistics.median(1000 * r[4] / r[3] for r in mine):.1f} "
              f"| {statistics.median(1000 * r[5] / r[3] for r in mine):.1f} "
              f"| {statistics.median(r[6] for r in mine):.1f} | {statistics.median(r[7] for r in mine):.2f} |")


if __name__ == "__main__":
    main()
