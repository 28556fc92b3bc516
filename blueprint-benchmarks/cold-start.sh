#!/usr/bin/env bash
# Times the blueprint command line from a cold JVM, both ways a user starts it, side by side:
# `java -jar blueprint-cli/target/blueprint.jar` and `bin/blueprint` of the distribution
# archive (unpacked into a temporary directory, with its class-data-sharing archive). The two
# alternate run by run, RUNS times each (default 11); prints every wall time and the medians.
# The launcher's first run, which writes its archive, is reported on its own line.
# Usage, from the project directory after `./mvnw -q -B package -DskipTests`:
#   blueprint-benchmarks/cold-start.sh [RUNS] [-- COMMAND ARGS...]
# The default command is: validate examples/example-custom-base.toml
set -euo pipefail
runs=${1:-11}
shift || true
[ "${1:-}" = "--" ] && shift
args=("$@")
[ ${#args[@]} -gt 0 ] || args=(validate examples/example-custom-base.toml)
jar=blueprint-cli/target/blueprint.jar
tarball=$(ls blueprint-cli/target/blueprint-cli-*-bin.tar.gz)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tar xzf "$tarball" -C "$work"
launcher=$(ls -d "$work"/blueprint-*/bin/blueprint)
export XDG_CACHE_HOME=$work/cache

millis() { echo $(( $(date +%s%N) / 1000000 )); }
time_of() {   # COMMAND...: wall time in ms
  local start end
  start=$(millis)
  "$@" >/dev/null 2>&1 || true
  end=$(millis)
  echo $(( end - start ))
}
median() { printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }
seconds() { printf '%d.%03d s' $(( $1 / 1000 )) $(( $1 % 1000 )); }

first=$(time_of "$launcher" "${args[@]}")
jar_times=()
launcher_times=()
for _ in $(seq "$runs"); do
  jar_times+=("$(time_of java -jar "$jar" "${args[@]}")")
  launcher_times+=("$(time_of "$launcher" "${args[@]}")")
done
printf 'command: blueprint %s\n' "${args[*]}"
printf 'java -jar blueprint.jar  runs (ms): %s\n' "${jar_times[*]}"
printf 'bin/blueprint            runs (ms): %s\n' "${launcher_times[*]}"
printf 'bin/blueprint first run, writing its archive: %s\n' "$(seconds "$first")"
printf 'median java -jar: %s   median bin/blueprint: %s\n' \
  "$(seconds "$(median "${jar_times[@]}")")" "$(seconds "$(median "${launcher_times[@]}")")"
