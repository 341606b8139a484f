#!/usr/bin/env bash
# Installs what the full test suite and live code need on Debian/Ubuntu. Idempotent: safe to run again.
#   sudo scripts/install-system-deps.sh
set -euo pipefail

RUNNER_USER="${RUNNER_USER:-leetllm-runner}"
PACKAGES=(bubblewrap python3 python3-numpy python3-torch python3-matplotlib chromium postgresql fonts-dejavu-core)

if [ "$(id -u)" -ne 0 ]; then
  echo "install-system-deps: run as root (sudo scripts/install-system-deps.sh)" >&2
  exit 1
fi

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "install-system-deps: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  echo "install-system-deps: apt packages already installed"
fi

# The unprivileged user every sandboxed run executes as (never root: see ARCHITECTURE.md, Runner).
if ! id -u "$RUNNER_USER" >/dev/null 2>&1; then
  useradd --system --no-create-home --shell /usr/sbin/nologin "$RUNNER_USER"
  echo "install-system-deps: created user $RUNNER_USER"
fi

# Debian's postgresql package starts a cluster service; tests make their own throwaway clusters instead.
echo "install-system-deps: done"
