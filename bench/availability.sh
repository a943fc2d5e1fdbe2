#!/usr/bin/env bash
# Availability figure of PERFORMANCE.md: the 31-day calendar of a busy resource, in process, with JMH
# (sample mode: p50/p95/p99). Usage: bench/availability.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
./mvnw -q -B -Dspotless.check.skip=true test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test > /dev/null
"$JAVA_HOME/bin/java" -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    org.openjdk.jmh.Main SlotCalculatorBenchmark -f 1 -wi 5 -w 1s -i 5 -r 2s -t 1
