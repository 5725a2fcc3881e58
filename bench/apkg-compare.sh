#!/usr/bin/env bash
# Side by side on the same 500 questions, each ratio measured in this one run:
#   qbank's .apkg export  vs  the npm package anki-apkg-export (its bundled sql.js fails a little beyond 500 notes)
#   qbank's .apkg export  vs  the floor: the same note/card rows in one SQLite transaction, zipped (ApkgFloor)
# Whole commands are timed (process start included) over RUNS runs each; the median is reported.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
n="${N:-500}"; runs="${RUNS:-5}"
work="${BENCH_DIR:-/tmp/qbank-bench}/apkg-$n"
rm -rf "$work"; mkdir -p "$work"
[ -f cli/target/qbank.jar ] || mvn -q -B -ntp -DskipTests package >&2
(cd bench/node && [ -d node_modules/anki-apkg-export ] || npm install --no-audit --no-fund --silent >&2)
jar="cli/target/qbank.jar"
cp_bench="bench/target/classes:$(ls cli/target/lib/*.jar | tr '\n' ':')"

# five files of n questions, one per shape; import only the Q&A one so every note carries an answer
java -cp bench/target/classes dev.qbank.bench.SyntheticBankGenerator $((n * 5)) "$work/src" 42 "$n" >/dev/null
java -jar "$jar" import "$work/src/00002_qa.txt" --bank "$work/bank" >/dev/null
java -jar "$jar" export --format json --bank "$work/bank" --out "$work/bank.json" >/dev/null
count=$(python3 -c "import json,sys;print(len(json.load(open('$work/bank.json'))['questions']))")

median() { sort -n | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}'; }
time_cmd() { # prints milliseconds of wall time for one run of the command
  local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1; e=$(date +%s%N); echo $(( (e - s) / 1000000 ))
}
ours=(); npmx=(); floor=()
for i in $(seq "$runs"); do
  ours+=("$(time_cmd java -jar "$jar" export --format anki --bank "$work/bank" --out "$work/ours.apkg")")
  npmx+=("$(time_cmd node bench/node/anki-apkg-export.js "$work/bank.json" "$work/npm.apkg")")
  floor+=("$(time_cmd java -cp "$cp_bench" dev.qbank.bench.ApkgFloor "$work/bank.json" "$work/floor.apkg")")
done
o=$(printf '%s\n' "${ours[@]}" | median); p=$(printf '%s\n' "${npmx[@]}" | median); f=$(printf '%s\n' "${floor[@]}" | median)
echo "| implementation ($count notes, median of $runs) | wall ms | ratio to qbank |"
echo "| --- | ---: | ---: |"
echo "| qbank export --format anki | $o | 1.00 |"
echo "| npm anki-apkg-export 4.0.3 | $p | $(awk -v a="$p" -v b="$o" 'BEGIN{printf "%.2f", a/b}') |"
echo "| floor (rows in one transaction + zip) | $f | $(awk -v a="$f" -v b="$o" 'BEGIN{printf "%.2f", a/b}') |"
ls -l "$work"/*.apkg >&2
