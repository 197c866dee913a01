#!/usr/bin/env bash
# Playwright runs the end-to-end tests in Debian's Chromium (Playwright's own browser download does
# not work on these machines). Installs it when missing, so `npm test` works on a fresh machine.
set -euo pipefail
browser="${CHROME_PATH:-/usr/bin/chromium}"
if [ -x "$browser" ]; then exit 0; fi
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
	echo "Chromium is missing at $browser. Install it (Debian: apt-get install chromium) or set CHROME_PATH." >&2
	exit 1
fi
echo "Installing Debian's Chromium for the end-to-end tests…"
# apt's own chatter (debconf's notes on a minimal system) goes to a log, shown only if the install fails.
log="$(mktemp)"
if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; } >"$log" 2>&1; then
	cat "$log" >&2
	echo "Installing Chromium failed (log above)." >&2
	exit 1
fi
rm -f "$log"
