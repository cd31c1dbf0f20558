#!/usr/bin/env bash
# The portal's speed goals, each a ratio measured in this one run (machines here differ by 2×):
# this checkout and the commit the speed issue started from (built in target/bench/start), each on
# PostgreSQL databases of 10,000 and 1,000,000 requests that its own generator fills (kept between
# runs), driven from a second JVM on loopback (bench/PortalLoad.java); then the heap a busy person
# holds, and the warm start against an empty Payara domain's start. Not part of the test command.
#
#   bash bench/portal.sh     # PS_BENCH_SECONDS=45 PS_BENCH_SIZES="10000 1000000" PS_BENCH_START=f3c1b7f
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
# The last commit before the speed, security, accounts, review and cluster issues were worked on.
START=${PS_BENCH_START:-f3c1b7f}
read -r -a SIZES <<< "${PS_BENCH_SIZES:-10000 1000000}"
SMALL=${SIZES[0]} LARGE=${SIZES[-1]}
SECONDS_EACH=${PS_BENCH_SECONDS:-45}
PG=(-h 127.0.0.1 -U postgres)
URL=http://localhost:8080/partner-support/
WORK=$ROOT/target/bench
RESULTS=$WORK/results.txt
mkdir -p "$WORK"
: > "$RESULTS"

# Both builds: this checkout as it is, the start commit in a worktree of its own.
./mvnw -q -B install -DskipTests
[ -d "$WORK/start" ] || git worktree add --detach "$WORK/start" "$START"
(cd "$WORK/start" && ./mvnw -q -B package -DskipTests -Dspotless.check.skip=true)

stop_payara() {
  local asadmin=$1/ear/target/payara6/bin/asadmin
  [ -x "$asadmin" ] && "$asadmin" stop-domain domain1 >/dev/null 2>&1 || true
}
stop_payara "$ROOT"
stop_payara "$WORK/start"

# $1 checkout, $2 database: the run command of that checkout on that database, until a page answers.
start_portal() {
  (cd "$1" && PARTNER_SUPPORT_HOME=$1/ear/target/bench-home PARTNER_SUPPORT_DEMO_DATA=true \
    PARTNER_SUPPORT_DB_URL=jdbc:postgresql://127.0.0.1:5432/$2 PARTNER_SUPPORT_DB_USER=postgres \
    PARTNER_SUPPORT_DB_PASSWORD= ./mvnw -q -B -Prun package -DskipTests >/dev/null)
  until curl -sf -o /dev/null "${URL}login.xhtml"; do sleep 0.2; done
  # A generated database's open requests get their due times from the portal's first start (in the
  # background, in pages): measure after it.
  while [ "$(psql "${PG[@]}" -d "$2" -Atc "SELECT COUNT(*) FROM support_request WHERE due_computed_for IS NULL
      AND status IN ('SUBMITTED', 'CONTACTED', 'IN_PROGRESS', 'WAITING_FOR_PARTNER')" 2>/dev/null || echo 0)" != 0 ]; do
    sleep 5
  done
}

# $1 checkout, $2 database, $3 requests: the checkout's own generator fills it (schema and demo too).
ensure_database() {
  local have
  have=$(psql "${PG[@]}" -d "$2" -Atc "SELECT COUNT(*) FROM support_request" 2>/dev/null || echo 0)
  if [ "$have" -lt "$3" ]; then
    dropdb "${PG[@]}" --if-exists --force "$2"
    createdb "${PG[@]}" "$2"
    PARTNER_SUPPORT_DB_URL=jdbc:postgresql://127.0.0.1:5432/$2 PARTNER_SUPPORT_DB_USER=postgres PARTNER_SUPPORT_DB_PASSWORD= \
      java -jar "$1/batch-job/target/partner-support-batch.jar" generate-data --escalations "$3" --partners 400 \
      --customers 40000
    psql "${PG[@]}" -d "$2" -qc 'VACUUM ANALYZE'
  fi
  psql "${PG[@]}" -d "$2" -Atc "SELECT username FROM app_user WHERE username LIKE 'lt%.admin' ORDER BY username" \
    > "$WORK/users-$2.txt"
}

# $1 name for the results, then PortalLoad's arguments: runs it, keeps its summary line.
drive() {
  local name=$1
  shift
  java "$ROOT/bench/PortalLoad.java" "$@" | tee "$WORK/$name.out"
  echo "$name $(tail -1 "$WORK/$name.out")" >> "$RESULTS"
}

payara_pid() { pgrep -f 'ASMain.*domain1' | head -1; }
# The live heap in KiB after a full collection.
live_heap() {
  jcmd "$(payara_pid)" GC.run >/dev/null
  jcmd "$(payara_pid)" GC.heap_info | grep -o 'used [0-9]*K' | head -1 | tr -dc 0-9
}

for commit in now start; do
  dir=$ROOT
  [ "$commit" = start ] && dir=$WORK/start
  for size in "${SIZES[@]}"; do
    db=ps_bench_${commit}_$size
    ensure_database "$dir" "$db" "$size"
    start_portal "$dir" "$db"
    # A new JVM compiles for a minute or more: 16 people without pauses first, not measured.
    java "$ROOT/bench/PortalLoad.java" load "$URL" "$WORK/users-$db.txt" 45 16 0 > "$WORK/$commit-$size-warm-up.out"
    drive "$commit-$size-think" load "$URL" "$WORK/users-$db.txt" "$SECONDS_EACH" 50 1000
    drive "$commit-$size-capacity" load "$URL" "$WORK/users-$db.txt" "$SECONDS_EACH" 16 0
    if [ "$size" = "$LARGE" ]; then
      # Busy people: 60 sessions that open 30 pages each (more than the views a session keeps).
      before=$(live_heap)
      drive "$commit-busy" busy "$URL" "$WORK/users-$db.txt" 60 30
      after=$(live_heap)
      echo "$commit-heap kib_per_person=$(( (after - before) / 60 ))" >> "$RESULTS"
    fi
    stop_payara "$dir"
  done
done

# Start-up: the run command on an unchanged build (warm: the first call deploys if needed) against
# an empty Payara domain of the same Payara, each to its first answer.
start_portal "$ROOT" "ps_bench_now_$SMALL"
stop_payara "$ROOT"
t0=$(date +%s.%N)
start_portal "$ROOT" "ps_bench_now_$SMALL"
warm=$(awk -v now="$(date +%s.%N)" -v t0="$t0" 'BEGIN { print now - t0 }')
stop_payara "$ROOT"
asadmin=$ROOT/ear/target/payara6/bin/asadmin
"$asadmin" delete-domain bench-empty >/dev/null 2>&1 || true
"$asadmin" create-domain --nopassword bench-empty >/dev/null
t0=$(date +%s.%N)
"$asadmin" start-domain bench-empty >/dev/null
until curl -s -o /dev/null http://localhost:8080/; do sleep 0.2; done
empty=$(awk -v now="$(date +%s.%N)" -v t0="$t0" 'BEGIN { print now - t0 }')
"$asadmin" stop-domain bench-empty >/dev/null
"$asadmin" delete-domain bench-empty >/dev/null
echo "startup warm_s=$warm empty_s=$empty" >> "$RESULTS"

java "$ROOT/bench/PortalGoals.java" "$RESULTS" "$SMALL" "$LARGE"
