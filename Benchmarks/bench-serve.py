#!/usr/bin/env python3
"""Latency of `mekong serve` under a bounded local load (make bench-serve; docs/benchmarks.md).

Starts `mekong serve --port 0` on loopback against STORE, lists the entities that have relations, and has wrk
(Debian's package) request, for DURATION seconds over CONNECTIONS connections, the entity page and then the
ego diagram page of those entities picked at random (the same seed for each page). Prints each page's
requests per second and the latency percentiles wrk measures (p50, p90, p99), and whether p99 is within the
issue's target (entity page 50 ms, ego diagram 150 ms). Nothing but loopback is ever addressed; the load stops
by itself after DURATION seconds.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import urllib.parse

TARGETS = {"entity": 50.0, "diagram": 150.0}

LUA = """
local paths = {}
for line in io.lines("%(paths)s") do paths[#paths + 1] = line end
math.randomseed(11)
request = function()
  return wrk.format("GET", paths[math.random(#paths)])
end
"""


def start_server(mekong, store):
    process = subprocess.Popen([mekong, "serve", "--store", store, "--port", "0"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.time() + 30
    while time.time() < deadline:
        line = process.stdout.readline()
        match = re.search(r"at (http://127\.0\.0\.1:\d+)/", line or "")
        if match:
            return process, match.group(1)
        if not line and process.poll() is not None:
            sys.exit("mekong serve stopped: " + process.stderr.read())
    process.kill()
    sys.exit("mekong serve did not start within 30 s")


def milliseconds(text):
    number, unit = re.match(r"([\d.]+)(us|ms|s)", text).groups()
    return float(number) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def run_wrk(base, paths_file, duration, connections):
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(LUA % {"paths": paths_file})
    output = subprocess.run(
        ["wrk", "--latency", "-t1", f"-c{connections}", f"-d{duration}s", "--timeout", "5s", "-s", script.name, base + "/"],
        capture_output=True, text=True, check=True).stdout
    os.unlink(script.name)
    figures = {p: milliseconds(re.search(rf"^\s+{p}%\s+(\S+)", output, re.M).group(1)) for p in ("50", "90", "99")}
    figures["rps"] = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    figures["requests"] = int(re.search(r"(\d+) requests in", output).group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    figures["non2xx"] = int(errors.group(1)) if errors else 0
    return figures


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("store")
    parser.add_argument("--mekong", default=".build/release/mekong")
    parser.add_argument("--duration", type=int, default=15)
    parser.add_argument("--connections", type=int, default=4)
    args = parser.parse_args()

    query = "MATCH (e)-[r]-() RETURN DISTINCT e.id AS id"
    rows = json.loads(subprocess.run([args.mekong, "query", "--store", args.store, "--format", "json", query],
                                     capture_output=True, text=True, check=True).stdout)
    ids = sorted(row["id"] for row in rows)
    if not ids:
        sys.exit(f"{args.store} holds no relation: ingest articles first")
    server, base = start_server(args.mekong, args.store)
    failed = False
    try:
        print(f"{len(ids)} entities with relations in {args.store}; wrk -t1 -c{args.connections} -d{args.duration}s on {base}")
        for page, suffix in (("entity", ""), ("diagram", "/diagram")):
            with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as paths:
                for entity in ids:
                    paths.write("/entity/" + urllib.parse.quote(entity, safe="-._~:") + suffix + "\n")
            figures = run_wrk(base, paths.name, args.duration, args.connections)
            os.unlink(paths.name)
            within = figures["99"] < TARGETS[page] and figures["non2xx"] == 0
            failed = failed or not within
            print(f"{page:8} {figures['requests']:6} requests, {figures['rps']:7.1f}/s, p50 {figures['50']:.1f} ms, "
                  f"p90 {figures['90']:.1f} ms, p99 {figures['99']:.1f} ms (target {TARGETS[page]:.0f} ms: "
                  f"{'met' if within else 'MISSED'}), non-2xx {figures['non2xx']}")
    finally:
        server.terminate()
        server.wait(timeout=10)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
