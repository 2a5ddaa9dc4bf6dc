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
mkdir -p .build
# One installation at a time: a second `make test` started while the first one's is still running waits for it.
exec 9>.build/test-deps.lock
flock 9

packages=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || packages+=(postgresql)
command -v chromium >/dev/null 2>&1 || packages+=(chromium)
command -v chromedriver >/dev/null 2>&1 || packages+=(chromium-driver)
python3 -c 'import ensurepip, venv' 2>/dev/null || packages+=(python3-venv)
if [ ${#packages[@]} -gt 0 ]; then
    echo "Installing ${packages[*]} …"
    # In the background no password can be typed: `sudo -n` fails at once, and the step that needs the package
    # installs it in the foreground.
    sudo=$([ "$(id -u)" = 0 ] || echo "sudo -n")
    $sudo apt-get -o DPkg::Lock::Timeout=600 update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get -o DPkg::Lock::Timeout=600 install -y -qq "${packages[@]}" >/dev/null
fi

pyenv=.build/pyenv
test -x "$pyenv/bin/python" || python3 -m venv "$pyenv"
"$pyenv/bin/pip" install -q --disable-pip-version-check -r Tests/exports/requirements.txt -r Tests/serve/requirements.txt
echo "Test dependencies ready."
