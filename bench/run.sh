#!/usr/bin/env bash
# Benchmark: generate synthetic banks of N questions (deterministic), then time qbank import (with dedup),
# validate and every export on them. Prints a Markdown table and writes bench/results/results.json.
#
#   bench/run.sh                 # N = 10000 100000 1000000
#   bench/run.sh 10000 100000    # chosen sizes
#   HEAP=2g bench/run.sh         # heap for each qbank run (default 2g)
#
# Before each import, when /proc/sys/vm/drop_caches is writable (root), the script runs `sync` and drops the page,
# dentry and inode caches, and says so. Creating ~800k files is mostly kernel time, and on a machine whose dentry and
# inode caches already hold millions of entries from earlier runs it was 4-15x slower than right after a drop
# (800k files in one folder: 34 s clean, 128-331 s degraded), so without the drop the import figure depends on what
# ran before it. Not root: the caches are left alone and the figure may be pessimistic.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(10000 100000 1000000)
heap="${HEAP:-2g}"
work="${BENCH_DIR:-/tmp/qbank-bench}"
results="$here/bench/results"
mkdir -p "$results" "$work"

if [ ! -f cli/target/qbank.jar ] || [ ! -d bench/target/classes ]; then
  mvn -q -B -ntp -DskipTests package >&2
fi
jar="$here/cli/target/qbank.jar"
formats=(anki xlsx markdown json jsonl)
json="$results/results.json"
echo "[" > "$json.tmp"
first=1
printf '| N | step | wall s | CPU s | peak RSS MB | exit |\n| ---: | --- | ---: | ---: | ---: | ---: |\n'

measure() { # N STEP CMD...
  local n="$1" step="$2"; shift 2
  local tf; tf="$(mktemp)"
  local code=0
  /usr/bin/time -f "%e %U %S %M" -o "$tf" "$@" >"$work/last.out" 2>"$work/last.err" || code=$?
  read -r wall user sys rss < <(tail -1 "$tf")
  rm -f "$tf"
  local cpu; cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN{printf "%.2f", u+s}')
  local mb; mb=$(awk -v k="$rss" 'BEGIN{printf "%.0f", k/1024}')
  printf '| %s | %s | %s | %s | %s | %s |\n' "$n" "$step" "$wall" "$cpu" "$mb" "$code"
  [ $first -eq 1 ] || echo "," >> "$json.tmp"
  first=0
  printf '  {"n": %s, "step": "%s", "wallSeconds": %s, "cpuSeconds": %s, "peakRssMb": %s, "exit": %s}' \
    "$n" "$step" "$wall" "$cpu" "$mb" "$code" >> "$json.tmp"
  if [ "$code" -ne 0 ]; then sed 's/^/    /' "$work/last.err" | head -5 >&2; fi
}

drop_caches() { # see the comment at the top: same starting point for every import
  if [ -w /proc/sys/vm/drop_caches ]; then
    sync
    if { echo 3 > /proc/sys/vm/drop_caches; } 2>/dev/null; then
      echo "(synced and dropped the page, dentry and inode caches before the import)" >&2
    fi
  fi
}

# The host's own speed moves from day to day (the same build's 1M import took 26-72 s on different days), so every
# run first times a fixed CPU-bound job that involves no qbank code: compare runs only when this line agrees.
measure 0 "host check: sha256sum of 1 GB of zeros" sh -c 'head -c 1000000000 /dev/zero | sha256sum'

for n in "${sizes[@]}"; do
  src="$work/$n/src"; bank="$work/$n/bank"; out="$work/$n/out"
  if [ ! -d "$src" ]; then
    java -cp bench/target/classes dev.qbank.bench.SyntheticBankGenerator "$n" "$src" 42 >/dev/null
  fi
  rm -rf "$bank" "$out"; mkdir -p "$out"
  drop_caches
  measure "$n" import env QBANK_JAVA_OPTS="-Xmx$heap" ./qbank import "$src" --bank "$bank"
  # The floor under that import and under every command that reads the bank: as many files of the same sizes
  # created, then read, from both cores by a loop with no qbank code (FileSystemFloor). One file per question, so
  # at 1M this is much of the import's time, and it moves with the host's file system, not with qbank.
  rm -rf "$work/$n/floor"
  drop_caches
  measure "$n" "floor: create the bank's files" java -cp bench/target/classes dev.qbank.bench.FileSystemFloor create "$bank" "$work/$n/floor"
  rm -rf "$work/$n/floor"
  drop_caches
  measure "$n" "floor: read the bank's files (cold)" java -cp bench/target/classes dev.qbank.bench.FileSystemFloor read "$bank"
  measure "$n" validate env QBANK_JAVA_OPTS="-Xmx$heap" ./qbank validate "$bank"
  for f in "${formats[@]}"; do
    measure "$n" "export $f" env QBANK_JAVA_OPTS="-Xmx$heap" ./qbank export --format "$f" --bank "$bank" --out "$out/qbank.$f"
  done
  # What a maintainer runs most: the same import again (every source as last imported: nothing is parsed or
  # written, the bank is read to check that it still holds them), then one new source of 1,000 questions (other
  # seed) into the grown bank, which indexes the whole bank for its duplicates.
  measure "$n" "re-import, same input" env QBANK_JAVA_OPTS="-Xmx$heap" ./qbank import "$src" --bank "$bank"
  if [ ! -d "$work/add-1000" ]; then
    java -cp bench/target/classes dev.qbank.bench.SyntheticBankGenerator 1000 "$work/add-1000" 7 >/dev/null
  fi
  measure "$n" "import 1k new into the bank" env QBANK_JAVA_OPTS="-Xmx$heap" ./qbank import "$work/add-1000" --bank "$bank"
done
measure 0 "--help" ./qbank --help
# and once more at the end: the host's speed also moves within a run (5.2 to 8.0 s for this job within an hour)
measure 0 "host check again" sh -c 'head -c 1000000000 /dev/zero | sha256sum'
echo "" >> "$json.tmp"; echo "]" >> "$json.tmp"; mv "$json.tmp" "$json"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1)" >&2
