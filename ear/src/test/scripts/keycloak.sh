#!/usr/bin/env bash
# A real Keycloak for the single sign-on test (and for trying single sign-on by hand), unpacked by
# the build from Maven Central (org.keycloak:keycloak-quarkus-dist) into ear/target.
#
#   keycloak.sh start <keycloak home> <http port> <management port> <realm file> <WildFly port offset>
#       starts it in the background (dev mode, in-memory database, the realm imported from the file,
#       whose redirect URIs name the application's port, 8080 + offset, as @APP_PORT@) and returns at
#       once; the test waits for the realm to answer. Output: <home>/keycloak.log.
#   keycloak.sh wait <http port> [seconds]   waits until the realm "kompetence" answers
#   keycloak.sh stop <keycloak home>          stops the Keycloak this script started (by its pid)
#
# Keycloak 26 needs Java 21 or newer while the product builds with Java 17: KEYCLOAK_JAVA_HOME, else
# the Temurin 25 JDK where CI machines have it, else any JDK 21+ under /usr/lib/jvm.
# A watchdog stops Keycloak when the process that started it (the Maven build) ends, so a build
# that dies between start and stop leaves nothing running.
set -euo pipefail

java_major() {
    "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'
}

find_java() {
    local candidate
    for candidate in "${KEYCLOAK_JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do
        if [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ "$(java_major "$candidate")" -ge 21 ] 2>/dev/null; then
            echo "$candidate"
            return 0
        fi
    done
    echo "Keycloak needs Java 21 or newer and none was found: install a JDK 21+ (e.g. Temurin 25 in" \
        "/usr/lib/jvm/temurin-25-jdk-amd64) or set KEYCLOAK_JAVA_HOME" >&2
    return 1
}

start() {
    local home=$1 port=$2 management_port=$3 realm=$4 app_port=$((8080 + $5))
    local java_home
    java_home=$(find_java)
    stop "$home"
    mkdir -p "$home/data/import"
    sed "s/@APP_PORT@/$app_port/g" "$realm" >"$home/data/import/$(basename "$realm")"
    echo "Starting Keycloak on port $port with $java_home (log: $home/keycloak.log)"
    JAVA_HOME=$java_home JAVA_OPTS_KC_HEAP="-Xms64m -Xmx512m" \
        nohup "$home/bin/kc.sh" start-dev --http-port="$port" --http-management-port="$management_port" \
        --db=dev-mem --import-realm --log-level=warn >"$home/keycloak.log" 2>&1 &
    local keycloak=$!
    echo "$keycloak" >"$home/keycloak.pid"
    local starter=$PPID
    # setsid: the watchdog outlives this script, not the build that started it.
    setsid bash -c "while kill -0 $starter 2>/dev/null && kill -0 $keycloak 2>/dev/null; do sleep 5; done;
        kill $keycloak 2>/dev/null || true" >/dev/null 2>&1 </dev/null &
}

wait_ready() {
    local port=$1 seconds=${2:-180} waited=0
    until curl -fs -o /dev/null "http://localhost:$port/realms/kompetence/.well-known/openid-configuration"; do
        if [ "$waited" -ge "$seconds" ]; then
            echo "Keycloak did not answer on port $port within $seconds s" >&2
            return 1
        fi
        sleep 1
        waited=$((waited + 1))
    done
}

stop() {
    local pidfile=$1/keycloak.pid
    [ -f "$pidfile" ] || return 0
    local keycloak
    keycloak=$(cat "$pidfile")
    rm -f "$pidfile"
    kill "$keycloak" 2>/dev/null || return 0
    for _ in $(seq 30); do
        kill -0 "$keycloak" 2>/dev/null || return 0
        sleep 1
    done
    kill -9 "$keycloak" 2>/dev/null || true
}

command=${1:?usage: keycloak.sh start|wait|stop ...}
shift
case $command in
    start) start "$@" ;;
    wait) wait_ready "$@" ;;
    stop) stop "$@" ;;
    *) echo "unknown command $command" >&2; exit 2 ;;
esac
