#!/bin/sh
# Runs the packaged command line with no display, as a user would: help, demo, info, and a usage error.
set -eu
dist=$1
data=$2
rm -rf "$data"
unset DISPLAY || true
"$dist/bin/irwatch" --help | grep -q "info"
"$dist/bin/irwatch" --data-dir "$data" demo | grep -q "Demo data loaded"
"$dist/bin/irwatch" --data-dir "$data" info | grep -q "Home Office sponsor register"
status=0
"$dist/bin/irwatch" no-such-command 2>/dev/null || status=$?
[ "$status" -eq 2 ] || { echo "expected exit 2 for a usage error, got $status" >&2; exit 1; }

# The start-up cache is named per installation: recording one removes only this installation's stale caches.
fail() { echo "$1" >&2; exit 1; }
XDG_CACHE_HOME="$data-cache"
export XDG_CACHE_HOME
cache_dir="$XDG_CACHE_HOME/irwatch"
rm -rf "$XDG_CACHE_HOME" "$data-copy"
mkdir -p "$cache_dir"
java_home=$(sh "$dist/bin/find-java.sh")
case "$(sh "$dist/bin/aot-cache.sh" "$java_home" false)" in
  *AOTCacheOutput*) fail "a command run should not record a cache" ;;
esac
option=$(sh "$dist/bin/aot-cache.sh" "$java_home" true)
cache=${option#-XX:AOTCacheOutput=}
[ "$cache" != "$option" ] || fail "opening the window should record a cache, got '$option'"
own_stale="${cache%-*}-0.aot"
other_installation="$cache_dir/startup-1-2.aot"
touch "$own_stale" "$other_installation"
sh "$dist/bin/aot-cache.sh" "$java_home" true >/dev/null
[ ! -e "$own_stale" ] || fail "this installation's stale cache was kept"
[ -e "$other_installation" ] || fail "another installation's cache was removed"
touch "$cache"
[ "$(sh "$dist/bin/aot-cache.sh" "$java_home" true)" = "-XX:AOTCache=$cache" ] || fail "the recorded cache is not used"
# The command line's cache built with the distribution is used, and the JVM can map it (AOTMode=on fails if not).
if [ -f "$dist/commands.aot" ]; then
  [ "$(sh "$dist/bin/aot-cache.sh" "$java_home" false)" = "-XX:AOTCache=$(cd "$dist" && pwd -P)/commands.aot" ] \
    || fail "a command does not use the cache built with the distribution"
  IRWATCH_JAVA_OPTS=-XX:AOTMode=on "$dist/bin/irwatch" --data-dir "$data" info | grep -q "Home Office sponsor register" \
    || fail "the command line's AOT cache cannot be used"
  # picocli, compiled again for Java 25, comes from the cache too (ADR 0046): its own jar's Java 5 classes could not.
  IRWATCH_JAVA_OPTS="-Xlog:class+load=info:file=$data-classes.log" "$dist/bin/irwatch" --data-dir "$data" info >/dev/null
  grep -q "picocli.CommandLine source: shared objects file" "$data-classes.log" \
    || fail "picocli's classes are not in the command line's AOT cache"
  rm -f "$data-classes.log"
  # A moved installation runs its commands without the cache trained elsewhere, rather than with the JVM's errors.
  moved="$data-moved"
  rm -rf "$moved"
  cp -R "$dist" "$moved"
  [ -z "$(sh "$moved/bin/aot-cache.sh" "$java_home" false)" ] || fail "a moved installation uses the cache of another"
  "$moved/bin/irwatch" --data-dir "$data" info 2> "$moved.err" >/dev/null
  [ ! -s "$moved.err" ] || fail "a moved installation prints: $(cat "$moved.err")"
  rm -rf "$moved" "$moved.err"
fi
mkdir -p "$data-copy"
cp -R "$dist/bin" "$data-copy/bin"
ln -s "$dist/lib" "$data-copy/lib"
copy_option=$(sh "$data-copy/bin/aot-cache.sh" "$java_home" true)
[ "$copy_option" != "-XX:AOTCacheOutput=$cache" ] || fail "a second installation uses the first one's cache name"
[ -e "$cache" ] || fail "a second installation removed the first one's cache"
# An installation without a command cache (the copy has none) runs commands with the window's recorded cache.
copy_cache=${copy_option#-XX:AOTCacheOutput=}
touch "$copy_cache"
[ "$(sh "$data-copy/bin/aot-cache.sh" "$java_home" false)" = "-XX:AOTCache=$copy_cache" ] \
  || fail "the recorded cache is not used"
rm -rf "$XDG_CACHE_HOME" "$data-copy"
echo "distribution smoke test passed"
