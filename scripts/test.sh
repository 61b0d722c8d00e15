#!/usr/bin/env bash
# Runs every test of the project: JUnit suites of all modules (unit, real-HTTP, SQLite, socat PTY,
# Pi4J mock, ESC/POS golden images read back by ZXing and Tesseract), then the browser tests in
# headless Debian Chromium against the freshly built jars. Between them, the .deb packages installed and
# run in a cached Debian 12 debootstrap root (scripts/install-test.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
export OMP_THREAD_LIMIT=1 TZ=Asia/Ho_Chi_Minh
./mvnw -B -ntp verify
# the .deb packages that verify built, installed and run in a cached Debian 12 root (docs/install.md)
bash scripts/install-test.sh
cd e2e
rm -rf out/logs out/screens
node --test --test-concurrency=1 tests/
# after the whole browser run: no personal number in any line the server and kiosks logged, nor on any screen shown
node --test checks/
