#!/usr/bin/env bash
# Runs the whole JMH suite once with default JVM settings and prints every ratio target of
# README.md from that one run, then the cold start of both launchers. From the project
# directory, after `./mvnw -q -B package -DskipTests`:
#   blueprint-benchmarks/run.sh [JMH OPTIONS...]      e.g. run.sh 'ReadBenchmark' to run a selection
# Results: blueprint-benchmarks/target/results.json (JMH's JSON) and the printed table.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=blueprint-benchmarks/target/benchmarks.jar
results=blueprint-benchmarks/target/results.json
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo), $(java -version 2>&1 | head -1)"
java -jar "$jar" -prof gc -rf json -rff "$results" "$@"
echo
echo "== ratio targets (one run)"
status=0
java -cp "$jar" io.github.blueprint4j.benchmarks.Ratios "$results" || status=$?
echo
echo "== cold start"
blueprint-benchmarks/cold-start.sh 11
exit $status
