# Sourced by ./mvnw and ./ecotrack: finds a JDK 21 or newer and exports JAVA_HOME to it.
# Looks, in order, at $JAVA_HOME, the java on PATH, and the usual install folders
# (Debian/Ubuntu, RHEL, Temurin, SDKMAN!, macOS). Prints what to install when there is none.

ecotrack_java_major() {
  # prints the major version of the JDK whose home is $1 (empty when it is not a JDK)
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 0
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1
}

ecotrack_find_jdk() {
  local candidates=() home major best="" best_major=0
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v javac >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")")
  fi
  for home in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* \
              /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -d "$home" ] && candidates+=("$home")
  done
  for home in "${candidates[@]}"; do
    major=$(ecotrack_java_major "$home")
    [ -n "$major" ] || continue
    # JAVA_HOME wins when it is new enough; otherwise take the newest JDK found
    if [ "$major" -ge 21 ] && [ "$home" = "${JAVA_HOME:-}" ]; then best="$home"; best_major=$major; break; fi
    if [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then best="$home"; best_major=$major; fi
  done
  if [ -z "$best" ]; then
    cat >&2 <<'MSG'
ecotrack needs a JDK 21 or newer, and none was found (looked at JAVA_HOME, the java on PATH,
/usr/lib/jvm, /usr/java, /opt/java, ~/.sdkman and /Library/Java/JavaVirtualMachines).
Install one, for example:
  Debian/Ubuntu:  sudo apt-get install openjdk-21-jdk      (or temurin-21-jdk from Adoptium)
  macOS:          brew install openjdk@21
  SDKMAN!:        sdk install java 21-tem
or point JAVA_HOME at an existing JDK 21+.
MSG
    return 1
  fi
  export JAVA_HOME="$best"
  export PATH="$JAVA_HOME/bin:$PATH"
}
