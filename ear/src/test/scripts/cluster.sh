#!/usr/bin/env bash
# Two WildFly nodes on one machine behind HAProxy, sharing a throw-away PostgreSQL (see "Cluster" in
# the README). After `mvn package` (which builds the EAR and standalone-ha-postgresql.xml):
#   cluster.sh start [DIR [BALANCER_PORT [POSTGRESQL_PORT [OFFSET1 [OFFSET2]]]]]
#   cluster.sh stop [DIR]
# DIR (default ear/target/cluster) gets the PostgreSQL cluster, one base directory per node
# (configuration, deployments with the EAR, data, log: two servers cannot share one) and the
# balancer's configuration. Node N listens on 8080+OFFSETN (management 9990+OFFSETN, JGroups
# 7600+OFFSETN), the balancer on 127.0.0.1:BALANCER_PORT (default 18080). Defaults for the offsets:
# 300 and 400 (clear of the test Keycloak on 8180); PostgreSQL: 55433.
# HAProxy comes from Debian: installed with apt-get when missing and run as root, otherwise the
# script says what to install.
set -euo pipefail

scripts=$(cd "$(dirname "$0")" && pwd)
target=$(cd "$scripts/../../../target" && pwd)
action=${1:?start or stop}
dir=${2:-$target/cluster}
balancer_port=${3:-18080}
postgresql_port=${4:-55433}
offsets=("${5:-300}" "${6:-400}")
server_home=$(ls -d "$target"/wildfly-* | sort -V | tail -n 1)
ear=$target/kompetence.ear
config=standalone-ha-postgresql.xml

stop_pid_file() {
    local file=$1
    if [ -f "$file" ]; then
        local pid
        pid=$(cat "$file")
        if kill -0 "$pid" 2>/dev/null; then
            kill "$pid"
            for _ in $(seq 1 60); do
                kill -0 "$pid" 2>/dev/null || break
                sleep 1
            done
            kill -KILL "$pid" 2>/dev/null || true
        fi
        rm -f "$file"
    fi
}

stop_cluster() {
    stop_pid_file "$dir/haproxy.pid"
    for node in node1 node2; do
        stop_pid_file "$dir/$node/server.pid"
    done
    if [ -d "$dir/postgresql" ]; then
        "$scripts/postgresql-cluster.sh" stop "$dir/postgresql"
    fi
}

ensure_haproxy() {
    if command -v haproxy >/dev/null; then
        return
    fi
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        echo "Installing Debian's haproxy for the cluster"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -q
        apt-get install -y -q haproxy
    fi
    if ! command -v haproxy >/dev/null; then
        echo "The cluster needs HAProxy as its load balancer: run 'sudo apt-get install -y haproxy'" >&2
        exit 1
    fi
}

initial_hosts() {
    local hosts=() offset
    for offset in "${offsets[@]}"; do
        hosts+=("127.0.0.1[$((7600 + offset))]")
    done
    (IFS=,; echo "${hosts[*]}")
}

launch_node() {
    local number=$1 offset=$2
    local base=$dir/node$number
    mkdir -p "$base/deployments"
    cp -r "$server_home/standalone/configuration" "$base/"
    # JBOSS_PIDFILE: the server JVM's own pid (standalone.sh only waits for it), which stop ends and
    # ClusterIT kills.
    LAUNCH_JBOSS_IN_BACKGROUND=1 JBOSS_PIDFILE="$base/server.pid" JAVA_OPTS="-Xms256m -Xmx768m -Djava.net.preferIPv4Stack=true" \
        nohup "$server_home/bin/standalone.sh" -c "$config" \
        -Djboss.server.base.dir="$base" \
        -Djboss.node.name="node$number" \
        -Djboss.socket.binding.port-offset="$offset" \
        -Dkompetence.cluster.initial-hosts="$(initial_hosts)" \
        -Dkompetence.postgresql.url="jdbc:postgresql://localhost:$postgresql_port/kompetence" \
        -Dkompetence.postgresql.user=kompetence -Dkompetence.postgresql.password=kompetence \
        -Dkompetence.demo-data=true \
        >"$base/console.log" 2>&1 </dev/null &
}

# Copied under another name and renamed, so the deployment scanner never sees half an EAR.
deploy_and_wait() {
    local number=$1 offset=$2
    local base=$dir/node$number
    local marker=$base/deployments/kompetence.ear
    cp "$ear" "$base/kompetence.ear.copy"
    mv "$base/kompetence.ear.copy" "$marker"
    for _ in $(seq 1 300); do
        if [ -f "$marker.deployed" ]; then
            echo "node$number up on 127.0.0.1:$((8080 + offset)) (management $((9990 + offset)), log $base/log/server.log)"
            return
        fi
        if [ -f "$marker.failed" ]; then
            echo "node$number could not deploy the EAR: $(cat "$marker.failed")" >&2
            exit 1
        fi
        sleep 1
    done
    echo "node$number did not deploy the EAR within 5 minutes (see $base/log/server.log)" >&2
    exit 1
}

# Sticky by a cookie the balancer sets (SERVERID), round robin for new visitors. A node that stops
# answering its readiness check (management port: UP only when the database answers) leaves the
# pool within two seconds; until then, and for requests it drops, the retries below apply.
# Retries: any request whose connection to a node failed is sent to the other node (redispatch), as
# nothing reached the dead one. A request cut off after it was sent (empty answer, timeout, 502-504)
# is retried only when it is idempotent (GET, HEAD, PUT, DELETE, OPTIONS): a POST may have been
# committed before the node died (an enrolment, a new module), and sending it again would do it
# twice or answer 409; the client gets 502 and must look, as after any lost answer.
write_haproxy_config() {
    cat >"$dir/haproxy.cfg" <<EOF
global
    maxconn 512

defaults
    mode http
    timeout connect 2s
    timeout client 2m
    timeout server 2m
    retries 3
    option redispatch 1
    retry-on conn-failure empty-response response-timeout 502 503 504

frontend kompetence
    bind 127.0.0.1:$balancer_port
    http-request disable-l7-retry unless { method GET HEAD PUT DELETE OPTIONS }
    default_backend nodes

backend nodes
    balance roundrobin
    cookie SERVERID insert indirect nocache httponly
    option httpchk GET /health/ready
    http-check expect status 200
    default-server inter 1s fall 2 rise 2
    server node1 127.0.0.1:$((8080 + offsets[0])) check port $((9990 + offsets[0])) cookie node1
    server node2 127.0.0.1:$((8080 + offsets[1])) check port $((9990 + offsets[1])) cookie node2
EOF
}

case "$action" in
stop)
    stop_cluster
    ;;
start)
    ensure_haproxy
    if [ ! -f "$server_home/standalone/configuration/$config" ] || [ ! -f "$ear" ]; then
        echo "Build first: mvn -B package -DskipTests (makes $ear and $config)" >&2
        exit 1
    fi
    stop_cluster
    rm -rf "$dir"
    mkdir -p "$dir"
    "$scripts/postgresql-cluster.sh" start "$dir/postgresql" "$postgresql_port"
    # Both servers boot at once, but node 2 gets the EAR only when node 1 has deployed it: the
    # first deployment migrates the database and loads the demo data, which one node must do alone.
    launch_node 1 "${offsets[0]}"
    launch_node 2 "${offsets[1]}"
    deploy_and_wait 1 "${offsets[0]}"
    deploy_and_wait 2 "${offsets[1]}"
    write_haproxy_config
    haproxy -f "$dir/haproxy.cfg" -D -p "$dir/haproxy.pid"
    # Until its first health checks pass the balancer answers 503 by itself.
    for _ in $(seq 1 30); do
        if curl -sf -o /dev/null "http://127.0.0.1:$balancer_port/kompetence/"; then
            break
        fi
        sleep 1
    done
    echo "Kompetence cluster: http://127.0.0.1:$balancer_port/kompetence/ (stop with: $0 stop $dir)"
    ;;
*)
    echo "usage: $0 start [DIR [BALANCER_PORT [POSTGRESQL_PORT [OFFSET1 [OFFSET2]]]]] | stop [DIR]" >&2
    exit 2
    ;;
esac
