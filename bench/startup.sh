#!/usr/bin/env bash
# Start-up figure of PERFORMANCE.md: seconds from launching ./run.sh to /actuator/health UP on the
# embedded default, with the demo catalogue already present and with an empty ./data (first start, which
# loads it). Usage: bench/startup.sh [runs]   (default 5 runs each; prints every run and the median)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
runs="${1:-5}"
port=$(free_port 18080)
data=$(mktemp -d)
trap 'stop_server; rm -rf "$data"' EXIT

launch() { # prints seconds until UP
    local start end
    start=$(date +%s%N)
    # run.sh execs the JVM, so the pid is the server's: stopped by it, never by a pattern another server might match.
    ./run.sh --server.port="$port" $(embedded_database "$data") > "$data/run.log" 2>&1 &
    server_pid=$!
    until curl -sf "localhost:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; do
        kill -0 "$server_pid" 2> /dev/null || { tail -30 "$data/run.log" >&2; return 1; }
        sleep 0.05
    done
    end=$(date +%s%N)
    stop_server
    echo "scale=2; ($end - $start) / 1000000000" | bc
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

launch > /dev/null # builds the jar and the AOT cache if the sources changed; not counted

first=(); present=()
for _ in $(seq "$runs"); do
    rm -rf "${data:?}"/gongyu*
    first+=("$(launch)")
    present+=("$(launch)")
done
echo "startup_first_start_s (empty database, loads 15,600 resources): ${first[*]} -> median $(printf '%s\n' "${first[@]}" | median)"
echo "startup_s (demo catalogue present): ${present[*]} -> median $(printf '%s\n' "${present[@]}" | median)"
