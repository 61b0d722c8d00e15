#!/usr/bin/env bash
# Installs the built .deb packages into a Debian 12 root made by debootstrap and runs them there as a
# centre would: install (dpkg -i + apt-get -f install), unit files checked by systemd-analyze verify,
# each service's ExecStart started as its own user (no systemd in a chroot), /health, tickets, an online
# backup while tickets are issued, an upgrade to a build with one more Flyway migration, a refused
# downgrade, a refused damaged backup, a restore, and purge with and without the data flag.
#
# The root is cached as a tarball under /var/cache/motcua-test (and the .debs apt fetches beside it), so
# only the first run fetches from the mirror. Needs root, debootstrap, systemd-analyze and the packages
# built by ./mvnw package. Usage: bash scripts/install-test.sh
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$PWD
CACHE=${MOTCUA_TEST_CACHE:-/var/cache/motcua-test}
# minbase plus systemd (not running: its units let systemd-analyze verify resolve ours, and
# deb-systemd-helper enable our units as on a real machine)
TARBALL=$CACHE/bookworm-minbase-systemd.tar.gz
# the same with Debian's Java 17 runtime added by apt: what every run would otherwise unpack again (a
# minute or more of dpkg); dpkg -i still checks our Depends against it, apt-get -f install still resolves
# the rest (adduser)
JRE_TARBALL=$CACHE/bookworm-minbase-systemd-jre17.tar.gz
T0=$(date +%s)

log() { printf '[install-test %4ss] %s\n' "$(( $(date +%s) - T0 ))" "$*"; }
fail() { log "FAILED: $*" >&2; exit 1; }

[ "$(id -u)" = 0 ] || fail "run as root (debootstrap, chroot, mounts)"
for tool in debootstrap systemd-analyze dpkg-deb jar curl python3 flock; do
    command -v "$tool" >/dev/null || fail "$tool is missing (scripts/install-deps.sh installs it)"
done
SERVER_DEB=$(ls queue-server/target/motcua-server_*_all.deb 2>/dev/null | head -1)
KIOSK_DEB=$(ls kiosk-firmware/target/motcua-kiosk_*_all.deb 2>/dev/null | head -1)
BOARD_DEB=$(ls display-board/target/motcua-board_*_all.deb 2>/dev/null | head -1)
[ -n "$SERVER_DEB" ] && [ -n "$KIOSK_DEB" ] && [ -n "$BOARD_DEB" ] || fail "packages not built: ./mvnw -B package first"

# The mirror apt uses on this machine (deb822 URIs: or one-line deb entries), Debian's own otherwise.
MIRROR=$(grep -hs -E '^URIs:' /etc/apt/sources.list.d/debian.sources 2>/dev/null | awk '{print $2}' | head -1 || true)
[ -n "$MIRROR" ] || MIRROR=$(grep -hs -E '^deb [^ ]*debian[^ ]* bookworm ' /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null \
    | awk '{print $2}' | head -1 || true)
MIRROR=${MIRROR:-http://deb.debian.org/debian}

mkdir -p "$CACHE/apt-archives/partial" "$CACHE/apt-lists/partial"
exec 9>"$CACHE/.lock"
flock 9   # one run at a time builds or uses the cache
if [ ! -s "$TARBALL" ]; then
    log "cache: no Debian 12 root yet; debootstrap --variant=minbase --include=systemd bookworm from $MIRROR"
    tmp=$(mktemp -d /var/tmp/motcua-debootstrap.XXXXXX)
    debootstrap --variant=minbase --include=systemd bookworm "$tmp/root" "$MIRROR" > "$CACHE/debootstrap.log" 2>&1 \
        || { rm -rf "$tmp"; fail "debootstrap failed, see $CACHE/debootstrap.log"; }
    tar -C "$tmp/root" -czf "$TARBALL.part" . && mv "$TARBALL.part" "$TARBALL"
    rm -rf "$tmp"
    log "cache: root saved to $TARBALL ($(du -h "$TARBALL" | cut -f1))"
fi

WORK=$(mktemp -d /var/tmp/motcua-install-test.XXXXXX)
ROOT=$WORK/root
PIDS=()
cleanup() {
    local rc=$?
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    sleep 0.5
    for pid in "${PIDS[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
    # processes started in the root are ours alone: find them by their root, end them by id
    for p in /proc/[0-9]*; do
        [ "$(readlink "$p/root" 2>/dev/null)" = "$ROOT" ] && kill -9 "${p#/proc/}" 2>/dev/null || true
    done
    if [ -n "${HUB_PG:-}" ]; then
        runuser -u postgres -- /usr/lib/postgresql/15/bin/pg_ctl -D "$HUB_PG/data" -m immediate -w stop >/dev/null 2>&1 || true
        rm -rf "$HUB_PG"
    fi
    for m in var/lib/apt/lists var/cache/apt/archives dev/pts proc; do
        mountpoint -q "$ROOT/$m" 2>/dev/null && { umount "$ROOT/$m" 2>/dev/null || umount -l "$ROOT/$m"; }
    done
    if [ $rc -ne 0 ] && [ -d "$WORK/logs" ]; then
        for f in "$WORK"/logs/*.log; do echo "--- last lines of $f"; tail -15 "$f"; done
    fi
    # only remove the work folder once nothing is mounted in it
    if ! grep -q " $WORK/" /proc/mounts; then rm -rf "$WORK"; else echo "mounts left in $WORK"; fi
    log "done in $(( $(date +%s) - T0 )) s (exit $rc)"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
mkdir -p "$ROOT" "$WORK/logs"
if [ -s "$JRE_TARBALL" ]; then STAGE=$JRE_TARBALL; else STAGE=$TARBALL; fi
tar -C "$ROOT" -xzf "$STAGE"
mount -t proc proc "$ROOT/proc"
mkdir -p "$ROOT/dev/pts" && mount -t devpts -o newinstance,ptmxmode=0666 devpts "$ROOT/dev/pts"
mount --bind "$CACHE/apt-archives" "$ROOT/var/cache/apt/archives"
mount --bind "$CACHE/apt-lists" "$ROOT/var/lib/apt/lists"
cp /etc/resolv.conf "$ROOT/etc/resolv.conf"
printf 'deb %s bookworm main\n' "$MIRROR" > "$ROOT/etc/apt/sources.list"
# no init system here: maintainer scripts must not try to start anything
printf '#!/bin/sh\nexit 101\n' > "$ROOT/usr/sbin/policy-rc.d" && chmod 755 "$ROOT/usr/sbin/policy-rc.d"
in_root() { chroot "$ROOT" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"; }
log "root: Debian $(cat "$ROOT/etc/debian_version") from $(basename "$STAGE") in $WORK"

# --- install -------------------------------------------------------------------------------------------
if [ -z "$(find "$CACHE/apt-lists" -maxdepth 1 -name '*Packages*' -mtime -2 2>/dev/null | head -1)" ]; then
    in_root apt-get update -q > "$WORK/logs/apt-update.log" 2>&1 || fail "apt-get update in the root"
fi
if [ "$STAGE" = "$TARBALL" ]; then
    in_root apt-get install -y -q --no-install-recommends -o Dpkg::Use-Pty=0 openjdk-17-jre-headless \
        > "$WORK/logs/apt-jre.log" 2>&1 || fail "installing the Java runtime into the cached root"
    tar -C "$ROOT" --exclude=./proc/* --exclude=./dev/pts/* --exclude=./var/cache/apt/archives/* \
        --exclude=./var/lib/apt/lists/* -czf "$JRE_TARBALL.part" . && mv "$JRE_TARBALL.part" "$JRE_TARBALL"
    log "cache: root with openjdk-17-jre-headless saved to $JRE_TARBALL ($(du -h "$JRE_TARBALL" | cut -f1))"
fi
mkdir -p "$ROOT/tmp/debs"
cp "$SERVER_DEB" "$KIOSK_DEB" "$BOARD_DEB" "$ROOT/tmp/debs/"
if in_root dpkg -i "/tmp/debs/$(basename "$SERVER_DEB")" "/tmp/debs/$(basename "$KIOSK_DEB")" \
        "/tmp/debs/$(basename "$BOARD_DEB")" > "$WORK/logs/dpkg-i.log" 2>&1; then
    log "install: dpkg -i needed nothing more"
else
    log "install: dpkg -i left dependencies open ($(grep -c 'depends on' "$WORK/logs/dpkg-i.log") lines); apt-get -f install"
fi
in_root apt-get -f install -y -q --no-install-recommends -o Dpkg::Use-Pty=0 > "$WORK/logs/apt-f-install.log" 2>&1 \
    || fail "apt-get -f install (see $WORK/logs/apt-f-install.log)"
for p in motcua-server motcua-kiosk motcua-board; do
    st=$(in_root dpkg-query -W -f='${Status} ${Version}' "$p" 2>&1 || true)
    case "$st" in "install ok installed "*) log "install: $p ${st##* } installed" ;; *) fail "install: $p is '$st'" ;; esac
done
grep -h "^motcua-" "$WORK/logs/apt-f-install.log" "$WORK/logs/dpkg-i.log" | sort -u | sed 's/^/[install-test]   /' || true
log "install: java $(in_root java -version 2>&1 | head -1)"
[ -s "$ROOT/var/cache/motcua/queue-server.jsa" ] && log "install: AppCDS archive $(du -h "$ROOT/var/cache/motcua/queue-server.jsa" | cut -f1) made by the postinst" \
    || fail "install: no AppCDS archive"
for u in motcua motcua-kiosk motcua-board motcua-screen; do
    in_root getent passwd "$u" >/dev/null || fail "install: no system user $u"
done
log "install: kiosk user groups: $(in_root id -nG motcua-kiosk)"
[ "$(in_root stat -c '%U %a' /var/lib/motcua/server)" = "motcua 700" ] || fail "install: /var/lib/motcua/server is $(in_root stat -c '%U %a' /var/lib/motcua/server)"

# --- unit files ------------------------------------------------------------------------------------------
UNITS=(motcua-server.service motcua-backup.service motcua-backup.timer motcua-hub.service motcua-kiosk.service motcua-led-agent.service
    motcua-screen.service)
verify_out=$(cd "$ROOT/lib/systemd/system" && systemd-analyze verify --root="$ROOT" "${UNITS[@]/#//lib/systemd/system/}" 2>&1 || true)
# the root has no systemd: units it ships (getty@, timers.target's users) may be unknown; ours must be clean
ours=$(printf '%s\n' "$verify_out" | grep -E 'motcua' | grep -v -E 'Failed to (prepare filename|load configuration)' || true)
if [ -n "$ours" ]; then
    printf '%s\n' "$verify_out"
    fail "systemd-analyze verify found problems in our units"
fi
log "units: systemd-analyze verify --root: ${#UNITS[@]} units clean"
for s in motcua-server motcua-hub motcua-kiosk motcua-led-agent motcua-screen motcua-screen-browser; do
    f=$(ls "$ROOT"/usr/share/motcua/bin/$s 2>/dev/null) && sh -n "$f" || fail "launcher $s missing or not valid sh"
done

# run a unit's ExecStart as its user, with the unit's umask and credentials, the way systemd would
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
run_as() { # user logfile command... (in the background; pid appended to PIDS)
    local user=$1 logf=$2; shift 2
    chroot "$ROOT" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 HOME=/ ${CRED:+CREDENTIALS_DIRECTORY=$CRED} \
        setpriv --reuid="$user" --regid="$user" --init-groups --no-new-privs \
        sh -c 'umask 077; exec "$@"' sh "$@" > "$logf" 2>&1 &
    PIDS+=($!)
    LAST_PID=$!
}
wait_http() { # url seconds -> prints elapsed ms
    local url=$1 limit=$2 start; start=$(date +%s%N)
    for _ in $(seq 1 $((limit * 10))); do
        curl -fsS -m 2 -o /dev/null "$url" 2>/dev/null && { echo $(( ($(date +%s%N) - start) / 1000000 )); return 0; }
        sleep 0.1
    done
    return 1
}
stop_pid() { kill -TERM "$1" 2>/dev/null || true; for _ in $(seq 1 100); do kill -0 "$1" 2>/dev/null || return 0; sleep 0.1; done; kill -9 "$1" 2>/dev/null || true; }

# --- province hub: its unit, its launcher, a real start on PostgreSQL -------------------------------------
HUB_UNIT=$ROOT/lib/systemd/system/motcua-hub.service
[ -f "$HUB_UNIT" ] || fail "hub: /lib/systemd/system/motcua-hub.service not installed"
# static check of what systemd-analyze does not judge: the hardening and the credential hand-over
for k in 'DynamicUser=yes' 'LoadCredential=db.password:/etc/motcua/hub-db.password' 'ExecStart=/usr/share/motcua/bin/motcua-hub' \
         'Restart=on-failure' 'RestartPreventExitStatus=2' 'NoNewPrivileges=yes' 'ProtectSystem=strict' 'ProtectHome=yes' \
         'PrivateTmp=yes' 'PrivateDevices=yes' 'CapabilityBoundingSet=' 'RestrictAddressFamilies=AF_UNIX AF_INET AF_INET6' \
         'SystemCallFilter=@system-service' 'ConditionPathExists=/etc/motcua/hub-db.password'; do
    grep -qxF "$k" "$HUB_UNIT" || fail "hub: motcua-hub.service lacks '$k'"
done
in_root dpkg-query -W -f='${Conffiles}\n' motcua-server | grep -q '^ /etc/motcua/hub.conf ' || fail "hub: /etc/motcua/hub.conf is not a conffile"
WANTS=$ROOT/etc/systemd/system/multi-user.target.wants
[ -L "$WANTS/motcua-server.service" ] || fail "install: motcua-server.service not enabled"
[ ! -e "$WANTS/motcua-hub.service" ] || fail "hub: motcua-hub.service enabled on install (a centre does not run the hub)"
exposure=$(systemd-analyze security --offline=yes --root="$ROOT" /lib/systemd/system/motcua-hub.service 2>&1 \
    | sed -n 's/.*Overall exposure level for motcua-hub.service: \([0-9.]*\).*/\1/p')
[ -n "$exposure" ] && awk -v e="$exposure" 'BEGIN { exit !(e <= 2.5) }' || fail "hub: systemd-analyze security exposure '$exposure' (want ≤ 2.5)"
log "hub: motcua-hub.service installed, not enabled; /etc/motcua/hub.conf a conffile; systemd-analyze security exposure $exposure"
in_root java -jar /usr/share/motcua/queue-server.jar hub --help > "$WORK/logs/hub-help.log" 2>&1 || fail "hub: hub --help failed"
grep -q -- '--db-password-file' "$WORK/logs/hub-help.log" && grep -q 'Run the province hub' "$WORK/logs/hub-help.log" \
    || fail "hub: hub --help does not describe the hub: $(head -3 "$WORK/logs/hub-help.log")"
log "hub: 'java -jar /usr/share/motcua/queue-server.jar hub --help' from the installed jar: $(head -1 "$WORK/logs/hub-help.log" | cut -c1-100)"
rc=0; in_root env MOTCUA_HUB_CONF=/nonexistent /usr/share/motcua/bin/motcua-hub > "$WORK/logs/hub-noconf.log" 2>&1 || rc=$?
[ "$rc" = 2 ] && grep -q 'MOTCUA_HUB_DB' "$WORK/logs/hub-noconf.log" || fail "hub: the launcher without a database setting exited $rc"
log "hub: the launcher without a database setting exits 2 (no restart loop): $(head -1 "$WORK/logs/hub-noconf.log" | cut -c1-120)"

PGBIN=/usr/lib/postgresql/15/bin
if [ -x "$PGBIN/initdb" ] && getent passwd postgres >/dev/null; then
    # the host's PostgreSQL 15 in a temporary directory (as the tests do), password login over TCP as on a real hub
    HUB_PG=$(mktemp -d /var/tmp/motcua-hub-pg.XXXXXX) && chmod 755 "$HUB_PG" && chown postgres:postgres "$HUB_PG"
    PGPORT=$(free_port)
    runuser -u postgres -- "$PGBIN/initdb" -D "$HUB_PG/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 -E UTF8 \
        --locale=C.UTF-8 --no-sync > "$WORK/logs/hub-initdb.log" 2>&1 || fail "hub: initdb"
    runuser -u postgres -- "$PGBIN/pg_ctl" -D "$HUB_PG/data" -l "$HUB_PG/server.log" -w -t 60 \
        -o "-p $PGPORT -k $HUB_PG -c listen_addresses=127.0.0.1" start > "$WORK/logs/hub-pg.log" 2>&1 || fail "hub: PostgreSQL start"
    HUB_DB_PW=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
    runuser -u postgres -- "$PGBIN/../bin/psql" -q -h "$HUB_PG" -p "$PGPORT" -U postgres -v ON_ERROR_STOP=1 \
        -c "CREATE ROLE motcua_hub LOGIN PASSWORD '$HUB_DB_PW'" -c "CREATE DATABASE motcua_hub OWNER motcua_hub ENCODING 'UTF8'" \
        > "$WORK/logs/hub-db.log" 2>&1 || fail "hub: creating the database"
    # the administrator's steps of docs/install.md: the password file, the settings
    printf '%s\n' "$HUB_DB_PW" > "$ROOT/etc/motcua/hub-db.password" && chmod 600 "$ROOT/etc/motcua/hub-db.password"
    HPORT=$(free_port)
    sed -i "s/^MOTCUA_HUB_HOST=.*/MOTCUA_HUB_HOST=127.0.0.1/; s/^MOTCUA_HUB_PORT=.*/MOTCUA_HUB_PORT=$HPORT/;
            s|^MOTCUA_HUB_DB=.*|MOTCUA_HUB_DB=jdbc:postgresql://127.0.0.1:$PGPORT/motcua_hub|; s/^JAVA_OPTS=.*/JAVA_OPTS=\"-Xmx256m\"/" \
        "$ROOT/etc/motcua/hub.conf"
    # DynamicUser: a uid with no account; LoadCredential: the root-only file copied for that uid alone
    HUB_UID=61184
    mkdir -p "$ROOT/run/credentials/motcua-hub.service"
    install -m 0400 -o "$HUB_UID" -g "$HUB_UID" "$ROOT/etc/motcua/hub-db.password" "$ROOT/run/credentials/motcua-hub.service/db.password"
    chroot "$ROOT" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 HOME=/ \
        CREDENTIALS_DIRECTORY=/run/credentials/motcua-hub.service \
        setpriv --reuid="$HUB_UID" --regid="$HUB_UID" --clear-groups --no-new-privs \
        sh -c 'umask 077; exec /usr/share/motcua/bin/motcua-hub' > "$WORK/logs/hub.log" 2>&1 &
    HUB_PID=$!
    PIDS+=("$HUB_PID")
    ms=$(wait_http "http://127.0.0.1:$HPORT/health" 60) || fail "hub: no /health from the installed hub"
    log "hub: ExecStart as uid $HUB_UID with the credential: /health after $ms ms: $(curl -fsS "http://127.0.0.1:$HPORT/health" | cut -c1-80)"
    H="--db jdbc:postgresql://127.0.0.1:$PGPORT/motcua_hub --db-user motcua_hub --db-password-file /etc/motcua/hub-db.password"
    # shellcheck disable=SC2086
    in_root java -jar /usr/share/motcua/queue-server.jar hub centre add $H --code BD --name "UBND phường Ba Đình" \
        > "$WORK/logs/hub-centre.log" 2> "$WORK/logs/hub-centre-err.log" || fail "hub: centre add: $(tail -3 "$WORK/logs/hub-centre-err.log")"
    HUB_TOKEN=$(sed -n '/upstream token/{n;p;}' "$WORK/logs/hub-centre.log")
    [ -n "$HUB_TOKEN" ] || fail "hub: centre add printed no token: $(cat "$WORK/logs/hub-centre.log")"
    code=$(curl -s -o "$WORK/logs/hub-ack.json" -w '%{http_code}' -H "Authorization: Bearer $HUB_TOKEN" -H 'Content-Type: application/json' \
        -d '{"centre":"BD","events":[]}' "http://127.0.0.1:$HPORT/hub/v1/ingest")
    [ "$code" = 200 ] || fail "hub: a centre's heartbeat answered $code: $(cat "$WORK/logs/hub-ack.json")"
    for p in /proc/[0-9]*; do
        [ "$(readlink "$p/root" 2>/dev/null)" = "$ROOT" ] || continue
        tr '\0' ' ' < "$p/cmdline" 2>/dev/null | grep -q -- "$HUB_DB_PW" && fail "hub: the database password shows in ps (${p#/proc/})"
    done
    log "hub: centre BD registered with the installed CLI, its heartbeat acknowledged: $(cat "$WORK/logs/hub-ack.json"); password not in ps"
    stop_pid "$HUB_PID"
    grep -q "Province hub stopped" "$WORK/logs/hub.log" || fail "hub: SIGTERM did not stop it cleanly"
    log "hub: stopped by SIGTERM: $(grep -m1 'Province hub stopped' "$WORK/logs/hub.log")"
    rm -rf "$ROOT/run/credentials/motcua-hub.service"
else
    log "hub: PostgreSQL 15 not on this machine (scripts/install-deps.sh installs it): the hub was not started"
    [ "${CI:-}" != true ] || fail "hub: under CI the hub must be started (postgresql-15 missing)"
fi

PORT=$(free_port)
CONF=$ROOT/etc/motcua/server.conf
# the administrator's settings: loopback for this test, a demo centre to have services to issue from
sed -i "s/^MOTCUA_HOST=.*/MOTCUA_HOST=127.0.0.1/; s/^MOTCUA_PORT=.*/MOTCUA_PORT=$PORT/; s/^MOTCUA_DEMO=.*/MOTCUA_DEMO=yes/" "$CONF"
BASE=http://127.0.0.1:$PORT

start_server() { # log name
    run_as motcua "$WORK/logs/$1.log" /usr/share/motcua/bin/motcua-server
    SERVER_PID=$LAST_PID
    ms=$(wait_http "$BASE/health" 60) || fail "server did not answer /health (log $1)"
    log "health: server answered /health $ms ms after its start ($1): $(curl -fsS "$BASE/health")"
}
start_server server-first
grep -h "First start:" "$WORK/logs/server-first.log" | sed 's/^/[install-test]   /'
grep -q "First start: admin login 'admin': password in /var/lib/motcua/server/first-start/admin.password" \
    "$WORK/logs/server-first.log" || fail "the first start did not say where the admin password is"
[ "$(in_root stat -c '%U %a' /var/lib/motcua/server/first-start/admin.password)" = "motcua 600" ] || fail "admin.password not 0600 motcua"
ADMIN_PW=$(cat "$ROOT/var/lib/motcua/server/first-start/admin.password")
ADMIN=$(curl -fsS -H 'Content-Type: application/json' -d "{\"username\":\"admin\",\"password\":\"$ADMIN_PW\"}" "$BASE/api/v1/auth/login" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])') || fail "admin login with the first-start password"
log "first start: admin logged in with the password from first-start/admin.password"
KIOSK_TOKEN=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["kioskToken"])' "$ROOT/var/lib/motcua/server/demo-credentials.json")

# --- tickets ---------------------------------------------------------------------------------------------
issue() { # service -> ticket id, number
    curl -fsS -H "Authorization: Bearer $KIOSK_TOKEN" -H 'Content-Type: application/json' \
        -d "{\"service\":\"$1\",\"category\":\"NORMAL\"}" "$BASE/api/v1/tickets" \
        | python3 -c 'import json,sys; t=json.load(sys.stdin); print(t["id"], t["number"])'
}
: > "$WORK/tickets-before.txt"
for i in $(seq 1 12); do for s in A B; do issue "$s" >> "$WORK/tickets-before.txt" || fail "ticket $s"; done; done
log "tickets: issued $(wc -l < "$WORK/tickets-before.txt"): $(head -2 "$WORK/tickets-before.txt" | awk '{print $2}' | tr '\n' ' ')… $(tail -1 "$WORK/tickets-before.txt" | awk '{print $2}')"
check_tickets() { # file of "id number" lines -> every ticket still there with the same number; prints the count
    python3 - "$1" "$BASE" "$ADMIN" <<'PY' || fail "tickets changed (above)"
import json, sys, urllib.request
path, base, token = sys.argv[1:4]
n = 0
for line in open(path):
    tid, number = line.split()
    req = urllib.request.Request(f"{base}/api/v1/tickets/{tid}", headers={"Authorization": f"Bearer {token}"})
    got = json.load(urllib.request.urlopen(req, timeout=10))["number"]
    if got != number:
        sys.exit(f"ticket {tid} was {number}, now {got}")
    n += 1
print(n)
PY
}

# the kiosk and the LED agent, each as its own user, the token handed over as systemd's LoadCredential would
KPORT=$(free_port)
sed -i "s|^MOTCUA_SERVER_URL=.*|MOTCUA_SERVER_URL=$BASE|; s/^MOTCUA_PROFILE=.*/MOTCUA_PROFILE=sim/; s/^MOTCUA_KIOSK_PORT=.*/MOTCUA_KIOSK_PORT=$KPORT/" "$ROOT/etc/motcua/kiosk.conf"
printf '%s\n' "$KIOSK_TOKEN" > "$ROOT/etc/motcua/kiosk.token" && chmod 600 "$ROOT/etc/motcua/kiosk.token"
mkdir -p "$ROOT/run/credentials/motcua-kiosk.service"
install -m 0400 -o "$(in_root stat -c %u "/var/lib/motcua/kiosk")" "$ROOT/etc/motcua/kiosk.token" "$ROOT/run/credentials/motcua-kiosk.service/kiosk.token"
CRED=/run/credentials/motcua-kiosk.service run_as motcua-kiosk "$WORK/logs/kiosk.log" sh -c 'cd /var/lib/motcua/kiosk && exec /usr/share/motcua/bin/motcua-kiosk'
KIOSK_PID=$LAST_PID
ms=$(wait_http "http://127.0.0.1:$KPORT/health" 60) || fail "kiosk /health"
log "health: kiosk answered /health $ms ms after its start: $(curl -fsS "http://127.0.0.1:$KPORT/health")"
for p in /proc/[0-9]*; do
    [ "$(readlink "$p/root" 2>/dev/null)" = "$ROOT" ] || continue
    tr '\0' ' ' < "$p/cmdline" 2>/dev/null | grep -q -- "$KIOSK_TOKEN" && fail "the kiosk token shows in ps (${p#/proc/})"
done
log "kiosk: token not on its command line (ps), read from the credential file"
cp "$ROOT/usr/share/doc/motcua-board/examples/example.json" "$ROOT/etc/motcua/led-profile.json"
sed -i 's|"/dev/ttyUSB0"|"sim"|' "$ROOT/etc/motcua/led-profile.json"
sed -i "s|^MOTCUA_SERVER_URL=.*|MOTCUA_SERVER_URL=$BASE|" "$ROOT/etc/motcua/board.conf"
run_as motcua-board "$WORK/logs/led-agent.log" /usr/share/motcua/bin/motcua-led-agent
LED_PID=$LAST_PID
for _ in $(seq 1 100); do grep -q "LED agent:" "$WORK/logs/led-agent.log" && break; sleep 0.2; done
log "led agent: $(grep -m1 'LED agent:' "$WORK/logs/led-agent.log" || fail 'LED agent did not start')"
stop_pid "$KIOSK_PID"; stop_pid "$LED_PID"

# --- backup while tickets are issued -----------------------------------------------------------------------
( for i in $(seq 1 20); do issue C >> "$WORK/tickets-during.txt" 2>/dev/null || true; done ) &
ISSUER=$!
PIDS+=($ISSUER)
in_root /usr/bin/queue-server backup > "$WORK/logs/backup.log" 2>&1 || fail "backup: $(cat "$WORK/logs/backup.log")"
wait "$ISSUER" || true
BACKUP=$(sed -n 's/^backup written: \([^ ]*\) .*/\1/p' "$WORK/logs/backup.log")
log "backup: $(head -1 "$WORK/logs/backup.log") while $(wc -l < "$WORK/tickets-during.txt") tickets were issued beside it"
[ "$(in_root stat -c '%U %a' "$BACKUP")" = "motcua 600" ] || fail "backup file not 0600 motcua"
in_root /usr/bin/queue-server restore --check --from "$BACKUP" > "$WORK/logs/backup-check.log" 2>&1 || fail "the backup does not check"
log "backup: $(grep -v "^\[" "$WORK/logs/backup-check.log")"
cat "$WORK/tickets-before.txt" "$WORK/tickets-during.txt" > "$WORK/tickets-all.txt"

# --- upgrade to a build with one more migration ------------------------------------------------------------
VERSION=$(dpkg-deb -f "$SERVER_DEB" Version)
SCHEMA=$(dpkg-deb --ctrl-tarfile "$SERVER_DEB" | tar -xO ./preinst | sed -n 's/^THIS_SCHEMA=//p')
NEXT=$((SCHEMA + 1))
NEXT_VERSION="$VERSION+upgradetest1"
mkdir -p "$WORK/next/db/migration"
dpkg-deb -R "$SERVER_DEB" "$WORK/next/pkg"
cat > "$WORK/next/db/migration/V${NEXT}__install_test_upgrade.sql" <<SQL
-- added only by scripts/install-test.sh: version N+1 of the package carries one more migration
CREATE TABLE install_test_upgrade (note TEXT NOT NULL);
INSERT INTO install_test_upgrade (note) VALUES ('migrated by $NEXT_VERSION');
SQL
(cd "$WORK/next" && jar uf pkg/usr/share/motcua/queue-server.jar "db/migration/V${NEXT}__install_test_upgrade.sql")
sed -i "s/^Version: .*/Version: $NEXT_VERSION/" "$WORK/next/pkg/DEBIAN/control"
sed -i "s/^THIS_SCHEMA=.*/THIS_SCHEMA=$NEXT/; s/$VERSION/$NEXT_VERSION/g" "$WORK/next/pkg/DEBIAN/preinst"
(cd "$WORK/next/pkg" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | xargs -0 md5sum > DEBIAN/md5sums)
dpkg-deb -Znone --root-owner-group -b "$WORK/next/pkg" "$ROOT/tmp/debs/next.deb" > /dev/null
log "upgrade: built $NEXT_VERSION with migration V$NEXT added to the jar"
JSA_BEFORE=$(in_root stat -c %Y "/var/cache/motcua/queue-server.jsa")
stop_pid "$SERVER_PID"
in_root dpkg -i /tmp/debs/next.deb > "$WORK/logs/upgrade.log" 2>&1 || fail "upgrade: dpkg -i"
log "upgrade: $(in_root dpkg-query -W -f='${Package} ${Version}' motcua-server) installed over $VERSION"
grep -q "^MOTCUA_PORT=$PORT$" "$CONF" || fail "upgrade: /etc/motcua/server.conf lost the administrator's settings"
log "upgrade: /etc/motcua/server.conf kept (MOTCUA_PORT=$PORT, MOTCUA_DEMO=yes)"
[ "$(in_root stat -c %Y "/var/cache/motcua/queue-server.jsa")" -ge "$JSA_BEFORE" ] || fail "upgrade: AppCDS archive not remade"
start_server server-upgraded
curl -fsS "$BASE/health" | grep -q "schema $NEXT" || fail "upgrade: the store is not at schema $NEXT"
n=$(check_tickets "$WORK/tickets-all.txt")
log "upgrade: all $n tickets kept with their numbers; store now at schema $NEXT"
after=$(issue A) || fail "upgrade: no ticket after the upgrade"
log "upgrade: a new ticket after the upgrade: ${after#* }"

# --- downgrade over the newer store is refused --------------------------------------------------------------
stop_pid "$SERVER_PID"
sum_before=$(md5sum < "$ROOT/var/lib/motcua/server/queue.db")
if in_root dpkg -i "/tmp/debs/$(basename "$SERVER_DEB")" > "$WORK/logs/downgrade.log" 2>&1; then
    fail "downgrade: dpkg -i of $VERSION over schema $NEXT was accepted"
fi
log "downgrade: refused: $(grep -m1 'downgrade refused' "$WORK/logs/downgrade.log" | cut -c1-200)"
[ "$(in_root dpkg-query -W -f='${Version}' motcua-server)" = "$NEXT_VERSION" ] || fail "downgrade: the installed version changed"
[ "$(md5sum < "$ROOT/var/lib/motcua/server/queue.db")" = "$sum_before" ] || fail "downgrade: the store changed"
log "downgrade: $NEXT_VERSION still installed, store unchanged"

# --- restore ---------------------------------------------------------------------------------------------------
cp "$ROOT$BACKUP" "$ROOT/var/lib/motcua/backups/damaged.db"
python3 - "$ROOT/var/lib/motcua/backups/damaged.db" <<'PY'
import sys
p = sys.argv[1]; data = bytearray(open(p, 'rb').read())
for off in range(len(data) // 3, len(data) // 3 + 8192):
    data[off] = 0x5A
open(p, 'wb').write(bytes(data))
PY
chown --reference="$ROOT$BACKUP" "$ROOT/var/lib/motcua/backups/damaged.db"
if in_root /usr/bin/queue-server restore --from /var/lib/motcua/backups/damaged.db > "$WORK/logs/restore-damaged.log" 2>&1; then
    fail "restore: a damaged backup was accepted"
fi
log "restore: damaged file refused: $(grep -v "^\[" "$WORK/logs/restore-damaged.log" | head -1 | cut -c1-220)"
in_root /usr/bin/queue-server restore --from "$BACKUP" > "$WORK/logs/restore.log" 2>&1 || fail "restore: $(cat "$WORK/logs/restore.log")"
log "restore: $(grep -v "^\[" "$WORK/logs/restore.log" | head -1)"
start_server server-restored
in_backup=$(sed -n 's/^restored .*: \([0-9]*\) tickets.*/\1/p' "$WORK/logs/restore.log")
n=$(check_tickets "$WORK/tickets-before.txt")
after_id=${after%% *}
code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $ADMIN" "$BASE/api/v1/tickets/$after_id")
[ "$code" = 404 ] || fail "restore: ticket $after_id issued after the backup still answers $code"
log "restore: the $n tickets issued before the backup are back ($in_backup in the store), ${after#* } issued after it is gone (404)"
curl -fsS "$BASE/health" | grep -q "schema $NEXT" || fail "restore: the restored store was not migrated to $NEXT"
stop_pid "$SERVER_PID"

# --- remove and purge ------------------------------------------------------------------------------------------
# by default a purge keeps the data (server) and the offline tickets (kiosk); with the flag it deletes them
in_root apt-get purge -y -q motcua-server motcua-board > "$WORK/logs/purge.log" 2>&1 || fail "purge"
grep -h "motcua-server: data kept" "$WORK/logs/purge.log" | sed 's/^/[install-test]   /'
[ -f "$ROOT/var/lib/motcua/server/queue.db" ] || fail "purge without the flag deleted the data"
[ ! -e "$ROOT/etc/motcua/server.conf" ] || fail "purge left /etc/motcua/server.conf"
[ ! -e "$ROOT/etc/motcua/hub.conf" ] && [ ! -e "$ROOT/lib/systemd/system/motcua-hub.service" ] || fail "purge left the hub's unit or hub.conf"
log "purge: motcua-server purged, its configuration gone, /var/lib/motcua/server kept with the backups: $(ls "$ROOT/var/lib/motcua/backups" | tr '\n' ' ')"
touch "$ROOT/var/lib/motcua/purge-data"
in_root apt-get purge -y -q motcua-kiosk > "$WORK/logs/purge2.log" 2>&1 || fail "purge with the flag"
[ ! -e "$ROOT/var/lib/motcua/kiosk" ] || fail "purge with the flag kept the kiosk's state"
grep -h "motcua-kiosk: kiosk state deleted" "$WORK/logs/purge2.log" | sed 's/^/[install-test]   /'
log "purge: with /var/lib/motcua/purge-data present, purging motcua-kiosk deleted /var/lib/motcua/kiosk"
log "PASSED"
