#!/usr/bin/env bash
# Runs every Swift test of the package, the PostgreSQL store's suite (against a throw-away cluster that
# Tests/postgres/with-cluster.sh starts) in a test process of its own beside the process of all the others.
#
# Why two processes: the PostgreSQL suite is serialized and spends its time waiting on `mekong` workers it starts.
# In one process with the ~1,300 other tests, its first test waited for a free thread until nearly every other test
# had ended (466 s for a test that takes 15 s alone), and the run took the suite's ~250 s longer than the rest.
# Its output is printed after the other tests' output, so the two never interleave.
#
# Usage: Tests/run-all.sh [SWIFT]   (SWIFT: the swift driver, `swift` by default). Exits non-zero when either fails.
set -uo pipefail
cd "$(dirname "$0")/.."
swift=${1:-swift}
suite=PostgresStoreTests

"$swift" build --build-tests || exit $?

# `make test` installs what the tests need in the background while the package builds (Tests/install-test-deps.sh):
# MEKONG_TEST_DEPS_STATUS names the file its exit status goes to, MEKONG_TEST_DEPS_LOG its log. Wait for it here, so
# that no test starts an installation of its own beside it.
if [ -n "${MEKONG_TEST_DEPS_STATUS:-}" ]; then
    waited=0
    while [ ! -s "$MEKONG_TEST_DEPS_STATUS" ]; do
        if [ "$waited" -ge 1800 ]; then
            echo "The test dependencies were not ready after 30 minutes (see ${MEKONG_TEST_DEPS_LOG:-its log})." >&2
            exit 1
        fi
        sleep 1
        waited=$((waited + 1))
    done
    echo "---- Test dependencies (Tests/install-test-deps.sh, waited ${waited} s after the build) ----"
    cat "${MEKONG_TEST_DEPS_LOG:-/dev/null}"
    status=$(cat "$MEKONG_TEST_DEPS_STATUS")
    if [ "$status" != 0 ]; then
        # Each step that needs a package installs it itself when it is missing, or fails saying what is missing.
        echo "Warning: installing the test dependencies in the background failed (exit $status, log above);" \
            "the steps that need them will try again." >&2
    fi
fi
# SwiftPM lets one `swift test` at a time use .build, so the PostgreSQL suite runs the test bundle itself.
bundle="$("$swift" build --show-bin-path)/MekongPackageTests.xctest"

log=$(mktemp /tmp/mekong-postgres-tests-XXXXXX.log)
trap 'rm -f "$log"' EXIT
Tests/postgres/with-cluster.sh "$bundle" --testing-library swift-testing --filter "$suite" >"$log" 2>&1 &
postgres=$!

"$swift" test --skip-build --skip "$suite"
rest=$?

wait "$postgres"
postgresStatus=$?
echo "---- The PostgreSQL store's suite ($suite), run in its own process ----"
cat "$log"

if [ "$rest" -ne 0 ] || [ "$postgresStatus" -ne 0 ]; then
    echo "Tests failed: the PostgreSQL suite exited $postgresStatus, the other tests $rest." >&2
    exit 1
fi
