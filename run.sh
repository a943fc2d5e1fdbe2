#!/usr/bin/env bash
# Runs Gongyu on the embedded default (H2 and data under ./data) at http://localhost:8080.
#
# It starts the packaged application from the JDK's AOT cache, which halves start-up on a small machine.
# The first run, and any run after a source change, builds the jar and trains the cache (about a minute).
# Arguments go to the application, e.g. ./run.sh --server.port=9090
set -euo pipefail
cd "$(dirname "$0")"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
java="$JAVA_HOME/bin/java"
app=target/app

if [ ! -f "$app/gongyu.aot" ] || [ -n "$(find src pom.xml -newer "$app/gongyu.aot" -print -quit)" ]; then
    echo "Building Gongyu and training its AOT cache…"
    ./mvnw -q -B -DskipTests -Dspotless.check.skip=true package
    rm -rf "$app"
    "$java" -Djarmode=tools -jar target/gongyu.jar extract --destination "$app" > /dev/null
    # Training: start the application context once, on a throwaway database, and record what it loads.
    "$java" -XX:AOTCacheOutput="$app/gongyu.aot" -Dspring.context.exit=onRefresh -jar "$app/gongyu.jar" \
        --spring.datasource.url=jdbc:h2:mem:training --gongyu.demo=false \
        --spring.jpa.properties.hibernate.search.backend.directory.root="$app/training-index" > "$app/training.log" 2>&1
fi

exec "$java" -XX:AOTCache="$app/gongyu.aot" -jar "$app/gongyu.jar" "$@"
