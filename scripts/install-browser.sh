#!/bin/sh
# Chromium for the browser test (tests/browser), from Debian: never a downloaded browser.
# Called by `make install-test`. Never fails the set-up: without chromium the test skips
# with its reason. Prints one line.
set -u
for candidate in "${CPCOLLAB_CHROMIUM:-}" /usr/bin/chromium /usr/bin/chromium-browser; do
    if [ -n "$candidate" ] && [ -x "$candidate" ]; then
        echo "browser test: chromium found at $candidate"
        exit 0
    fi
done
if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "browser test: no chromium, and not root with apt-get; install Debian's chromium or the browser test skips"
    exit 0
fi
install() { DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null 2>&1; }
# A fresh machine may have no package lists yet: update them once if the first try fails.
if install || { apt-get update -qq >/dev/null 2>&1 && install; }; then
    echo "browser test: installed Debian's chromium"
else
    echo "browser test: could not install chromium with apt-get (offline?); the browser test skips"
fi
exit 0
