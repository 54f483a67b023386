#!/usr/bin/env bash
# Runs every test: `mvn -B verify` (unit tests in Surefire, *IT in Failsafe). As root on Debian it first
# installs the missing test prerequisites. Extra arguments go to Maven. Exit code = Maven's.
# TANDEM_NO_APT=1 skips the package step (e.g. in an offline container).
set -uo pipefail
repo=$(cd -- "$(dirname -- "$0")/.." && pwd)
cd "$repo" || exit 1
# shellcheck source=lib/java.sh
source "$repo/deploy/lib/java.sh"

if [[ $(id -u) == 0 && -f /etc/debian_version && -z ${TANDEM_NO_APT:-} ]]; then
  wanted=(chromium resource-agents pacemaker-resource-agents pacemaker-cli-utils apache2 wget)
  command -v mvn >/dev/null || wanted+=(maven)
  missing=()
  for p in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  if (( ${#missing[@]} )); then
    echo "deploy/test.sh: installing ${missing[*]}"
    apt-get update || exit 1
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}" || exit 1
  fi
fi

tandem_use_java
command -v mvn >/dev/null || { echo "deploy/test.sh: Maven is missing: apt-get install maven" >&2; exit 1; }
echo "deploy/test.sh: JAVA_HOME=$JAVA_HOME"
mvn -B verify "$@"
exit $?
