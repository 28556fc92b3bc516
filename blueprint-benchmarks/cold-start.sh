#!/usr/bin/env bash
# Times the blueprint command line from a cold JVM, both ways a user starts it, side by side:
# `java -jar blueprint-cli/target/blueprint.jar` and `bin/blueprint` of the distribution
# archive (unpacked into a temporary directory, with its class-data-sharing archive). The two
# alternate run by run, RUNS times each (default 11); prints every wall time and the medians.
# The launcher's first run, which lists the classes its archive will hold (the archive itself is
# written in the background after it), is reported on its own line.
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
# the launcher writes its archive in the background after its first run: wait until that job
# has ended (its temporary files are gone) and the archive is on disk
for _ in $(seq 120); do
  if ls "$XDG_CACHE_HOME"/blueprint4j/*.jsa >/dev/null 2>&1 \
      && ! ls "$XDG_CACHE_HOME"/blueprint4j/*.jsa.* >/dev/null 2>&1; then
    break
  fi
  sleep 0.5
done
sync
ls "$XDG_CACHE_HOME"/blueprint4j/*.jsa >/dev/null 2>&1 || { echo "no archive after 60 s" >&2; exit 1; }
jar_times=()
launcher_times=()
for _ in $(seq "$runs"); do
  jar_times+=("$(time_of java -jar "$jar" "${args[@]}")")
  launcher_times+=("$(time_of "$launcher" "${args[@]}")")
done
printf 'command: blueprint %s\n' "${args[*]}"
printf 'java -jar blueprint.jar  runs (ms): %s\n' "${jar_times[*]}"
printf 'bin/blueprint            runs (ms): %s\n' "${launcher_times[*]}"
printf 'bin/blueprint first run, listing its classes: %s\n' "$(seconds "$first")"
printf 'median java -jar: %s   median bin/blueprint: %s\n' \
  "$(seconds "$(median "${jar_times[@]}")")" "$(seconds "$(median "${launcher_times[@]}")")"
