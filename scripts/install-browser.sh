#!/bin/sh
# Installs Debian's chromium and chromium-driver for the browser tests (a test tool's own
# browser download cannot work offline). Does nothing when both are already there.
set -e
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  exit 0
fi
if [ "$(id -u)" != 0 ]; then
  echo "install-browser: run as root, or install chromium and chromium-driver yourself;" \
       "browser tests will be skipped (they fail under CI=true)" >&2
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium chromium-driver >/dev/null
