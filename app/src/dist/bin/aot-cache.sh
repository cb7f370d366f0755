#!/bin/sh
# Prints the JVM option for IR Watch's start-up AOT cache (docs/decisions/0008-startup-aot-cache.md), or nothing:
# for a command, the cache built with the distribution (0036-aot-cache-for-commands.md) when it is there.
# Usage: aot-cache.sh JAVA_HOME OPENS_WINDOW(true|false)
# The cache is named per installation (a checksum of this installation's folder) and per build (a checksum of its
# jars and the JDK), so two checkouts or an installed copy and a build keep their own caches; only this
# installation's stale caches are removed before a new one is recorded.
# aot-cache.sh --stamp prints this installation's stamp (its folder and its jars), written beside the commands' cache
# when it is trained.
home=$(cd "$(dirname "$0")/.." && pwd -P)
installation_stamp() {
  { printf '%s\n' "$home"; LC_ALL=C ls -l "$home/lib"; } | cksum | cut -d ' ' -f 1
}
if [ "${1:-}" = --stamp ]; then
  installation_stamp
  exit 0
fi
java_home=$1
opens_window=$2
[ "${IRWATCH_AOT:-on}" = "off" ] && exit 0
# A command uses the cache trained on the commands when the distribution was built (docs/decisions/0036), only in
# the folder and with the jars it was trained with: elsewhere the JVM would refuse it with errors on every command.
if [ "$opens_window" = false ] && [ -f "$home/commands.aot" ]; then
  [ "$(cat "$home/commands.aot.stamp" 2>/dev/null)" = "$(installation_stamp)" ] && echo "-XX:AOTCache=$home/commands.aot"
  exit 0
fi
cache_dir="${XDG_CACHE_HOME:-$HOME/.cache}/irwatch"
installation=$(printf '%s' "$home" | cksum | cut -d ' ' -f 1)
stamp=$(ls -l "$home/lib" "$java_home/release" 2>/dev/null | cksum | cut -d ' ' -f 1)
cache="$cache_dir/startup-$installation-$stamp.aot"
if [ -f "$cache" ]; then
  echo "-XX:AOTCache=$cache"
elif [ "$opens_window" = true ] && mkdir -p "$cache_dir" 2>/dev/null; then
  rm -f "$cache_dir/startup-$installation-"*.aot
  echo "-XX:AOTCacheOutput=$cache"
fi
