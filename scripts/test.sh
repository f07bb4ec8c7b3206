#!/usr/bin/env bash
# One command for the whole test suite on a fresh Debian 12 machine:
# installs what is missing, builds (warnings are errors), starts the helpers
# the tests need, runs every test with CTest, and stops the helpers again.
#   scripts/test.sh [ctest arguments, e.g. -L unit or -R recording]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${LJ_BUILD_DIR:-$root/build}

"$root/scripts/deps.sh" test
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLJ_WERROR=ON >/dev/null
cmake --build "$build" --parallel "$(nproc)"
# The controller the remote-control tests speak with (npm registry; Node from Debian).
obsws="$build/node/node_modules/obs-websocket-js/package.json"
if ! grep -q '"version": "5.0.8"' "$obsws" 2>/dev/null; then
  npm install --prefix "$build/node" --no-audit --no-fund --loglevel=error obs-websocket-js@5.0.8 >/dev/null
fi

source "$root/scripts/test-services.sh"
lj_services_start
export LJ_TEST_ARTIFACTS=${LJ_TEST_ARTIFACTS:-$build/test-artifacts}
mkdir -p "$LJ_TEST_ARTIFACTS"
status=0
ctest --test-dir "$build" --output-on-failure --timeout 600 "$@" || status=$?
echo "Test artifacts (screenshots, decoded frames) are in $LJ_TEST_ARTIFACTS"
exit $status
