#!/usr/bin/env bash
# Installs the Debian 12 packages the studio needs to build, run and test.
# Usage: scripts/deps.sh [build|run|test]   (default: test = everything)
# Idempotent: only missing packages are installed.
set -euo pipefail

what=${1:-test}

build_pkgs=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-multimedia-dev qt6-websockets-dev qt6-httpserver-dev qt6-charts-dev qt6-svg-dev
  libqt6sql6-sqlite libqt6opengl6-dev libgl-dev libegl-dev
  libobs-dev obs-studio
  libavcodec-dev libavformat-dev libavutil-dev libswscale-dev libswresample-dev libavfilter-dev libebur128-dev
  libsqlite3-dev qtkeychain-qt6-dev libx11-dev libqrencode-dev libmsgpack-dev
)
run_pkgs=(
  fonts-noto-cjk ffmpeg xvfb xauth libgl1-mesa-dri
  dbus dbus-x11 gnome-keyring libsecret-tools
  pulseaudio pulseaudio-utils
  qt6-qpa-plugins qt6-translations-l10n
  gstreamer1.0-plugins-good gstreamer1.0-libav
)
test_pkgs=(
  nginx libnginx-mod-rtmp python3
  espeak-ng sox poppler-utils nodejs iproute2
  clang libclang-rt-14-dev
  lintian appstream dpkg-dev
)

pkgs=("${build_pkgs[@]}")
case "$what" in
  build) ;;
  run) pkgs+=("${run_pkgs[@]}") ;;
  test) pkgs+=("${run_pkgs[@]}" "${test_pkgs[@]}") ;;
  *) echo "usage: $0 [build|run|test]" >&2; exit 2 ;;
esac

missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# nginx must not start a system instance on install; tests run their own.
if [ ! -e /usr/sbin/policy-rc.d ]; then
  printf '#!/bin/sh\nexit 101\n' | $SUDO tee /usr/sbin/policy-rc.d >/dev/null
  $SUDO chmod +x /usr/sbin/policy-rc.d
  trap '$SUDO rm -f /usr/sbin/policy-rc.d' EXIT
fi
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
