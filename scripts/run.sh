#!/usr/bin/env bash
# One command to try the studio on a fresh Debian 12 machine: installs what is
# missing, builds, and opens the studio on its built-in demo room.
# Without a display (a plain SSH terminal) it says so and records the demo
# room headless instead, so you still see it work.
#   scripts/run.sh [studio arguments, e.g. --room 五常大米专场]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${LJ_BUILD_DIR:-$root/build}

"$root/scripts/deps.sh" run
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" --parallel "$(nproc)" --target studio

studio=$build/bin/longjiang-studio
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec "$studio" "$@"
fi

out=${LJ_DEMO_OUT:-$HOME/longjiang-demo.mp4}
cat <<MSG
No display found: this looks like a plain terminal (SSH).
  For the studio window, log in with "ssh -X" (or run this on the desktop).
  Now running the demo room headless under Xvfb for 10 seconds, recording to:
    $out
未检测到显示器（可能是 SSH 终端）。如需窗口，请用 "ssh -X" 登录或在桌面上运行。
现在以无窗口方式运行演示直播间 10 秒，并录制到上面的文件。
MSG
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
xvfb-run -a -s "-screen 0 1280x720x24" "$studio" --headless --record "$out" --duration 10 "$@"
echo "Done. Recorded $out ($(du -h "$out" | cut -f1)). Play it with: ffplay \"$out\""
