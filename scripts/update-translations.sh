#!/usr/bin/env bash
# Re-extracts every tr() string of the core and the shell into the .ts files.
# Translate what lupdate marks unfinished (Qt Linguist, or by hand), then commit.
set -euo pipefail
cd "$(dirname "$0")/.."
/usr/lib/qt6/bin/lupdate app -locations none -no-obsolete -ts translations/longjiang_zh_CN.ts
for dir in plugins/*/ examples/*/; do
  ts=$(ls "$dir"translations/*_zh_CN.ts 2>/dev/null || true)
  [ -n "$ts" ] && /usr/lib/qt6/bin/lupdate "$dir" -locations none -no-obsolete -ts $ts
done
grep -c 'type="unfinished"' translations/*.ts plugins/*/translations/*.ts 2>/dev/null || true
