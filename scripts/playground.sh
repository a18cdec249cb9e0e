#!/bin/sh
# The Microsoft 365 Agents Playground against the built Tandem server, by hand.
#
# Everything runs inside a fresh network namespace that has only loopback (unshare -n, then
# `ip link set lo up`): the Playground probes DNS and the cloud metadata address (169.254.169.254)
# even with telemetry off, so it must never run in the host namespace. A PID namespace around it
# means that when this script ends, the server and the Playground end with it.
#
# Usage (as root; run `npm run build` first):
#   scripts/playground.sh                          start; print the URL; open a shell INSIDE the namespace
#                                                  (the URL only works from there); exit the shell to stop
#   scripts/playground.sh --screenshot FILE [TEXT] start, open the web UI in headless Chromium (inside the
#                                                  namespace), optionally type TEXT to the bot, save FILE, stop
#   scripts/playground.sh -- CMD [ARGS...]         start, run CMD inside the namespace with $PLAYGROUND_URL
#                                                  and $TANDEM_URL set, stop
#
# From the shell inside the namespace, look at the UI with the Chromium screenshot helper:
#   node --import tsx test/support/agents-playground/playground-browser.ts "$PLAYGROUND_URL" test-output/screenshots/playground-manual.png "help"
# or drive the bot with the test client (node --experimental-websocket --import tsx ...,
# see test/support/agents-playground/README.md), or curl "$PLAYGROUND_URL/_internal/v1/testConfig".
#
# Environment: TANDEM_PORT (default 3978), PLAYGROUND_PORT (default 56150), and anything Tandem's
# local mode reads (TANDEM_DATA_DIR, ...). Logs: $PLAYGROUND_LOG_DIR (default a fresh /tmp folder).
set -eu

cd "$(dirname "$0")/.."
REPO="$(pwd)"

if [ "${1:-}" != "--inside" ]; then
  if [ ! -f dist/server/main.js ]; then
    echo "dist/server/main.js is missing: run 'npm run build' first." >&2
    exit 1
  fi
  if ! command -v ip >/dev/null 2>&1; then
    echo "ip (iproute2) is missing: apt-get install -y iproute2" >&2
    exit 1
  fi
  if ! unshare --net --pid --fork --mount-proc true 2>/dev/null; then
    echo "Cannot create a network namespace (unshare -n needs root or CAP_SYS_ADMIN)." >&2
    echo "Refusing to start the Agents Playground in the host namespace." >&2
    exit 1
  fi
  for v in HTTP_PROXY HTTPS_PROXY ALL_PROXY http_proxy https_proxy all_proxy; do unset "$v"; done
  exec unshare --net --pid --fork --mount-proc -- sh "$0" --inside "$@"
fi
shift

# ---- inside the namespace from here on
ip link set lo up
if ip -o addr show | grep -v ' lo ' | grep -q inet; then
  echo "Unexpected non-loopback interface in the namespace; stopping." >&2
  exit 1
fi

TANDEM_PORT="${TANDEM_PORT:-3978}"
PLAYGROUND_PORT="${PLAYGROUND_PORT:-56150}"
LOG_DIR="${PLAYGROUND_LOG_DIR:-$(mktemp -d /tmp/tandem-playground-XXXXXX)}"
mkdir -p "$LOG_DIR"
TANDEM_URL="http://127.0.0.1:$TANDEM_PORT"
export TANDEM_URL

echo "Starting Tandem (node dist/server/main.js) on $TANDEM_URL ... log: $LOG_DIR/tandem.log"
TANDEM_MODE="${TANDEM_MODE:-local}" PORT="$TANDEM_PORT" node --enable-source-maps dist/server/main.js >"$LOG_DIR/tandem.log" 2>&1 &
TANDEM_PID=$!

wait_http() { # url seconds pid
  node -e '
    const [url, seconds] = [process.argv[1], Number(process.argv[2])];
    const until = Date.now() + seconds * 1000;
    const tick = () => fetch(url).then((r) => process.exit(r.status < 500 ? 0 : 1), () => Date.now() > until ? process.exit(1) : setTimeout(tick, 200));
    tick();' "$1" "$2"
}
if ! wait_http "$TANDEM_URL/api/health" 90; then
  echo "Tandem did not become healthy; its log:" >&2
  cat "$LOG_DIR/tandem.log" >&2
  exit 1
fi

echo "Starting the Agents Playground -> $TANDEM_URL/api/messages ... log: $LOG_DIR/devTools/m365agentsplayground.log"
(
  cd "$LOG_DIR"
  TEAMSAPPTESTER_BROWSER=none \
  M365_AGENTS_PLAYGROUND_CONFIG_PATH="$REPO/.m365agentsplayground.yml" \
  M365_AGENTS_PLAYGROUND_LOGFILE="$LOG_DIR/devTools/m365agentsplayground.log" \
    exec node "$REPO/node_modules/@microsoft/m365agentsplayground/cli.js" start \
      --app-endpoint "$TANDEM_URL/api/messages" --port "$PLAYGROUND_PORT" --channel-id msteams --disable-telemetry \
      >"$LOG_DIR/playground.out" 2>&1
) &
PLAYGROUND_PID=$!

PORT_SEEN=""
i=0
while [ $i -lt 300 ]; do
  PORT_SEEN="$(sed -n 's/^Listening on \([0-9]*\).*/\1/p' "$LOG_DIR/playground.out" 2>/dev/null | head -n 1)"
  [ -n "$PORT_SEEN" ] && break
  if ! kill -0 "$PLAYGROUND_PID" 2>/dev/null; then break; fi
  sleep 0.1
  i=$((i + 1))
done
if [ -z "$PORT_SEEN" ]; then
  echo "The Agents Playground did not start; its log:" >&2
  cat "$LOG_DIR/playground.out" "$LOG_DIR/devTools/m365agentsplayground.log" >&2 2>/dev/null || true
  exit 1
fi
PLAYGROUND_URL="http://127.0.0.1:$PORT_SEEN"
export PLAYGROUND_URL
# A bad .m365agentsplayground.yml makes it exit right after "Listening on": check the API answers.
if ! wait_http "$PLAYGROUND_URL/_internal/v1/testConfig" 15 || ! kill -0 "$PLAYGROUND_PID" 2>/dev/null; then
  echo "The Agents Playground stopped after starting (config error?); its log:" >&2
  cat "$LOG_DIR/devTools/m365agentsplayground.log" >&2 2>/dev/null || true
  exit 1
fi

cat <<EOF

Agents Playground: $PLAYGROUND_URL   (only reachable inside this network namespace)
Tandem:            $TANDEM_URL       (bot endpoint $TANDEM_URL/api/messages)
Logs:              $LOG_DIR

EOF

stop_all() {
  kill "$PLAYGROUND_PID" "$TANDEM_PID" 2>/dev/null || true
  wait 2>/dev/null || true
}
trap stop_all EXIT INT TERM

case "${1:-}" in
  --screenshot)
    out="${2:?usage: scripts/playground.sh --screenshot FILE [TEXT]}"
    if [ $# -ge 3 ]; then
      node --import tsx test/support/agents-playground/playground-browser.ts "$PLAYGROUND_URL" "$out" "$3"
    else
      node --import tsx test/support/agents-playground/playground-browser.ts "$PLAYGROUND_URL" "$out"
    fi
    ;;
  --)
    shift
    "$@"
    ;;
  "")
    echo "A shell inside the namespace follows (PLAYGROUND_URL and TANDEM_URL are set). Look at the UI with:"
    echo "  node --import tsx test/support/agents-playground/playground-browser.ts \"\$PLAYGROUND_URL\" test-output/screenshots/playground-manual.png \"help\""
    echo "Exit the shell to stop everything."
    "${SHELL:-/bin/sh}" -i || true
    ;;
  *)
    echo "unknown option: $1 (see the top of scripts/playground.sh)" >&2
    exit 2
    ;;
esac
