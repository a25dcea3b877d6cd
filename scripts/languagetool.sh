#!/usr/bin/env bash
# Install, start and stop a local English LanguageTool 6.8 server for newslint's
# grammar rules (NL8xx). No internet needed beyond Maven Central.
#
#   scripts/languagetool.sh install   # jars into $NEWSLINT_LANGUAGETOOL_HOME/lib (Maven)
#   scripts/languagetool.sh start     # install if needed, start on loopback, print the URL
#   scripts/languagetool.sh stop      # stop the server started by 'start'
#   scripts/languagetool.sh status    # print the URL if the server answers, else exit 1
#
# Environment: NEWSLINT_LANGUAGETOOL_HOME (default ~/.cache/newslint/languagetool),
# NEWSLINT_LANGUAGETOOL_PORT (default 8081), NEWSLINT_LANGUAGETOOL_XMX (default 2g),
# NEWSLINT_LANGUAGETOOL_THREADS (checks at once, default: the cores).
# Typical use:  export NEWSLINT_LANGUAGETOOL_URL=$(scripts/languagetool.sh start)
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
POM="$HERE/tools/languagetool/pom.xml"
LT_HOME="${NEWSLINT_LANGUAGETOOL_HOME:-${XDG_CACHE_HOME:-$HOME/.cache}/newslint/languagetool}"
PORT="${NEWSLINT_LANGUAGETOOL_PORT:-8081}"
XMX="${NEWSLINT_LANGUAGETOOL_XMX:-2g}"
URL="http://127.0.0.1:$PORT"
PIDFILE="$LT_HOME/server.pid"
LOG="$LT_HOME/server.log"
VERSION="6.8"

log() { echo "languagetool.sh: $*" >&2; }

installed() { [ -f "$LT_HOME/lib/languagetool-server-$VERSION.jar" ]; }

healthy() { curl -sf --max-time 2 "$URL/v2/healthcheck" >/dev/null 2>&1; }

cmd_install() {
  if installed; then log "LanguageTool $VERSION already installed in $LT_HOME"; return; fi
  command -v mvn >/dev/null || { log "Maven (mvn) is needed: apt-get install maven"; exit 1; }
  command -v java >/dev/null || { log "Java 17+ is needed: apt-get install openjdk-17-jre-headless"; exit 1; }
  mkdir -p "$LT_HOME"
  local tmp="$LT_HOME/lib.partial"
  rm -rf "$tmp"
  log "downloading LanguageTool $VERSION (English) from Maven Central into $LT_HOME ..."
  mvn -q -B -f "$POM" dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$tmp" >&2
  rm -rf "$LT_HOME/lib"
  mv "$tmp" "$LT_HOME/lib"
  log "installed"
}

cmd_start() {
  if healthy; then echo "$URL"; return; fi
  installed || cmd_install
  command -v java >/dev/null || { log "Java 17+ is needed"; exit 1; }
  # The settings newslint.languagetool.server_config gives a server newslint starts (see there why;
  # tests/test_languagetool_script.py keeps the two the same).
  printf '%s\n' "maxCheckThreads=${NEWSLINT_LANGUAGETOOL_THREADS:-$(nproc)}" pipelineCaching=true \
    maxPipelinePoolSize=8 pipelineExpireTimeInSeconds=3600 \
    >"$LT_HOME/server.properties"
  # Loopback only: the server binds to localhost unless given --public, which we never pass.
  nohup java "-Xmx$XMX" -Dsun.net.httpserver.nodelay=true -cp "$LT_HOME/lib/*" org.languagetool.server.HTTPServer \
    --port "$PORT" --config "$LT_HOME/server.properties" >"$LOG" 2>&1 </dev/null &
  echo $! >"$PIDFILE"
  for _ in $(seq 1 240); do
    if healthy; then echo "$URL"; return; fi
    if ! kill -0 "$(cat "$PIDFILE")" 2>/dev/null; then
      log "the server exited; see $LOG"; tail -n 20 "$LOG" >&2; rm -f "$PIDFILE"; exit 1
    fi
    sleep 0.5
  done
  log "the server did not answer $URL/v2/healthcheck within 120 s; see $LOG"
  exit 1
}

cmd_stop() {
  if [ -f "$PIDFILE" ]; then
    local pid; pid="$(cat "$PIDFILE")"
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
    rm -f "$PIDFILE"
    log "stopped"
  else
    log "no server started by this script (no $PIDFILE)"
  fi
}

cmd_status() { if healthy; then echo "$URL"; else log "not running at $URL"; exit 1; fi; }

case "${1:-}" in
  install) cmd_install ;;
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  *) echo "usage: $0 install|start|stop|status" >&2; exit 2 ;;
esac
