#!/usr/bin/env bash
# Makes resources/data/templates/<id>.png: a room made from each template,
# run headless for two seconds, one frame of what it shows, 320 px wide.
# Needs a built studio (scripts/run.sh or scripts/test.sh) and an X display
# (run under xvfb-run -a).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${LJ_BUILD_DIR:-$root/build}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for t in "$root"/resources/data/templates/*.json; do
  id=$(basename "$t" .json)
  LJ_CONFIG_DIR="$work/config-$id" "$build/bin/longjiang-studio" --headless --room "template-$id" --template "$id" \
    --record "$work/$id.mp4" --duration 2 >/dev/null 2>&1
  ffmpeg -loglevel error -y -ss 1.5 -i "$work/$id.mp4" -frames:v 1 -vf scale=320:-2 "$root/resources/data/templates/$id.png"
  echo "resources/data/templates/$id.png"
done
