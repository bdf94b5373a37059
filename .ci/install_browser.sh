#!/usr/bin/env bash
# The report tests open pages in headless Chromium: Debian's package, driven by playwright
# (a test extra, installed by `make setup`) through its executable path. Nothing else is downloaded.
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then
    exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
    echo "install_browser: Chromium is missing and this is not root; run: sudo apt-get install -y chromium" >&2
    exit 1
fi
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-liberation >/dev/null
chromium --version
