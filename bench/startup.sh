#!/usr/bin/env bash
# Start-up figure of PERFORMANCE.md: seconds from launching ./run.sh to /actuator/health UP on the
# embedded default, with the demo catalogue already present and with an empty ./data (first start, which
# loads it). Usage: bench/startup.sh [runs]   (default 5 runs each; prints every run and the median)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
port=18080
data=$(mktemp -d)
trap 'pkill -f "gongyu.jar.*--server.port=$port" || true; rm -rf "$data"' EXIT

launch() { # prints seconds until UP
    local start end
    start=$(date +%s%N)
    ./run.sh --server.port=$port --spring.datasource.url="jdbc:h2:file:$data/gongyu;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
        --spring.jpa.properties.hibernate.search.backend.directory.root="$data/index" > "$data/run.log" 2>&1 &
    until curl -sf "localhost:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; do sleep 0.05; done
    end=$(date +%s%N)
    pkill -f "gongyu.jar.*--server.port=$port"; wait 2>/dev/null || true
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
