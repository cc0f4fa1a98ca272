#!/usr/bin/env bash
# Local infrastructure for Statistico on a Debian/Ubuntu machine without Docker:
# RabbitMQ, PostgreSQL and Redis on loopback, started without systemd.
#
#   scripts/infra.sh install   install the server packages when missing (apt)
#   scripts/infra.sh start     start whatever is not running, create roles/vhost, wait until ready
#   scripts/infra.sh stop [NAME]  stop all three, or one (rabbitmq, postgres, redis)
#   scripts/infra.sh status    exit 0 when all three answer
#   scripts/infra.sh env       print the services' connection strings as environment variables
#   scripts/infra.sh test-env  the same plus the test helpers' admin credentials (creating/dropping databases, vhosts)
#   scripts/infra.sh credentials  create this machine's credentials file when missing and print its path
#   scripts/infra.sh listeners print any listener of these servers beyond loopback (exit 1 when there is one)
#   scripts/infra.sh run NAME  run one server in the foreground until SIGTERM (used by the AppHost)
#   scripts/infra.sh ctl ARGS  rabbitmqctl ARGS against this node, its own Erlang node on loopback
#   scripts/infra.sh reset     empty the platform's state: its seven databases, its virtual host, Football Data's cache
#
# Every command is idempotent: running it twice changes nothing the second time. Every server listens on 127.0.0.1
# only; a server found running with an older, wider configuration is restarted (ADR 0040).
#
# Credentials (ADR 0041): two roles on each server, with random passwords generated on first use and kept in
# $STATISTICO_INFRA_ENV_FILE (default ~/.config/statistico/infra.env, mode 600):
#   statistico        the services: its own vhost and databases, nothing else (no CREATEDB, no broker tags)
#   statistico_admin  the test helpers: creates and drops databases and virtual hosts
# STATISTICO_INFRA_PASSWORD / STATISTICO_INFRA_ADMIN_PASSWORD in the environment win over the file (CI).
set -euo pipefail

STATISTICO_USER="${STATISTICO_INFRA_USER:-statistico}"
STATISTICO_ADMIN_USER="${STATISTICO_INFRA_ADMIN_USER:-statistico_admin}"
RABBIT_VHOST="${STATISTICO_RABBIT_VHOST:-statistico}"
CREDENTIALS_FILE="${STATISTICO_INFRA_ENV_FILE:-${XDG_CONFIG_HOME:-$HOME/.config}/statistico/infra.env}"
STATISTICO_PASSWORD=""
STATISTICO_ADMIN_PASSWORD=""
PG_VERSION_DIR=""
# The node is named after localhost, not the machine's host name: its distribution port is bound to 127.0.0.1, and a
# host name that resolves to another address would leave rabbitmqctl unable to reach it.
export RABBITMQ_NODENAME="${RABBITMQ_NODENAME:-rabbit@localhost}"
# Any Erlang tool this script runs (rabbitmq-diagnostics, rabbitmqctl) starts epmd when none is running, and epmd
# binds every interface unless told otherwise: exported here, not just for the server, so the first one binds loopback.
export ERL_EPMD_ADDRESS=127.0.0.1
# Every CLI tool (rabbitmqctl, rabbitmq-diagnostics, rabbitmq-plugins) is an Erlang node of its own with a distribution
# port (35672-35682) that Erlang binds to every interface for as long as the tool runs; keep it on loopback (ADR 0045).
export RABBITMQ_CTL_ERL_ARGS="${RABBITMQ_CTL_ERL_ARGS:+$RABBITMQ_CTL_ERL_ARGS }-kernel inet_dist_use_interface {127,0,0,1}"
# The servers' fixed ports: AMQP, management, Erlang distribution, epmd, Postgres, Redis.
SERVER_PORTS="5672 15672 25672 4369 5432 6379"
# Each service's own database (design section 6; the AppHost's Infrastructure/DatabaseNames.cs names the same seven).
PLATFORM_DATABASES="footballdata ratings oddscompiler oddschecker oddswarehouse trader simulator"

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

# ---------- credentials ----------
random_secret() { head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 32; }

credential_from_file() { sed -n "s/^$1=\([A-Za-z0-9]*\)\$/\1/p" "$CREDENTIALS_FILE" | tail -1; }

ensure_credentials_file() {
  if [ ! -f "$CREDENTIALS_FILE" ]; then
    local dir tmp; dir=$(dirname "$CREDENTIALS_FILE")
    mkdir -p "$dir"; chmod 700 "$dir"
    tmp=$(mktemp "$dir/.infra.env.XXXXXX")
    printf '# Statistico local infrastructure credentials for this machine (scripts/infra.sh). Keep private.\n' >"$tmp"
    printf 'STATISTICO_INFRA_PASSWORD=%s\nSTATISTICO_INFRA_ADMIN_PASSWORD=%s\n' "$(random_secret)" "$(random_secret)" >>"$tmp"
    chmod 600 "$tmp"
    # Two first starts at once: the first file wins and both read it.
    mv -n "$tmp" "$CREDENTIALS_FILE"; rm -f "$tmp"
    log "generated credentials in $CREDENTIALS_FILE"
  fi
  chmod 600 "$CREDENTIALS_FILE"
}

# Reads the file rather than sourcing it: a credentials file never runs code.
load_credentials() {
  [ -n "$STATISTICO_PASSWORD" ] && return
  if [ -z "${STATISTICO_INFRA_PASSWORD:-}" ] || [ -z "${STATISTICO_INFRA_ADMIN_PASSWORD:-}" ]; then ensure_credentials_file; fi
  STATISTICO_PASSWORD="${STATISTICO_INFRA_PASSWORD:-$(credential_from_file STATISTICO_INFRA_PASSWORD)}"
  STATISTICO_ADMIN_PASSWORD="${STATISTICO_INFRA_ADMIN_PASSWORD:-$(credential_from_file STATISTICO_INFRA_ADMIN_PASSWORD)}"
  [ -n "$STATISTICO_PASSWORD" ] && [ -n "$STATISTICO_ADMIN_PASSWORD" ] \
    || die "$CREDENTIALS_FILE lacks STATISTICO_INFRA_PASSWORD or STATISTICO_INFRA_ADMIN_PASSWORD (letters and digits); delete it to regenerate"
}

# ---------- listeners ----------
# Listening TCP sockets on the given ports whose address is not loopback, as "address:port" (IPv4 and IPv6), read from
# /proc/net/tcp{,6} so that it needs no ss/netstat and sees sockets of every user.
listeners_beyond_loopback() {
  local hex=""
  for port in "$@"; do hex="$hex $(printf '%04X' "$port")"; done
  awk -v ports="$hex " '
    function dec(h,   i, n) { n = 0; for (i = 1; i <= length(h); i++) n = n * 16 + index("0123456789ABCDEF", substr(h, i, 1)) - 1; return n }
    function loopback(a) {
      if (length(a) == 8) return substr(a, 7, 2) == "7F"
      return a == "00000000000000000000000001000000" || (substr(a, 1, 24) == "0000000000000000FFFF0000" && substr(a, 31, 2) == "7F")
    }
    function show(a) {
      if (length(a) == 8) return dec(substr(a, 7, 2)) "." dec(substr(a, 5, 2)) "." dec(substr(a, 3, 2)) "." dec(substr(a, 1, 2))
      return a == "00000000000000000000000000000000" ? "[::]" : "[" a "]"
    }
    FNR > 1 && $4 == "0A" {
      split($2, local, ":")
      if (index(ports, " " local[2] " ") && !loopback(local[1])) print show(local[1]) ":" dec(local[2])
    }' /proc/net/tcp /proc/net/tcp6 2>/dev/null | sort -u
}

# ---------- RabbitMQ ----------
rabbit_running() { rabbitmq-diagnostics -q check_running >/dev/null 2>&1; }

# A user with this password and exactly these tags (none for the services: they need only their vhost permissions).
rabbit_user() {
  local user="$1" password="$2" tags="${3:-}"
  if ! rabbitmqctl -q list_users 2>/dev/null | awk '{print $1}' | grep -qx -- "$user"; then
    rabbitmqctl -q add_user "$user" "$password" >/dev/null
  elif ! rabbitmqctl -q authenticate_user "$user" "$password" >/dev/null 2>&1; then
    rabbitmqctl -q change_password "$user" "$password" >/dev/null
  fi
  # shellcheck disable=SC2086
  rabbitmqctl -q set_user_tags "$user" $tags >/dev/null
}

rabbit_configure() {
  # The guest account is left to RabbitMQ's loopback rule.
  load_credentials
  rabbit_user "$STATISTICO_USER" "$STATISTICO_PASSWORD"
  # The test helpers' account creates and deletes virtual hosts through the management API (loopback only).
  rabbit_user "$STATISTICO_ADMIN_USER" "$STATISTICO_ADMIN_PASSWORD" administrator
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
  if rabbit_running && [ -n "$(listeners_beyond_loopback 5672 15672 25672 4369)" ]; then
    log "RabbitMQ listens beyond loopback ($(listeners_beyond_loopback 5672 15672 25672 4369 | tr '\n' ' ')): restarting it"
    rabbit_stop
  elif ! rabbit_running && port_open 5672; then
    # A broker from before this script named its node after localhost (rabbit@<host name>, maybe on every interface).
    log "a RabbitMQ node other than $RABBITMQ_NODENAME holds :5672: stopping it to restart on loopback"
    rabbitmqctl -q -n "rabbit@$(hostname -s)" shutdown >/dev/null 2>&1 || true
    epmd -kill >/dev/null 2>&1 || true
    for _ in $(seq 1 60); do port_open 5672 || break; sleep 0.5; done
    ! port_open 5672 || die "something other than $RABBITMQ_NODENAME listens on :5672; stop it first"
  fi
  if ! rabbit_running && [ -n "$(listeners_beyond_loopback 4369)" ]; then
    # An epmd left by the package's install (or by an Erlang tool run without ERL_EPMD_ADDRESS) serves every interface;
    # the node would register with it rather than start its own.
    log "epmd listens beyond loopback with no node to serve: stopping it"
    epmd -kill >/dev/null 2>&1 || pkill -x epmd >/dev/null 2>&1 || true
    for _ in $(seq 1 20); do [ -z "$(listeners_beyond_loopback 4369)" ] && break; sleep 0.25; done
  fi
  if rabbit_running; then log "RabbitMQ is running"; else
    log "starting RabbitMQ"
    # AMQP, management, Erlang distribution and epmd all on loopback: the default is every interface, where anyone
    # on the network could reach the management UI or, with the cookie, the node itself.
    export RABBITMQ_NODE_IP_ADDRESS=127.0.0.1 ERL_EPMD_ADDRESS=127.0.0.1
    export RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS='-kernel inet_dist_use_interface {127,0,0,1} -rabbitmq_management tcp_config [{ip,"127.0.0.1"},{port,15672}]'
    rabbitmq-server -detached >/dev/null 2>&1 || true
    rabbit_wait
  fi
  rabbit_configure
}

rabbit_stop() {
  if rabbit_running; then
    log "stopping RabbitMQ"; rabbitmqctl -q shutdown >/dev/null 2>&1 || true
    for _ in $(seq 1 60); do port_open 5672 || break; sleep 0.5; done
  fi
  epmd -kill >/dev/null 2>&1 || true
}

# ---------- PostgreSQL ----------
pg_running() { pg_isready -q -h 127.0.0.1 -p 5432 >/dev/null 2>&1; }

pg_configure() {
  load_credentials
  # The services' role owns their databases and nothing more; the test helpers' role creates and drops databases
  # (owned by the services' role, of which it is a member) and, to drop WITH (FORCE), ends backends busy in them
  # (an autovacuum worker too). Existing roles are brought to exactly this (ADR 0041). Read from stdin: ALTER SYSTEM
  # runs outside a transaction, and passwords stay off the command line.
  runuser -u postgres -- psql -q -v ON_ERROR_STOP=1 -h /var/run/postgresql -d postgres >/dev/null <<SQL
DO \$\$BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$STATISTICO_USER') THEN CREATE ROLE $STATISTICO_USER LOGIN; END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$STATISTICO_ADMIN_USER') THEN CREATE ROLE $STATISTICO_ADMIN_USER LOGIN; END IF;
END\$\$;
ALTER ROLE $STATISTICO_USER LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD '$STATISTICO_PASSWORD';
SET client_min_messages = error;
REVOKE pg_signal_backend FROM $STATISTICO_USER;
ALTER ROLE $STATISTICO_ADMIN_USER LOGIN NOSUPERUSER CREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD '$STATISTICO_ADMIN_PASSWORD';
GRANT pg_signal_backend TO $STATISTICO_ADMIN_USER;
GRANT $STATISTICO_USER TO $STATISTICO_ADMIN_USER;
ALTER SYSTEM SET listen_addresses = '127.0.0.1';
SQL
  # Each service's own database (design section 6); migrations would create them too, this makes them visible early.
  local db existing
  existing=$(runuser -u postgres -- psql -qAt -h /var/run/postgresql -d postgres -c "SELECT datname FROM pg_database")
  for db in $PLATFORM_DATABASES; do
    grep -qx "$db" <<<"$existing" || runuser -u postgres -- psql -q -h /var/run/postgresql -d postgres \
      -c "CREATE DATABASE $db OWNER $STATISTICO_USER" >/dev/null
  done
}

pg_start() {
  local v; v=$(pg_version)
  if pg_running && [ -n "$(listeners_beyond_loopback 5432)" ]; then
    log "PostgreSQL listens beyond loopback ($(listeners_beyond_loopback 5432 | tr '\n' ' ')): restarting it"
    as_root pg_ctlcluster "$v" main stop -m fast || true
  fi
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
  if redis_running && [ -n "$(listeners_beyond_loopback 6379)" ]; then
    log "Redis listens beyond loopback ($(listeners_beyond_loopback 6379 | tr '\n' ' ')): restarting it"
    redis_stop
    for _ in $(seq 1 40); do redis_running || break; sleep 0.25; done
  fi
  if redis_running; then log "Redis is running"; return; fi
  log "starting Redis"
  redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save '' --appendonly no \
    --logfile /tmp/statistico-redis.log >/dev/null
  for _ in $(seq 1 40); do redis_running && return 0; sleep 0.25; done
  die "Redis did not start (see /tmp/statistico-redis.log)"
}

redis_stop() { if redis_running; then log "stopping Redis"; redis-cli -h 127.0.0.1 -p 6379 shutdown nosave >/dev/null 2>&1 || true; fi; }

# ---------- commands ----------
# The platform's own state only (never the test runs' databases, vhosts or key prefixes): another world needs all of it
# gone at once, or Football Data keeps the old world's past and the Simulator its clock (run.sh --fresh).
cmd_reset() {
  require_installed; load_credentials
  pg_running && rabbit_running && redis_running || die "reset needs the servers running: scripts/infra.sh start"
  local db
  for db in $PLATFORM_DATABASES; do
    runuser -u postgres -- psql -q -v ON_ERROR_STOP=1 -h /var/run/postgresql -d postgres >/dev/null <<SQL || die "could not drop and create database $db"
SET client_min_messages = error;
DROP DATABASE IF EXISTS $db WITH (FORCE);
CREATE DATABASE $db OWNER $STATISTICO_USER;
SQL
  done
  rabbitmqctl -q delete_vhost "$RABBIT_VHOST" >/dev/null 2>&1 || true
  rabbit_configure
  redis-cli -h 127.0.0.1 -p 6379 --scan --pattern 'statistico:footballdata:*' | xargs -r -n 500 redis-cli -h 127.0.0.1 -p 6379 del >/dev/null
  log "reset: the seven service databases, vhost $RABBIT_VHOST and Football Data's cache keys are empty"
}

cmd_start() {
  require_installed; load_credentials; pg_start; redis_start; rabbit_start
  local wide; wide=$(listeners_beyond_loopback $SERVER_PORTS)
  [ -z "$wide" ] || die "still listening beyond loopback after start: $(tr '\n' ' ' <<<"$wide")"
  log "ready on 127.0.0.1: RabbitMQ :5672 (management :15672), PostgreSQL :5432, Redis :6379"
}
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
  load_credentials
  cat <<ENV
export ConnectionStrings__messaging='amqp://$STATISTICO_USER:$STATISTICO_PASSWORD@127.0.0.1:5672/$RABBIT_VHOST'
export ConnectionStrings__postgres='Host=127.0.0.1;Port=5432;Username=$STATISTICO_USER;Password=$STATISTICO_PASSWORD'
export ConnectionStrings__cache='127.0.0.1:6379'
ENV
}

# The test helpers' admin role (tests/Statistico.Testing): only for creating and dropping databases and vhosts.
cmd_test_env() {
  cmd_env
  cat <<ENV
export STATISTICO_TEST_POSTGRES_ADMIN='Host=127.0.0.1;Port=5432;Username=$STATISTICO_ADMIN_USER;Password=$STATISTICO_ADMIN_PASSWORD'
export RABBITMQ_MANAGEMENT_URL='http://$STATISTICO_ADMIN_USER:$STATISTICO_ADMIN_PASSWORD@127.0.0.1:15672'
ENV
}

cmd_listeners() {
  local wide; wide=$(listeners_beyond_loopback $SERVER_PORTS)
  [ -z "$wide" ] || { echo "$wide"; return 1; }
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

# Sourced (e.g. to check one function), define the functions only.
if [ "${BASH_SOURCE[0]}" != "$0" ]; then return 0; fi

case "${1:-}" in
  install) cmd_install ;;
  start) cmd_start ;;
  stop) shift; cmd_stop "$@" ;;
  status) cmd_status ;;
  env) cmd_env ;;
  test-env) cmd_test_env ;;
  credentials) ensure_credentials_file; echo "$CREDENTIALS_FILE" ;;
  listeners) cmd_listeners ;;
  run) shift; cmd_run "$@" ;;
  ctl) shift; exec rabbitmqctl "$@" ;;
  reset) cmd_reset ;;
  *) echo "usage: $0 {install|start|stop|status|env|test-env|credentials|listeners|run NAME|ctl ARGS|reset}" >&2; exit 2 ;;
esac
