#!/usr/bin/env bash
# Local infrastructure for Statistico on a Debian/Ubuntu machine without Docker:
# RabbitMQ, PostgreSQL and Redis on loopback, started without systemd.
#
#   scripts/infra.sh install   install the server packages when missing (apt)
#   scripts/infra.sh start     start whatever is not running, create roles/vhost, wait until ready
#   scripts/infra.sh stop [NAME]  stop all three, or one (rabbitmq, postgres, redis)
#   scripts/infra.sh status    exit 0 when all three answer
#   scripts/infra.sh env       print the connection strings as environment variables
#   scripts/infra.sh run NAME  run one server in the foreground until SIGTERM (used by the AppHost)
#
# Every command is idempotent: running it twice changes nothing the second time.
set -euo pipefail

STATISTICO_USER="${STATISTICO_INFRA_USER:-statistico}"
STATISTICO_PASSWORD="${STATISTICO_INFRA_PASSWORD:-statistico}"
RABBIT_VHOST="${STATISTICO_RABBIT_VHOST:-statistico}"
PG_VERSION_DIR=""

log() { printf '[infra] %s\n' "$*" >&2; }
die() { printf '[infra] error: %s\n' "$*" >&2; exit 1; }

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

pg_version() {
  [ -n "$PG_VERSION_DIR" ] && { echo "$PG_VERSION_DIR"; return; }
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin/postgres 2>/dev/null | sort -V | tail -1)
  [ -n "$bin" ] && PG_VERSION_DIR=$(basename "$(dirname "$(dirname "$bin")")")
  echo "$PG_VERSION_DIR"
}

missing_packages() {
  local missing=()
  command -v rabbitmq-server >/dev/null 2>&1 || missing+=(rabbitmq-server)
  [ -n "$(pg_version)" ] || missing+=(postgresql)
  command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
  echo "${missing[@]:-}"
}

cmd_install() {
  local missing; missing=$(missing_packages)
  if [ -z "$missing" ]; then log "rabbitmq-server, postgresql and redis-server are installed"; return; fi
  log "installing: $missing"
  export DEBIAN_FRONTEND=noninteractive
  as_root apt-get -o DPkg::Lock::Timeout=600 update -qq
  # shellcheck disable=SC2086
  as_root apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends $missing >/dev/null
  PG_VERSION_DIR=""
  # The Debian packages try to start the servers through systemd/init; make sure nothing half-started lingers.
  [ -z "$(missing_packages)" ] || die "packages still missing after install: $(missing_packages)"
}

require_installed() {
  local missing; missing=$(missing_packages)
  [ -z "$missing" ] || die "missing: $missing. Run scripts/infra.sh install (needs apt and root) or use Docker."
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# ---------- RabbitMQ ----------
rabbit_running() { rabbitmq-diagnostics -q check_running >/dev/null 2>&1; }

rabbit_configure() {
  # The broker listens on loopback only; the guest account is left to RabbitMQ's loopback rule.
  if ! rabbitmqctl -q list_users 2>/dev/null | awk '{print $1}' | grep -qx "$STATISTICO_USER"; then
    rabbitmqctl -q add_user "$STATISTICO_USER" "$STATISTICO_PASSWORD" >/dev/null
    rabbitmqctl -q set_user_tags "$STATISTICO_USER" administrator >/dev/null
  fi
  for vhost in "$RABBIT_VHOST" /; do
    rabbitmqctl -q list_vhosts 2>/dev/null | grep -qx -- "$vhost" || rabbitmqctl -q add_vhost "$vhost" >/dev/null
    rabbitmqctl -q set_permissions -p "$vhost" "$STATISTICO_USER" '.*' '.*' '.*' >/dev/null
  done
  rabbitmq-plugins -q enable rabbitmq_management >/dev/null 2>&1 || true
}

rabbit_wait() {
  for _ in $(seq 1 120); do rabbit_running && return 0; sleep 0.5; done
  die "RabbitMQ did not start within 60 s (see /var/log/rabbitmq)"
}

rabbit_start() {
  if rabbit_running; then log "RabbitMQ is running"; else
    log "starting RabbitMQ"
    export RABBITMQ_NODE_IP_ADDRESS=127.0.0.1
    rabbitmq-server -detached >/dev/null 2>&1 || true
    rabbit_wait
  fi
  rabbit_configure
}

rabbit_stop() {
  if rabbit_running; then log "stopping RabbitMQ"; rabbitmqctl -q shutdown >/dev/null 2>&1 || true; fi
  epmd -kill >/dev/null 2>&1 || true
}

# ---------- PostgreSQL ----------
pg_running() { pg_isready -q -h 127.0.0.1 -p 5432 >/dev/null 2>&1; }

pg_configure() {
  # One login role for the services, allowed to create its own databases (EF Core migrations create them).
  local sql="DO \$\$BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$STATISTICO_USER') THEN
      CREATE ROLE $STATISTICO_USER LOGIN CREATEDB PASSWORD '$STATISTICO_PASSWORD';
    END IF; END\$\$;
    -- Tests drop their databases WITH (FORCE), which must also end an autovacuum worker busy in them.
    GRANT pg_signal_backend TO $STATISTICO_USER;"
  runuser -u postgres -- psql -q -h /var/run/postgresql -d postgres -c "$sql" >/dev/null
  # Each service's own database (design section 6); migrations would create them too, this makes them visible early.
  local db existing
  existing=$(runuser -u postgres -- psql -qAt -h /var/run/postgresql -d postgres -c "SELECT datname FROM pg_database")
  for db in footballdata ratings oddscompiler oddschecker oddswarehouse trader simulator; do
    grep -qx "$db" <<<"$existing" || runuser -u postgres -- psql -q -h /var/run/postgresql -d postgres \
      -c "CREATE DATABASE $db OWNER $STATISTICO_USER" >/dev/null
  done
}

pg_start() {
  local v; v=$(pg_version)
  if pg_running; then log "PostgreSQL is running"; else
    log "starting PostgreSQL $v"
    [ -d "/etc/postgresql/$v/main" ] || as_root pg_createcluster "$v" main >/dev/null
    # Loopback only, so no TLS: Debian's cluster enables it with a self-signed certificate, and encrypting every
    # round trip on loopback cost the outbox benchmark a large share of its CPU.
    as_root pg_ctlcluster "$v" main start -- -o "-c listen_addresses=127.0.0.1 -c max_connections=300 -c ssl=off" \
      || as_root pg_ctlcluster "$v" main start
    for _ in $(seq 1 60); do pg_running && break; sleep 0.5; done
    pg_running || die "PostgreSQL did not start (see /var/log/postgresql)"
  fi
  pg_configure
}

pg_stop() {
  local v; v=$(pg_version)
  if pg_running; then log "stopping PostgreSQL"; as_root pg_ctlcluster "$v" main stop -m fast || true; fi
}

# ---------- Redis ----------
redis_running() { redis-cli -h 127.0.0.1 -p 6379 ping 2>/dev/null | grep -q PONG; }

redis_start() {
  if redis_running; then log "Redis is running"; return; fi
  log "starting Redis"
  redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save '' --appendonly no \
    --logfile /tmp/statistico-redis.log >/dev/null
  for _ in $(seq 1 40); do redis_running && return 0; sleep 0.25; done
  die "Redis did not start (see /tmp/statistico-redis.log)"
}

redis_stop() { if redis_running; then log "stopping Redis"; redis-cli -h 127.0.0.1 -p 6379 shutdown nosave >/dev/null 2>&1 || true; fi; }

# ---------- commands ----------
cmd_start() { require_installed; pg_start; redis_start; rabbit_start; log "ready: RabbitMQ :5672 (management :15672), PostgreSQL :5432, Redis :6379"; }
cmd_stop() {
  case "${1:-all}" in
    rabbitmq) rabbit_stop ;; postgres) pg_stop ;; redis) redis_stop ;;
    all) rabbit_stop; redis_stop; pg_stop ;;
    *) die "stop takes rabbitmq, postgres, redis or nothing (all)" ;;
  esac
}
cmd_status() {
  local ok=0
  rabbit_running && log "RabbitMQ: running" || { log "RabbitMQ: stopped"; ok=1; }
  pg_running && log "PostgreSQL: running" || { log "PostgreSQL: stopped"; ok=1; }
  redis_running && log "Redis: running" || { log "Redis: stopped"; ok=1; }
  return $ok
}
cmd_env() {
  cat <<ENV
export ConnectionStrings__messaging='amqp://$STATISTICO_USER:$STATISTICO_PASSWORD@127.0.0.1:5672/$RABBIT_VHOST'
export ConnectionStrings__postgres='Host=127.0.0.1;Port=5432;Username=$STATISTICO_USER;Password=$STATISTICO_PASSWORD'
export ConnectionStrings__cache='127.0.0.1:6379'
ENV
}

# Foreground mode for the AppHost's executable resources: start the server when it is not running
# (and then stop it on SIGTERM), or watch one that was already running without owning it.
cmd_run() {
  local name="${1:-}" owned=0 prefix
  case "$name" in rabbitmq) prefix=rabbit ;; postgres) prefix=pg ;; redis) prefix=redis ;;
    *) die "run takes rabbitmq, postgres or redis" ;; esac
  require_installed
  local ready_file="${STATISTICO_READY_DIR:-/tmp/statistico-infra}/$name.ready"
  mkdir -p "$(dirname "$ready_file")"; rm -f "$ready_file"
  "${prefix}_running" || owned=1
  "${prefix}_start"
  "${prefix}_running" || die "$name did not start"
  touch "$ready_file"
  if [ $owned = 1 ]; then log "$name is ready (started here; stops with the AppHost)"
  else log "$name is ready (it was already running; it is left running afterwards)"; fi
  # The stop runs in its own session: the AppHost may kill this script before a slow stop (RabbitMQ takes ~9 s) ends.
  trap 'rm -f "$ready_file"; if [ $owned = 1 ]; then setsid "$0" stop "$name" </dev/null >/dev/null 2>&1 & fi; exit 0' TERM INT
  local port; case "$name" in rabbitmq) port=5672 ;; postgres) port=5432 ;; redis) port=6379 ;; esac
  # A cheap port probe while watching: rabbitmq-diagnostics starts an Erlang VM each time.
  while port_open "$port"; do sleep 3 & wait $!; done
  rm -f "$ready_file"
  die "$name stopped"
}

case "${1:-}" in
  install) cmd_install ;;
  start) cmd_start ;;
  stop) shift; cmd_stop "$@" ;;
  status) cmd_status ;;
  env) cmd_env ;;
  run) shift; cmd_run "$@" ;;
  *) echo "usage: $0 {install|start|stop|status|env|run NAME}" >&2; exit 2 ;;
esac
