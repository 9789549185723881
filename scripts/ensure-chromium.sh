#!/usr/bin/env bash
# Makes sure Debian's Chromium is present for the browser tests: installs it when running as
# root, otherwise stops with the exact command to run. Never lets the tests skip quietly.
set -euo pipefail
bin="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$bin" ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Chromium is missing: installing Debian's chromium (about a minute)..." >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium poppler-utils >/dev/null
  [ -x "$bin" ] && exit 0
fi
echo "The browser tests need Debian's Chromium at $bin. Install it with:" >&2
echo "  sudo apt-get update && sudo apt-get install -y chromium poppler-utils" >&2
exit 1
