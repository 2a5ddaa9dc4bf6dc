#!/usr/bin/env bash
# Runs a command with a throw-away PostgreSQL cluster (cluster.sh) for the store tests: MEKONG_TEST_POSTGRES names
# its admin URL and MEKONG_REQUIRE_POSTGRES makes the PostgreSQL tests fail rather than skip without it. The
# cluster is stopped and deleted when the command ends, however it ends.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
dir=${MEKONG_TEST_CLUSTER_DIR:-$(mktemp -d /tmp/mekong-pg-XXXXXX)}
# The first free port from 54329 on.
port=$(python3 -c '
import socket
for port in range(54329, 54429):
    with socket.socket() as s:
        try:
            s.bind(("127.0.0.1", port)); print(port); break
        except OSError:
            continue
')
url=$("$here/cluster.sh" start "$dir" "$port")
trap '"$here/cluster.sh" stop "$dir"' EXIT
echo "PostgreSQL test cluster at $url" >&2
MEKONG_TEST_POSTGRES=$url MEKONG_REQUIRE_POSTGRES=1 "$@"
