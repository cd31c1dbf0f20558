#!/usr/bin/env bash
# The portal under load: 1,000,000 requests in PostgreSQL, 50 people driven from a second process
# on loopback (bench/PortalLoad.java), then the EXPLAIN of the heaviest queries. First the start-up
# time (cold: new domain and database; warm: the same again). Not part of the test command.
#
#   bash bench/portal-load.sh     # PS_BENCH_ESCALATIONS=1000000 PS_BENCH_SECONDS=60 PS_BENCH_USERS=50
#   PS_BENCH_STARTUP_ONLY=1 bash bench/portal-load.sh    # only the start-up times
#   PS_BENCH_REGENERATE=1 ...     # generate the load database again (kept between runs otherwise)
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${PS_BENCH_DB:-ps_bench_portal}
STARTUP_DB=${DB}_startup
PG=(-h 127.0.0.1 -U postgres)
URL=http://localhost:8080/partner-support/
ASADMIN=ear/target/payara6/bin/asadmin

./mvnw -q -B install -DskipTests
[ -x "$ASADMIN" ] && "$ASADMIN" stop-domain domain1 >/dev/null 2>&1 || true

use_database() {
  # The driver signs in as the demo users: ask for the demo explicitly (a configured database
  # never gets it otherwise).
  export PARTNER_SUPPORT_DB_URL=jdbc:postgresql://127.0.0.1:5432/$1 PARTNER_SUPPORT_DB_USER=postgres PARTNER_SUPPORT_DB_PASSWORD= PARTNER_SUPPORT_DEMO_DATA=true
}
export PARTNER_SUPPORT_HOME=$PWD/ear/target/bench-home
started() {
  local t0=$1
  until curl -sf -o /dev/null "${URL}login.xhtml"; do sleep 0.2; done
  awk -v now="$(date +%s.%N)" -v t0="$t0" 'BEGIN { print now - t0 }'
}

# Start-up, cold: the domain is unpacked and created, the schema migrated and the demo loaded.
dropdb "${PG[@]}" --if-exists --force "$STARTUP_DB"
createdb "${PG[@]}" "$STARTUP_DB"
use_database "$STARTUP_DB"
rm -rf "$PARTNER_SUPPORT_HOME" ear/target/payara6 ear/target/dependency-maven-plugin-markers
t0=$(date +%s.%N)
./mvnw -q -B -o -Prun package -DskipTests >/dev/null
cold=$(started "$t0")
"$ASADMIN" stop-domain domain1 >/dev/null
t0=$(date +%s.%N)
./mvnw -q -B -o -Prun package -DskipTests >/dev/null
warm=$(started "$t0")
"$ASADMIN" stop-domain domain1 >/dev/null
dropdb "${PG[@]}" --if-exists --force "$STARTUP_DB"
printf 'start-up, run command to first page: cold %.1f s, warm %.1f s\n' "$cold" "$warm"
[ -n "${PS_BENCH_STARTUP_ONLY:-}" ] && exit 0

use_database "$DB"
generated=$(psql "${PG[@]}" -d "$DB" -Atc "SELECT COUNT(*) FROM support_request" 2>/dev/null || echo 0)
if [ -n "${PS_BENCH_REGENERATE:-}" ] || [ "$generated" -lt "${PS_BENCH_ESCALATIONS:-1000000}" ]; then
  dropdb "${PG[@]}" --if-exists --force "$DB"
  createdb "${PG[@]}" "$DB"
  # The portal migrates the schema and loads the demo (the generator signs its admins in with the
  # demo password), then the generator adds the load.
  ./mvnw -q -B -o -Prun package -DskipTests >/dev/null
  started "$(date +%s.%N)" >/dev/null
  "$ASADMIN" stop-domain domain1 >/dev/null
  java -jar batch-job/target/partner-support-batch.jar generate-data \
    --escalations "${PS_BENCH_ESCALATIONS:-1000000}" --partners 400 --customers 40000
  psql "${PG[@]}" -d "$DB" -qc 'VACUUM ANALYZE'
fi
echo "load database $DB: $(psql "${PG[@]}" -d "$DB" -Atc "SELECT COUNT(*) FROM support_request") requests"
psql "${PG[@]}" -d "$DB" -Atc "SELECT username FROM app_user WHERE username LIKE 'lt%.admin' ORDER BY username LIMIT 45" \
  > ear/target/bench-admins.txt
# Each admin's script calls the API with a token of its own, as scripts should.
java -jar batch-job/target/partner-support-batch.jar create-api-token --users-file ear/target/bench-admins.txt \
  --name "Load benchmark" > ear/target/bench-users.txt

./mvnw -q -B -o -Prun package -DskipTests >/dev/null
started "$(date +%s.%N)" >/dev/null
java bench/PortalLoad.java "$URL" ear/target/bench-users.txt "${PS_BENCH_SECONDS:-60}" "${PS_BENCH_USERS:-50}"
"$ASADMIN" stop-domain domain1 >/dev/null

partner=$(psql "${PG[@]}" -d "$DB" -Atc "SELECT MIN(partner_id) FROM app_user WHERE username LIKE 'lt%.admin'")
psql "${PG[@]}" -d "$DB" -v partner="$partner" -f bench/explain.sql
