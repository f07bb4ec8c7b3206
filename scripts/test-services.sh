#!/usr/bin/env bash
# Starts the helpers the tests need, each private to this run, and stops them
# on exit: Xvfb, a D-Bus session with an unlocked gnome-keyring, PulseAudio
# with null devices, and an nginx RTMP ingest on 127.0.0.1.
# Source it, then call lj_services_start; lj_services_stop runs on EXIT.
set -euo pipefail

lj_free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}

lj_wait_for() { # command... ; waits up to 10 s
  for _ in $(seq 100); do "$@" >/dev/null 2>&1 && return 0; sleep 0.1; done
  echo "test services: timed out waiting for: $*" >&2
  return 1
}

lj_services_start() {
  LJ_SERVICES_DIR=$(mktemp -d /tmp/lj-services.XXXXXX)
  local d=$LJ_SERVICES_DIR
  mkdir -p "$d/home" "$d/run" "$d/config" "$d/cache" "$d/data" "$d/ingest/logs" "$d/ingest/tmp"
  chmod 700 "$d/run"
  export HOME=$d/home XDG_RUNTIME_DIR=$d/run XDG_CONFIG_HOME=$d/config
  export XDG_CACHE_HOME=$d/cache XDG_DATA_HOME=$d/data
  trap lj_services_stop EXIT

  # X display for libobs (EGL on llvmpipe) and for widget tests.
  exec 7>"$d/display"
  Xvfb -displayfd 7 -screen 0 1920x1080x24 -nolisten tcp -noreset >"$d/xvfb.log" 2>&1 &
  LJ_XVFB_PID=$!
  lj_wait_for test -s "$d/display"
  export DISPLAY=":$(head -n1 "$d/display")"

  # D-Bus session and an unlocked keyring (the Secret Service QtKeychain uses).
  eval "$(dbus-launch --sh-syntax)"
  LJ_DBUS_PID=$DBUS_SESSION_BUS_PID
  printf 'longjiang-test\n' | gnome-keyring-daemon --unlock --components=secrets >"$d/keyring.env"
  lj_wait_for dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.GetNameOwner string:org.freedesktop.secrets
  # The keyring daemon detaches itself; its pid is the one serving the Secret
  # Service on this bus, so only the daemon started here is stopped later.
  LJ_KEYRING_PID=$(dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets | awk '/uint32/ {print $2}')

  # Sound server with a null sink: audio capture sources have something to open.
  pulseaudio --daemonize=yes --exit-idle-time=-1 --disallow-exit -n \
    --load="module-native-protocol-unix" --load="module-null-sink sink_name=studio_null" \
    --load="module-always-sink" --log-target=file:"$d/pulse.log" 2>/dev/null || true
  lj_wait_for pactl info || echo "test services: PulseAudio did not start; audio tests will fail" >&2

  # RTMP ingest.
  export LJ_RTMP_PORT=$(lj_free_port) LJ_INGEST_HTTP_PORT=$(lj_free_port)
  sed -e "s#@DIR@#$d/ingest#g" -e "s#@RTMP_PORT@#$LJ_RTMP_PORT#g" -e "s#@HTTP_PORT@#$LJ_INGEST_HTTP_PORT#g" \
    "$(dirname "${BASH_SOURCE[0]}")/../tests/ingest/nginx.conf.in" >"$d/ingest/nginx.conf"
  nginx -p "$d/ingest" -c "$d/ingest/nginx.conf" -e "$d/ingest/logs/error.log" &
  LJ_NGINX_PID=$!
  # Tests kill and restart the ingest on purpose; the shell need not report it.
  disown "$LJ_NGINX_PID" 2>/dev/null || true
  lj_wait_for python3 -c "import socket; socket.create_connection(('127.0.0.1', $LJ_RTMP_PORT), 1)"
  export LJ_RTMP_URL="rtmp://127.0.0.1:$LJ_RTMP_PORT"
  export LJ_INGEST_STAT_URL="http://127.0.0.1:$LJ_INGEST_HTTP_PORT/stat"
  export LJ_INGEST_DIR=$d/ingest
  # How a test restarts the ingest after killing it.
  export LJ_INGEST_START="nginx -p $d/ingest -c $d/ingest/nginx.conf -e $d/ingest/logs/error.log"
  echo "test services: DISPLAY=$DISPLAY, keyring on $DBUS_SESSION_BUS_ADDRESS, RTMP $LJ_RTMP_URL"
}

lj_services_stop() {
  set +e
  [ -n "${LJ_NGINX_PID:-}" ] && kill "$LJ_NGINX_PID" 2>/dev/null
  # A test may have restarted the ingest (to cut the network mid-stream).
  [ -n "${LJ_SERVICES_DIR:-}" ] && [ -f "$LJ_SERVICES_DIR/ingest/nginx.pid" ] &&
    kill "$(cat "$LJ_SERVICES_DIR/ingest/nginx.pid" 2>/dev/null)" 2>/dev/null
  pulseaudio --kill 2>/dev/null
  [ -n "${LJ_KEYRING_PID:-}" ] && kill "$LJ_KEYRING_PID" 2>/dev/null
  [ -n "${LJ_DBUS_PID:-}" ] && kill "$LJ_DBUS_PID" 2>/dev/null
  [ -n "${LJ_XVFB_PID:-}" ] && kill "$LJ_XVFB_PID" 2>/dev/null && wait "$LJ_XVFB_PID" 2>/dev/null
  [ -n "${LJ_SERVICES_DIR:-}" ] && rm -rf "$LJ_SERVICES_DIR"
  LJ_NGINX_PID= LJ_DBUS_PID= LJ_XVFB_PID= LJ_KEYRING_PID= LJ_SERVICES_DIR=
  return 0
}
