#!/usr/bin/env bash
# Builds and runs every benchmark under bench/ with the same private helpers
# the tests use (Xvfb and friends), printing their figures.
#   scripts/bench.sh [frames]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${LJ_BUILD_DIR:-$root/build}
"$root/scripts/deps.sh" test
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" --parallel "$(nproc)"
source "$root/scripts/test-services.sh"
lj_services_start >/dev/null
export LJ_DATA_DIR=$root/resources/data
for b in "$build"/bin/bench_*; do
  echo "== $(basename "$b")"
  "$b" "$@" 2>/dev/null
done
