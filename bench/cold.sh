#!/usr/bin/env bash
# Cold command-line benchmark at national scale, as a user meets it (issue 14): each command is a new JVM through
# bin/irwatch, timed with JVM start, on the national inputs the bench harness builds (NationalInputFiles: about
# 129,000 register rows, 90,000 CQC locations). RUNS (3) rounds; in each, every installation given runs every step
# in turn (alternating, so a busy spell hits all alike):
#   import register  into a fresh data folder
#   import CQC       into a fresh data folder
#   match --out      on a fresh copy of a folder holding both imports (nothing matched or stored before)
#   info             on that folder
# Prints per installation the median wall time, peak RSS and CPU time of each step with the load average, then
# the side-by-side ratio with Duke (../shared/bench/duke/side-by-side.sh; DUKE=off skips it).
# Usage: bench/cold.sh [IRWATCH_HOME ...]   (default app/target/irwatch; build it with
#        ./mvnw -pl app -am package -DskipTests). Two homes, e.g. a build of main and this one, give before and
#        after from one run.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -gt 0 ] || set -- app/target/irwatch
homes=()
for home in "$@"; do
  homes+=("$(cd "$home" && pwd)")
done
runs=${RUNS:-3}
inputs=data/target/bench
register="$inputs/2026-05-26_-_Worker_and_Temporary_Worker.csv"
cqc="$inputs/16_September_2026_CQC_directory.csv"
scratch=${SCRATCH:-/tmp/irwatch-cold-bench}

if [ ! -x /usr/bin/time ]; then
  echo "GNU time (/usr/bin/time) is needed for peak memory: installing the 'time' package with apt-get."
  apt-get install -y -qq time > /dev/null
fi
if [ ! -f "$register" ] || [ ! -f "$cqc" ]; then
  ./mvnw -q -B -ntp -Pbench -pl data -am verify -DskipTests -Dbench.main=org.irwatch.data.bench.NationalInputFiles
fi
register=$(realpath "$register")
cqc=$(realpath "$cqc")
rm -rf "$scratch"
mkdir -p "$scratch/times"

# The folder each match run copies: both files imported, nothing matched (not timed). Each installation imports its
# own: a folder another build wrote would time that build's data (a schema to migrate, names prepared by it) instead.
for h in "${!homes[@]}"; do
  "${homes[$h]}/bin/irwatch" --data-dir "$scratch/imported-$h" import "$register" "$cqc" > /dev/null
done

timed() { # label run command...: wall seconds, peak KB and CPU seconds (user + system) into times/label-run
  local label=$1 run=$2
  shift 2
  /usr/bin/time -f "%e %M %U %S" -o "$scratch/times/$label-$run" "$@" > /dev/null
}

steps=("import register" "import CQC" "match" "info")
for run in $(seq 1 "$runs"); do
  for h in "${!homes[@]}"; do
    irwatch="${homes[$h]}/bin/irwatch"
    folder="$scratch/h$h-r$run"
    timed "$h-import register" "$run" "$irwatch" --data-dir "$folder-register" import "$register"
    timed "$h-import CQC" "$run" "$irwatch" --data-dir "$folder-cqc" import "$cqc"
    cp -r "$scratch/imported-$h" "$folder-match"
    timed "$h-match" "$run" "$irwatch" --data-dir "$folder-match" match --out "$folder-match/matches.csv"
    timed "$h-info" "$run" "$irwatch" --data-dir "$folder-match" info
    rm -rf "$folder-register" "$folder-cqc" "$folder-match"
  done
  echo "round $run of $runs done (load average $(cut -d ' ' -f 1-3 /proc/loadavg))"
done

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
for h in "${!homes[@]}"; do
  echo
  echo "${homes[$h]}: cold commands, medians of $runs ($(date -u '+%Y-%m-%d %H:%M UTC'), load average" \
    "$(cut -d ' ' -f 1-3 /proc/loadavg), $(nproc) cores)"
  # CPU seconds say what a run cost even when other work on the machine stretches its wall time.
  printf '| %-16s | %10s | %13s | %12s | %-24s |\n' step "median s" "peak RSS MB" "CPU s" "runs (s)"
  printf '|%s|%s|%s|%s|%s|\n' "------------------" "------------" "---------------" "--------------" \
    "--------------------------"
  for step in "${steps[@]}"; do
    files=("$scratch/times/$h-$step-"*)
    seconds=$(cat "${files[@]}" | awk '{print $1}' | sort -n | tr '\n' ' ')
    median_s=$(cat "${files[@]}" | awk '{print $1}' | median)
    median_mb=$(cat "${files[@]}" | awk '{print $2 / 1024}' | median)
    median_cpu=$(cat "${files[@]}" | awk '{print $3 + $4}' | median)
    printf '| %-16s | %10.2f | %13.0f | %12.2f | %-24s |\n' "$step" "$median_s" "$median_mb" "$median_cpu" "$seconds"
  done
done

if [ "${DUKE:-on}" != off ]; then
  for home in "${homes[@]}"; do
    echo
    echo "Side by side with Duke: $home (load average before: $(cut -d ' ' -f 1-3 /proc/loadavg))"
    ../shared/bench/duke/side-by-side.sh "$home/bin/irwatch" "$runs"
    echo "load average after: $(cut -d ' ' -f 1-3 /proc/loadavg)"
  done
fi
