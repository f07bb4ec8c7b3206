#!/usr/bin/env bash
# The Debian package as a user gets it: built by CPack from the build tree,
# checked by lintian (no errors) and appstreamcli, unpacked into an empty
# root, and the installed studio run headless from there with the installed
# plugins, data and translations — nothing from the build or source tree.
#   check-package.sh BUILD_DIR
set -euo pipefail
build=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

cd "$build"
rm -f longjiang-studio_*.deb
cpack -G DEB >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; fail "cpack could not build the package"; }
deb=$(ls longjiang-studio_*.deb)
echo "package: $deb ($(du -h "$deb" | cut -f1))"

# lintian: warnings are listed, errors fail.
lintian --tag-display-limit 0 "$deb" >"$work/lintian.log" 2>&1 || true
grep -v 'running with root privileges' "$work/lintian.log" || true
if grep -q '^E: ' "$work/lintian.log"; then fail "lintian reports errors"; fi

root=$work/root
dpkg-deb -x "$deb" "$root"
appstreamcli validate --no-net "$root/usr/share/metainfo/org.longjiang.studio.metainfo.xml" ||
  fail "the AppStream metainfo does not validate"
grep -q '^Icon=longjiang-studio$' "$root/usr/share/applications/longjiang-studio.desktop" || fail "the desktop file names no icon"
for size in 16 32 48 64 128 256; do
  png=$root/usr/share/icons/hicolor/${size}x${size}/apps/longjiang-studio.png
  [ "$(head -c 8 "$png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] || fail "no ${size}px PNG icon"
done
[ -s "$root/usr/share/doc/longjiang-studio/copyright" ] || fail "no copyright file"

# Every library the installed programs load resolves inside the root or the system.
bin=$root/usr/bin/longjiang-studio
if ldd "$bin" | grep -q 'not found'; then ldd "$bin"; fail "the installed studio misses a library"; fi
console=$root/usr/bin/longjiang-console
[ -x "$console" ] || fail "the package has no base console"
if ldd "$console" | grep -q 'not found'; then ldd "$console"; fail "the installed console misses a library"; fi
grep -q '^Exec=longjiang-console$' "$root/usr/share/applications/longjiang-console.desktop" || fail "no desktop file for the console"
core=$(ldd "$bin" | awk '/liblongjiang-core/ {print $3}')
[ "$(dirname "$(realpath "$core")")" = "$(realpath "$root/usr/lib/longjiang-studio")" ] ||
  fail "the studio loads its core library from $core, not from the package"

# Run it from the root: no variable points at the build or the source tree,
# and the UI language is Chinese (the translations are inside the package).
config=$work/config
out=$work/run.log
env -u LJ_PLUGIN_PATH -u LJ_DATA_DIR -u LJ_SOURCE_DIR -u LJ_STUDIO_BIN \
  LJ_CONFIG_DIR="$config" LANG=zh_CN.UTF-8 LC_ALL=zh_CN.UTF-8 LANGUAGE=zh_CN \
  "$bin" --headless --record "$work/show.mp4" --duration 2 >"$out" 2>&1 || { cat "$out"; fail "the installed studio failed"; }
cat "$out"
grep -q '正在把直播间' "$out" || fail "the installed studio did not speak Chinese"
log=$(ls "$config"/logs/studio_*.log | head -1)
for plugin in catalog pushmanager productshelf salesticker guide; do
  grep -q "plugin loaded: $plugin .* from $root/usr/lib/longjiang-studio/plugins/" "$log" ||
    fail "plugin $plugin was not loaded from the package"
done
if grep -q "$build\|$(cd "$build/.." && pwd)/resources" "$log"; then
  grep "$build" "$log" | head -5
  fail "the installed studio used files of the build or source tree"
fi
codecs=$(ffprobe -v error -show_entries stream=codec_name -of csv=p=0 "$work/show.mp4" | tr '\n' ' ')
[ "$codecs" = "h264 aac " ] || fail "the recording holds '$codecs', not H.264 + AAC"
echo "the installed studio ran from $root and recorded H.264 + AAC"
