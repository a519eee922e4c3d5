#!/usr/bin/env bash
# Installs those of the given Debian packages that are missing (as root, or
# through sudo). Used by bootstrap.sh, sanitize.sh and fuzz.sh.
# Usage: scripts/install-packages.sh PACKAGE...
set -euo pipefail
missing=()
for p in "$@"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
    missing+=("$p")
done
((${#missing[@]})) || exit 0
echo "memsched: installing ${missing[*]} (first run only)" >&2
sudo=""
[[ $(id -u) -eq 0 ]] || sudo="sudo"
$sudo apt-get update -q
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q "${missing[@]}"
