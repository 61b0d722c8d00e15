#!/usr/bin/env bash
# Installs what the demo and the tests need on a fresh Debian 12 machine (run as root).
# Idempotent and quick when everything is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(openjdk-17-jdk-headless tesseract-ocr tesseract-ocr-vie socat zbar-tools chromium
          espeak-ng sox fonts-dejavu-core poppler-utils curl procps unzip python3 sane-utils)
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
