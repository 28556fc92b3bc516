#!/usr/bin/env bash
# Times the blueprint command line from a cold JVM: runs it RUNS times (default 11) and prints
# every wall time and the median, in seconds. Usage, from the project directory after a build:
#   blueprint-benchmarks/cold-start.sh [RUNS] [-- COMMAND ARGS...]
# The default command is: validate examples/example-custom-base.toml
set -euo pipefail
runs=${1:-11}
shift || true
[ "${1:-}" = "--" ] && shift
args=("$@")
[ ${#args[@]} -gt 0 ] || args=(validate examples/example-custom-base.toml)
jar=blueprint-cli/target/blueprint.jar
times=()
for _ in $(seq "$runs"); do
  start=$(date +%s%N)
  java -jar "$jar" "${args[@]}" >/dev/null 2>&1 || true
  end=$(date +%s%N)
  times+=("$(( (end - start) / 1000000 ))")
done
sorted=$(printf '%s\n' "${times[@]}" | sort -n)
median=$(printf '%s\n' "$sorted" | sed -n "$(( (runs + 1) / 2 ))p")
printf 'runs (ms): %s\n' "$(printf '%s ' "${times[@]}")"
printf 'median: %d.%03d s\n' $((median / 1000)) $((median % 1000))
