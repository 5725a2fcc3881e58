#!/usr/bin/env bash
# JMH microbenchmarks of the hot inner loops (issue 6): duplicate index, question-file read/write, Anki note
# rendering. Builds bench/target/benchmarks.jar when missing, then runs JMH; arguments go to JMH.
#
#   bench/jmh.sh                        # every benchmark (a few minutes), results also in bench/results/jmh.json
#   bench/jmh.sh DedupBenchmark -p size=10000     # a regex of benchmarks, a parameter value
#   bench/jmh.sh -l                     # list them;  bench/jmh.sh -h  for JMH's options
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
jar=bench/target/benchmarks.jar
if [ ! -f "$jar" ] || [ "${REBUILD:-0}" = 1 ]; then
  mvn -o -q -B -pl bench -am package -DskipTests >&2
fi
mkdir -p bench/results
if [ $# -eq 0 ]; then
  set -- -rf json -rff bench/results/jmh.json
fi
exec java -jar "$jar" "$@"
