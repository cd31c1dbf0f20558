#!/usr/bin/env bash
# Partner Support as a cluster: a Payara Server deployment group of two instances with the data
# grid on and web sessions replicated, behind HAProxy (sticky sessions, health checks on
# /health/ready). Run through ./mvnw -Pcluster package (start) or ear/src/cluster/cluster.sh stop.
# On one machine here; on several, the same commands with an SSH node per machine (README).
set -euo pipefail

command=${1:?start or stop}
here=$(cd "$(dirname "$0")/../.." && pwd)
payara=${PAYARA_HOME:-$here/target/payara6}
ear=${2:-$here/target/partner-support.ear}
state=$here/target/cluster
domain=ps-cluster
admin_port=24848          # portbase 24800
balancer_port=${PS_CLUSTER_PORT:-28080}
instances=(ps-1:25000 ps-2:26000)   # name:portbase, HTTP on portbase + 80

asadmin() { "$payara/bin/asadmin" --port "$admin_port" "$@"; }

stop() {
  if [ -f "$state/haproxy.pid" ]; then
    kill "$(cat "$state/haproxy.pid")" 2>/dev/null || true
    rm -f "$state/haproxy.pid"
  fi
  if (exec 3<>/dev/tcp/127.0.0.1/$admin_port) 2>/dev/null; then
    # With a member gone (killed, a machine down) the group's stop can wait on it for long:
    # a minute, then whatever still runs is killed.
    timeout 60 "$payara/bin/asadmin" --port "$admin_port" stop-deployment-group ps-group || true
  fi
  for instance in "${instances[@]}"; do
    pid_file=$payara/glassfish/nodes/localhost-$domain/${instance%%:*}/config/pid
    if [ -f "$pid_file" ] && kill -0 "$(cat "$pid_file")" 2>/dev/null; then
      kill -9 "$(cat "$pid_file")" || true
    fi
  done
  if (exec 3<>/dev/tcp/127.0.0.1/$admin_port) 2>/dev/null; then
    timeout 60 "$payara/bin/asadmin" stop-domain "$domain" || true
  fi
  pid_file=$payara/glassfish/domains/$domain/config/pid
  if [ -f "$pid_file" ] && kill -0 "$(cat "$pid_file")" 2>/dev/null; then
    kill -9 "$(cat "$pid_file")" || true
  fi
}

if [ "$command" = stop ]; then
  stop
  exit 0
fi

case "${PARTNER_SUPPORT_DB_URL:-}" in
  jdbc:postgresql:*) ;;
  *)
    cat >&2 <<'TEXT'
Cluster mode needs PostgreSQL: every instance and the batch program share one database. E.g.
  createdb -h 127.0.0.1 -U postgres partner_support
  export PARTNER_SUPPORT_DB_URL=jdbc:postgresql://127.0.0.1:5432/partner_support
  export PARTNER_SUPPORT_DB_USER=postgres PARTNER_SUPPORT_DB_PASSWORD=
  export PARTNER_SUPPORT_DEMO_DATA=true     # to try it with the demo's accounts
TEXT
    exit 1
    ;;
esac
# Links in mails and workbooks point at the balancer; it is the one trusted proxy.
export PARTNER_SUPPORT_PORTAL_URL=${PARTNER_SUPPORT_PORTAL_URL:-http://localhost:$balancer_port/partner-support/}
export PARTNER_SUPPORT_TRUSTED_PROXIES=${PARTNER_SUPPORT_TRUSTED_PROXIES:-127.0.0.1}

chmod 755 "$payara"/bin/* "$payara"/glassfish/bin/*
mkdir -p "$state"
stop
new=false
if [ ! -d "$payara/glassfish/domains/$domain" ]; then
  "$payara/bin/asadmin" create-domain --nopassword=true --portbase 24800 "$domain"
  new=true
fi
# The instances inherit the domain's environment: the database and the settings above.
"$payara/bin/asadmin" start-domain "$domain"
if $new; then
  asadmin create-deployment-group ps-group
  for instance in "${instances[@]}"; do
    name=${instance%%:*}
    asadmin create-instance --node "localhost-$domain" --deploymentgroup ps-group \
      --portbase "${instance##*:}" "$name"
    asadmin set "configs.config.$name-config.thread-pools.thread-pool.http-thread-pool.max-thread-pool-size=32" \
      "configs.config.$name-config.network-config.protocols.protocol.http-listener-1.http.server-header=false" \
      "configs.config.$name-config.network-config.protocols.protocol.http-listener-1.http.xpowered-by=false"
  done
  asadmin set-hazelcast-configuration --enabled=true --dynamic=true
fi
asadmin start-deployment-group ps-group
# The instances load the EAR deployed last time as they start: deploy only one that changed.
if ! cmp -s "$ear" "$payara/glassfish/domains/$domain/partner-support-deployed.ear"; then
  # A redeployment to a deployment group is refused by name: take the old one off first.
  asadmin undeploy --target domain partner-support >/dev/null 2>&1 || true
  asadmin deploy --target ps-group --availabilityenabled=true --name partner-support "$ear"
  cp "$ear" "$payara/glassfish/domains/$domain/partner-support-deployed.ear"
fi

servers=""
for instance in "${instances[@]}"; do
  name=${instance%%:*}
  servers+="    server $name 127.0.0.1:$((${instance##*:} + 80)) check cookie $name"$'\n'
done
cat > "$state/haproxy.cfg" <<CFG
global
    maxconn 2000

defaults
    mode http
    timeout connect 5s
    timeout client 60s
    timeout server 60s
    option forwardfor

frontend portal
    bind 127.0.0.1:$balancer_port
    default_backend instances

# Sticky sessions by a cookie of the balancer's own; an instance that fails its readiness check
# (or dies) leaves the pool, and its people continue on the other with the replicated session.
backend instances
    balance roundrobin
    cookie PS_INSTANCE insert indirect nocache httponly
    option httpchk GET /health/ready
    http-check expect status 200
    default-server inter 2s fall 2 rise 2
    option redispatch
    retry-on conn-failure empty-response response-timeout
    retries 2
$servers
CFG
haproxy -f "$state/haproxy.cfg" -D -p "$state/haproxy.pid"

for attempt in $(seq 1 90); do
  if curl -fs -o /dev/null "http://127.0.0.1:$balancer_port/partner-support/login.xhtml"; then
    break
  fi
  sleep 2
done
cat <<TEXT
======================================================================
 Partner Support runs as a cluster:
     http://localhost:$balancer_port/partner-support/      (HAProxy)
 Instances: ${instances[*]} (deployment group ps-group, data grid on)
 Admin console: http://localhost:$admin_port/
 Stop: ear/src/cluster/cluster.sh stop
======================================================================
TEXT
