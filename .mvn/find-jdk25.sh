#!/bin/sh
# Prints the home folder of a Java 25 (or newer) runtime, or explains what to install and exits 1.
# Used by ./mvnw (to build) and by bin/irwatch (to run), so neither asks the user to export anything.
# Order: IRWATCH_JAVA_HOME, JAVA_HOME, the java on PATH, then the usual install folders (newest wins).
want=25

major_of() {
  [ -x "$1/bin/java" ] || return 1
  v=""
  [ -f "$1/release" ] && v=$(sed -n 's/^JAVA_VERSION="\([0-9][0-9]*\).*/\1/p' "$1/release")
  [ -n "$v" ] || v=$("$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9][0-9]*\).*/\1/p' | head -n 1)
  [ -n "$v" ] && echo "$v"
}

fits() {
  m=$(major_of "$1") || return 1
  [ "$m" -ge "$want" ] 2>/dev/null
}

for candidate in "${IRWATCH_JAVA_HOME:-}" "${JAVA_HOME:-}"; do
  if [ -n "$candidate" ] && fits "$candidate"; then echo "$candidate"; exit 0; fi
done

if on_path=$(command -v java 2>/dev/null); then
  home=$(dirname "$(dirname "$(readlink -f "$on_path" 2>/dev/null || echo "$on_path")")")
  if fits "$home"; then echo "$home"; exit 0; fi
fi

best=""
best_major=0
for home in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* \
            "$HOME"/.jdks/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
  [ -d "$home" ] || continue
  m=$(major_of "$home") || continue
  if [ "$m" -ge "$want" ] 2>/dev/null && [ "$m" -gt "$best_major" ]; then best="$home"; best_major="$m"; fi
done
if [ -n "$best" ]; then echo "$best"; exit 0; fi

echo "IR Watch needs Java $want or newer, and none was found (looked at IRWATCH_JAVA_HOME, JAVA_HOME, the java on PATH and /usr/lib/jvm)." >&2
echo "Install Temurin $want (https://adoptium.net, or 'apt-get install temurin-$want-jdk'), or set IRWATCH_JAVA_HOME to its folder." >&2
exit 1
