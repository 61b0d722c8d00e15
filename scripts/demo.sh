#!/usr/bin/env bash
# Starts the whole demo on this machine: the queue server with an embedded SQLite file, simulated
# activity, one simulated kiosk and the display boards; prints the URLs and the demo logins.
# Stop with Ctrl-C. Data stays in ./demo-data (delete it for a fresh centre).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
./mvnw -B -ntp -q package -DskipTests

PORT=${PORT:-8080}
KIOSK_PORT=${KIOSK_PORT:-8081}
DATA=${DATA:-$PWD/demo-data}
mkdir -p "$DATA" "$DATA/logs"
export OMP_THREAD_LIMIT=1
JAVA_OPTS=(-Dfile.encoding=UTF-8 -Duser.timezone=Asia/Ho_Chi_Minh)

pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT INT TERM

# --simulate: simulated kiosks and officers keep the centre busy so the dashboard lives within a minute
java "${JAVA_OPTS[@]}" -jar queue-server/target/queue-server.jar serve --port "$PORT" --data "$DATA" --demo \
  --simulate --clock-speed "${CLOCK_SPEED:-10}" > "$DATA/logs/server.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 100); do curl -fsS "http://127.0.0.1:$PORT/health" >/dev/null 2>&1 && break; sleep 0.3; done
curl -fsS "http://127.0.0.1:$PORT/health" >/dev/null || { echo "server did not start; see $DATA/logs/server.log"; tail -20 "$DATA/logs/server.log"; exit 1; }

CREDS="$DATA/demo-credentials.json"
KIOSK_TOKEN=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["kioskToken"])' "$CREDS")
KIOSK_URL="http://127.0.0.1:$KIOSK_PORT/"
# run from the data directory: the sim printer writes <n>.bin and <n>.png to ./kiosk-output/printer there
(cd "$DATA" && MOTCUA_KIOSK_TOKEN="$KIOSK_TOKEN" exec java "${JAVA_OPTS[@]}" -jar "$OLDPWD/kiosk-firmware/target/kiosk-firmware.jar" run \
  --profile "$OLDPWD/hardware-profiles/sim.json" --server "http://127.0.0.1:$PORT" \
  --port "$KIOSK_PORT" > "$DATA/logs/kiosk.log" 2>&1) &
pids+=($!)
# /health needs no key; /local/* answers only with this boot's key, which the kiosk writes into its own page
for _ in $(seq 1 100); do curl -fsS "${KIOSK_URL}health" >/dev/null 2>&1 && break; sleep 0.3; done
KIOSK_KEY=$(curl -fsS "$KIOSK_URL" | sed -n 's/.*<meta name="kiosk-key" content="\([^"]*\)">.*/\1/p')

python3 - "$CREDS" "$PORT" "$KIOSK_URL" "$DATA" "$KIOSK_KEY" <<'PY'
import json, sys
c = json.load(open(sys.argv[1])); p, kiosk, data, key = sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5]
print(f"""
Một cửa demo is running (Ctrl-C stops it).
  Hall board          http://127.0.0.1:{p}/board
  Counter screen      http://127.0.0.1:{p}/board?counter=1
  Officer console     http://127.0.0.1:{p}/officer
  Ticket phone page   http://127.0.0.1:{p}/t/<ticket id>
  API health          http://127.0.0.1:{p}/health
  Queue snapshot      http://127.0.0.1:{p}/api/v1/queue
  Manager dashboard   http://127.0.0.1:{p}/manager
  National indicators http://127.0.0.1:{p}/manager/indicators
  Book an appointment http://127.0.0.1:{p}/dat-lich
  Join from a phone   http://127.0.0.1:{p}/tu-xa   (off until the manager allows it per service)
  Rating tablet       http://127.0.0.1:{p}/rate?counter=1#token={c['ratingTokens']['1']}
  Dossier look-up     http://127.0.0.1:{p}/hs/<dossier code>?k=<key>   (the receipt's QR)
  Kiosk touch UI      {kiosk}   (printed tickets: {data}/kiosk-output/printer/<n>.png)
  Simulate a CCCD scan (this kiosk boot's key): curl -X POST {kiosk}local/sim/scan -H 'content-type: application/json' \\
        -H 'X-Kiosk-Key: {key}' \\
        -d '{{"payload":"027050000123||Lê Văn Hùng|30091950|Nam|Bắc Ninh|10032021"}}'""")
print(f"""Logins:
  manager  {c['manager']['username']} / {c['manager']['password']}""")
for o in c['officers'][:3]:
    print(f"  officer  {o['username']} / {o['password']}  (counter {o['counter']})")
print(f"  ... all logins in {sys.argv[1]}")
PY
wait -n "${pids[@]}"
