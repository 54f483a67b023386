# shellcheck shell=bash
# Sourced by Tandem's scripts: finds a JDK >= 21 (JAVA_HOME, then PATH, then /usr/lib/jvm/*).
#   tandem_find_java  prints the java binary, or explains what to install on stderr and returns 1
#   tandem_use_java   the same, then exports JAVA_HOME and TANDEM_JAVA (exits on failure)

TANDEM_MIN_JAVA=${TANDEM_MIN_JAVA:-21}

# The feature version of a java binary: from its home's `release` file (cheap), else from -version.
tandem_java_feature() {
  local java=$1 home version
  home=$(dirname -- "$(dirname -- "$(readlink -f -- "$java")")")
  if [[ -f $home/release ]]; then
    version=$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$home/release")
  fi
  if [[ -z ${version:-} ]]; then
    version=$("$java" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n1)
  fi
  version=${version#1.}          # 1.8.0 -> 8.0
  echo "${version%%[.+-]*}"
}

tandem_find_java() {
  local candidates=() c feature
  [[ -n ${JAVA_HOME:-} ]] && candidates+=("$JAVA_HOME/bin/java")
  c=$(command -v java 2>/dev/null) && candidates+=("$c")
  for c in /usr/lib/jvm/*/bin/java; do
    [[ -e $c ]] && candidates+=("$c")
  done
  for c in "${candidates[@]}"; do
    [[ -x $c ]] || continue
    feature=$(tandem_java_feature "$c")
    if [[ $feature =~ ^[0-9]+$ ]] && (( feature >= TANDEM_MIN_JAVA )); then
      echo "$c"
      return 0
    fi
  done
  {
    echo "Tandem needs a JDK ${TANDEM_MIN_JAVA} or newer, and none was found (looked at JAVA_HOME, PATH and /usr/lib/jvm/*)."
    echo "Install one, for example:"
    echo "  apt-get install openjdk-21-jdk        (Debian 13 / Ubuntu 24.04)"
    echo "  or Eclipse Temurin 21+ from https://adoptium.net (Debian 12: apt-get install temurin-21-jdk after adding its repository)"
    echo "then run this again, or set JAVA_HOME to it."
  } >&2
  return 1
}

tandem_use_java() {
  TANDEM_JAVA=$(tandem_find_java) || exit 1
  JAVA_HOME=$(dirname -- "$(dirname -- "$(readlink -f -- "$TANDEM_JAVA")")")
  export JAVA_HOME TANDEM_JAVA
}
