#!/usr/bin/env bash
# Installs what the tests and checks after the build need, when it is missing: Debian's postgresql (the PostgreSQL
# store's suite, Tests/postgres/cluster.sh), chromium and chromium-driver (make check-serve) and python3-venv, in one
# apt-get run; then the checkers' Python environment .build/pyenv with the pinned packages of Tests/exports and
# Tests/serve. `make test` runs it in the background while the package builds, so that on a fresh machine the downloads
# do not add to the build's time; each later step still installs what it needs when run on its own.
#
# Usage: Tests/install-test-deps.sh   (exits non-zero when an installation fails; what it did goes to stdout)
set -euo pipefail
cd "$(dirname "$0")/.."

packages=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || packages+=(postgresql)
command -v chromium >/dev/null 2>&1 || packages+=(chromium)
command -v chromedriver >/dev/null 2>&1 || packages+=(chromium-driver)
python3 -c 'import ensurepip, venv' 2>/dev/null || packages+=(python3-venv)
if [ ${#packages[@]} -gt 0 ]; then
    echo "Installing ${packages[*]} …"
    sudo=$([ "$(id -u)" = 0 ] || echo sudo)
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${packages[@]}" >/dev/null
fi

pyenv=.build/pyenv
test -x "$pyenv/bin/python" || python3 -m venv "$pyenv"
"$pyenv/bin/pip" install -q --disable-pip-version-check -r Tests/exports/requirements.txt -r Tests/serve/requirements.txt
echo "Test dependencies ready."
