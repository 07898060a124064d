#!/usr/bin/env bash
# Shared set-up for the two commands: a virtual environment with govportal installed,
# and a Chromium for the accessibility gate. Safe to run again; it only adds what is missing.
# Usage: source scripts/setup.sh [test]
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
PY="${PYTHON:-python3}"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

need_python() {
  if ! "$PY" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    echo "govportal needs Python 3.11 or newer (found: $("$PY" --version 2>&1)). Set PYTHON=/path/to/python3.11." >&2
    exit 2
  fi
}

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else return 1; fi
}

# Install a Debian/Ubuntu package when we may (root or sudo); fails when we cannot.
apt_install() {
  local package="$1" why="$2"
  command -v apt-get >/dev/null && as_root true 2>/dev/null || return 1
  say "$why"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$package" >/dev/null
}

install_python_packages() {
  local extras="$1"
  if [ ! -x "$VENV/bin/python" ]; then
    say "Creating a virtual environment in .venv"
    "$PY" -m venv "$VENV"
  fi
  say "Installing govportal and its dependencies"
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -e "$ROOT$extras"
}

# The browser the gate drives: Playwright's own if it can be downloaded, else the system's.
install_chromium() {
  if [ -n "${GOVPORTAL_CHROMIUM:-}" ]; then return; fi
  if "$VENV/bin/python" - <<'PY' 2>/dev/null; then return; fi
from pathlib import Path
from playwright.sync_api import sync_playwright
with sync_playwright() as p:
    raise SystemExit(0 if Path(p.chromium.executable_path).is_file() else 1)
PY
  for candidate in /usr/lib/chromium/chromium /usr/bin/chromium /usr/bin/chromium-browser; do
    if [ -x "$candidate" ]; then return; fi
  done
  say "Installing Chromium for the accessibility gate"
  if timeout 300 "$VENV/bin/python" -m playwright install chromium >/dev/null 2>&1; then return; fi
  if apt_install chromium "Playwright could not download its browser; installing Debian/Ubuntu's chromium package instead."; then
    return
  fi
  echo "No Chromium found and none could be installed. Install Chromium, or set GOVPORTAL_CHROMIUM to its path." >&2
  exit 2
}

# The tests run the feedback store against a real PostgreSQL server (a throwaway cluster).
install_postgresql() {
  if compgen -G "/usr/lib/postgresql/*/bin/pg_ctl" >/dev/null || command -v pg_ctl >/dev/null; then return; fi
  if apt_install postgresql "Installing PostgreSQL for the feedback store tests"; then
    return
  fi
  echo "PostgreSQL is needed for the tests. Install it (Debian/Ubuntu: apt-get install postgresql)." >&2
  exit 2
}

need_python
if [ "${1:-}" = "test" ]; then
  install_python_packages "[test]"
  install_postgresql
  command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || apt_install nginx-light "Installing nginx to check deploy/nginx.conf (its test skips without it)" || true
else
  install_python_packages ""
fi
install_chromium
export PATH="$VENV/bin:$PATH"
