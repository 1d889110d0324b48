#!/usr/bin/env bash
# The browser tests drive Debian's Chromium. Install it when missing (we run as root on CI);
# otherwise say exactly what is missing, so no browser test is skipped silently.
set -euo pipefail
if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then
    exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing Debian's chromium and chromium-driver for the browser tests"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q
    apt-get install -y -q chromium chromium-driver
    exit 0
fi
echo "The browser tests need Debian's Chromium: run 'sudo apt-get install -y chromium chromium-driver'" >&2
exit 1
