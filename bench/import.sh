#!/usr/bin/env bash
# Import figure of PERFORMANCE.md: an operator's national file of N rows (default 15,600, the seed's scale) in the
# national standard format, CP949, from upload to DONE (every row written, and searchable: the search index is
# refreshed batch by batch before the import reports DONE), on the embedded default (H2 and Lucene, in a
# throwaway directory, with the demo platform loaded).
#
#   1. Starts target/gongyu.jar with the demo platform and waits for health UP.
#   2. bench/ImportLoad.java generate: the file, from a fixed seed, over the platform's 243 local governments.
#   3. bench/ImportLoad.java import, twice: the first import creates the sites and resources, the second (the
#      same file again) updates every one of them. Each prints its wall-clock time and the CPU time the server
#      spent meanwhile.
#
# Usage: bench/import.sh [rows, default 15600]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
rows="${1:-15600}"
port=$(free_port "${PORT:-18093}")
work=$(mktemp -d)
trap 'stop_server; rm -rf "$work"' EXIT

build_jar
mapfile -t database < <(embedded_database "$work")
start_server "$work/server.log" -Xmx2g -jar target/gongyu.jar --server.port="$port" "${database[@]}"
wait_until_up "$port" "$work/server.log"

# CPU seconds (user + system) the server has used: on a shared machine the wall-clock figure depends on what
# else runs, this much less.
cpu() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / hz }' "/proc/$server_pid/stat"; }

"$java" bench/ImportLoad.java generate "http://127.0.0.1:$port" "$rows" "$work/national.csv"
for run in new again; do
    echo "load_average_before_${run} $(load_average) (2 cores, shared)"
    before=$(cpu)
    "$java" bench/ImportLoad.java import "http://127.0.0.1:$port" "$work/national.csv" "import_${rows}_${run}"
    echo "import_${rows}_${run}_server_cpu_seconds $(awk -v a="$before" -v b="$(cpu)" 'BEGIN { printf "%.1f", b - a }')"
done
echo "load_average_at_end $(load_average) (2 cores, shared)"
grep -hoE "Import [0-9]+: .*" "$work/server.log" || true
