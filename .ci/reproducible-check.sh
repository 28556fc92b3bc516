#!/usr/bin/env bash
# Builds every published artifact twice from a clean tree and checks that both builds are
# byte for byte the same (jars, sources and javadoc jars, POMs, SBOMs, the distribution
# archives). Extra arguments go to Maven. Prints the differing files and exits 1 if any.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

collect() {   # DIR: copies what the build published-to-be into DIR
  local into=$1
  mkdir -p "$into"
  for module in $(.ci/published-modules.sh); do
    find "$module/target" -maxdepth 1 -type f \
      \( -name '*.jar' -o -name '*.pom' -o -name '*-cyclonedx.json' -o -name '*.tar.gz' -o -name '*.zip' \) \
      -exec cp {} "$into/" \;
  done
}

for run in 1 2; do
  ./mvnw -B -q clean package -DskipTests "$@"
  collect "$work/$run"
done

count=$(find "$work/1" -type f | wc -l)
if [ "$count" -eq 0 ]; then
  echo "reproducible-check: the build produced nothing to compare" >&2
  exit 1
fi
if ! diff <(cd "$work/1" && sha256sum -- * | sort -k2) <(cd "$work/2" && sha256sum -- * | sort -k2); then
  echo "reproducible-check: the two builds differ in the files above" >&2
  exit 1
fi
echo "reproducible-check: two clean builds gave $count byte-identical artifacts"
