#!/bin/sh
# Installs the Debian packages the project needs besides Python's:
# - chromium and chromium-driver for the browser tests (a test tool's own browser
#   download cannot work offline);
# - tesseract-ocr and tesseract-ocr-kor: the Korean and English OCR models that read the
#   text inside pictures (disclosure/extract/ocr.py; without them a document with a
#   picture goes to review, and the OCR tests are skipped, or fail under CI=true).
# Does nothing when all of them are already there.
set -e
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] && [ -x /usr/bin/tesseract ] \
   && ls /usr/share/tesseract-ocr/*/tessdata/kor.traineddata >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" != 0 ]; then
  echo "install-system-packages: run as root, or install chromium, chromium-driver," \
       "tesseract-ocr and tesseract-ocr-kor yourself; browser and OCR tests will be" \
       "skipped (they fail under CI=true)" >&2
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium chromium-driver tesseract-ocr tesseract-ocr-kor >/dev/null
