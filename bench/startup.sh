#!/usr/bin/env bash
# Start-up benchmark of the window on the national data set (docs/decisions/0026-market-summary-at-start-up.md).
# Builds the national data folder once through the bench harness (NationalDataFolder), copies it to a scratch
# folder, opens the packaged window on it once to record the AOT cache and the stored summary (not timed), then
# RUNS (3) cold starts under Xvfb, each a new process, and prints the medians of the log's start-up lines
# (milliseconds from the process start): first frame, stored summary shown, live market shown.
# Usage: bench/startup.sh [IRWATCH_HOME]   (default app/target/irwatch; build it with ./mvnw package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
home=$(cd "${1:-app/target/irwatch}" && pwd)
runs=${RUNS:-3}
national=data/target/bench/national-folder
scratch=${SCRATCH:-/tmp/irwatch-startup-bench}
steps=("First frame" "Data folder" "Area read" "Data dates read" "Market read started" "Market read and joined" "Stored summary shown"
  "Live market shown")

if [ ! -f "$national/irwatch.mv.db" ]; then
  ./mvnw -q -B -ntp -Pbench -pl data -am verify -DskipTests -Dbench.main=org.irwatch.data.bench.NationalDataFolder
fi
rm -rf "$scratch"
cp -r "$national" "$scratch"
rm -f "$scratch/irwatch.log"

# Opens the window, waits for the live market (or 120 s), closes it with SIGTERM and waits for the process to end
# (the first run records the AOT cache on the way out).
open_window() {
  : > "$scratch/irwatch.log"
  setsid xvfb-run -a -s "-screen 0 1280x1024x24" "$home/bin/irwatch" --data-dir "$scratch" >/dev/null 2>&1 &
  local session=$!
  for _ in $(seq 1 240); do
    grep -q "Live market shown after" "$scratch/irwatch.log" 2>/dev/null && break
    sleep 0.5
  done
  # The figures are stored just after; H2 writes what was committed within a second (SIGTERM does not close it).
  sleep 3
  kill -TERM $(pgrep -s "$session" java) 2>/dev/null || true
  for _ in $(seq 1 120); do
    kill -0 "$session" 2>/dev/null || break
    sleep 1
  done
  kill -- -"$session" 2>/dev/null || true
}

millis() { # step: the N of "step after N ms" in the last run's log, or "-"
  sed -n "s/.*INFO [A-Za-z]* - $1.* after \([0-9]*\) ms.*/\1/p" "$scratch/irwatch.log" | head -1 | grep . || echo -
}

open_window
declare -A times
for run in $(seq 1 "$runs"); do
  open_window
  line="run $run:"
  for step in "${steps[@]}"; do
    value=$(millis "$step")
    times[$step]+="$value "
    line+=" $step $value ms;"
  done
  echo "$line"
done
echo "load average: $(cut -d ' ' -f 1-3 /proc/loadavg)"
for step in "${steps[@]}"; do
  median=$(printf '%s\n' ${times[$step]} | { grep -v -- - || true; } | sort -n | awk '{a[NR]=$1} END {print NR ? a[int((NR+1)/2)] : "-"}')
  echo "$step: median $median ms (runs: ${times[$step]})"
done
