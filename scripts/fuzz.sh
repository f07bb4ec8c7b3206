#!/usr/bin/env bash
# Runs every fuzz target (tests/fuzz) for SECONDS each (default 60), on its
# seeds, its regressions and the corpus earlier runs grew, and prints the
# executions and what was found. A crash or hang stops with its input saved
# in build/fuzz/findings/: add it to tests/fuzz/regressions/<target>/.
#   scripts/fuzz.sh [seconds]
# LJ_FUZZ_SANITIZERS=OFF builds without ASan/UBSan: many more executions.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-60}
"$root/scripts/deps.sh" test
cmake -S "$root/tests/fuzz" -B "$root/build/fuzz" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DLJ_FUZZ_SANITIZERS="${LJ_FUZZ_SANITIZERS:-ON}" >/dev/null
cmake --build "$root/build/fuzz"
mkdir -p "$root/build/fuzz/findings"
status=0
for source in "$root"/tests/fuzz/fuzz_*.cpp; do
  target=$(basename "$source" .cpp)
  target=${target#fuzz_}
  corpus=$root/build/fuzz/corpus/$target
  mkdir -p "$corpus"
  log=$root/build/fuzz/findings/$target.log
  if "$root/build/fuzz/fuzz_$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
      -artifact_prefix="$root/build/fuzz/findings/$target-" "$corpus" \
      "$root/tests/fuzz/regressions/$target" "$root/tests/fuzz/seeds/$target" >"$log" 2>&1; then
    result=ok
  else
    result="FOUND SOMETHING (see $log)"
    status=1
  fi
  printf '%-14s %12s executions  %s\n' "$target" \
    "$(grep -o 'stat::number_of_executed_units: [0-9]*' "$log" | awk '{print $2}')" "$result"
done
exit $status
