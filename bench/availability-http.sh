#!/usr/bin/env bash
# The 31-day calendar over HTTP, end to end (rules read and parsed, blocks and shifts queried, JSON written),
# on the embedded default with the demo catalogue: one client, sequential, after a warm-up.
# Usage: bench/availability-http.sh [requests]   (default 500; prints p50/p95/p99 in ms)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
requests="${1:-500}"
port=$(free_port 18081)
data=$(mktemp -d)
trap 'stop_server; rm -rf "$data"' EXIT
# run.sh execs the JVM, so the pid is the server's: killed by it, never by a pattern another server might match.
./run.sh --server.port="$port" $(embedded_database "$data") > "$data/run.log" 2>&1 &
server_pid=$!
wait_until_up "$port" "$data/run.log"
from=$(date +%F)
to=$(date -d "+30 days" +%F)
# Suwon's city-hall meeting room: nights and weekends, hourly slots.
id=$(curl -s -G "localhost:$port/api/v1/resources" --data-urlencode "q=수원시청 대회의실" \
    | grep -o '"id":"[0-9]*"' | head -1 | grep -o '[0-9]*')
url="localhost:$port/api/v1/resources/$id/availability?from=$from&to=$to"
[ -n "$id" ] || { echo "Suwon's meeting room not found" >&2; exit 1; }
for _ in $(seq 200); do curl -sf -o /dev/null "$url"; done
# -f: an error answer fails the run rather than being timed.
for _ in $(seq "$requests"); do curl -sf -o /dev/null -w '%{time_total}\n' "$url"; done > "$data/times"
sort -n "$data/times" | awk '
    {t[NR] = $1 * 1000}
    END {printf "availability_31d_http_ms p50=%.2f p95=%.2f p99=%.2f (n=%d)\n", t[int(NR*0.5)], t[int(NR*0.95)], t[int(NR*0.99)], NR}'
