#!/usr/bin/env bash
# Installs what the demo and the tests need on a fresh Debian 12 machine (run as root).
# Idempotent and quick when everything is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(openjdk-17-jdk-headless tesseract-ocr tesseract-ocr-vie socat zbar-tools chromium
          espeak-ng sox fonts-dejavu-core fonts-liberation2 fonts-noto-core fonts-freefont-ttf fonts-ocr-b poppler-utils curl procps
          unzip python3 sane-utils pcscd vsmartcard-vpcd debootstrap systemd util-linux postgresql-15)
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# Node.js runs the browser tests; keep an installed one (Debian's npm conflicts with other builds).
command -v node >/dev/null 2>&1 || missing+=(nodejs npm)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# Browser tests drive Debian's Chromium through playwright-core; no browser is downloaded.
if [ -f e2e/package.json ] && { [ ! -d e2e/node_modules ] || [ e2e/package.json -nt e2e/node_modules ]; }; then
  (cd e2e && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --no-audit --no-fund --loglevel=error)
  touch e2e/node_modules
fi

# Chip-card tests talk to an emulated card through the real PC/SC stack: pcscd loads vsmartcard's vpcd
# driver, which waits for a virtual card on localhost:35963. Without systemd (CI, containers) start the
# daemon by hand; it forks into the background.
if ! pgrep -x pcscd >/dev/null 2>&1; then
  echo "Starting pcscd"
  pcscd
  for _ in 1 2 3 4 5 6 7 8 9 10; do
    # listening on 35963 (0x8C7B); a probe connection would look like a card to vpcd
    grep -qi ':8C7B 00000000:0000 0A' /proc/net/tcp && break
    sleep 0.3
  done
fi
