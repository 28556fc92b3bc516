#!/usr/bin/env bash
# Builds the release (./mvnw -B -Prelease verify) signed with a throwaway key made here, then
# lists everything Maven Central would refuse in what it built, and exits 1 if anything is
# listed. Extra arguments go to Maven (CI passes -DskipTests: the tests ran just before).
# Central's rules: https://central.sonatype.org/publish/requirements/
set -euo pipefail
cd "$(dirname "$0")/.."

GNUPGHOME=$(mktemp -d)
export GNUPGHOME
trap 'gpgconf --kill gpg-agent >/dev/null 2>&1 || true; rm -rf "$GNUPGHOME"' EXIT
passphrase=$(head -c 24 /dev/urandom | base64)
gpg --batch --quiet --pinentry-mode loopback --passphrase "$passphrase" \
    --quick-gen-key "blueprint4j throwaway release-check key <release-check@invalid>" ed25519 sign 1d
MAVEN_GPG_KEY=$(gpg --batch --quiet --pinentry-mode loopback --passphrase "$passphrase" --armor --export-secret-keys)
MAVEN_GPG_PASSPHRASE=$passphrase
export MAVEN_GPG_KEY MAVEN_GPG_PASSPHRASE

./mvnw -B -q -Prelease clean verify "$@"
unset MAVEN_GPG_KEY MAVEN_GPG_PASSPHRASE

version=$(sed -n '0,/<version>\(.*\)<\/version>/s//\1/p' pom.xml | head -1 | tr -d ' ')
problems=()
problem() { problems+=("$1"); }

signed() {   # FILE: present, with a signature gpg accepts
  local file=$1 module=$2
  if [ ! -s "$file" ]; then problem "$module: missing $(basename "$file")"; return; fi
  local asc="$file.asc"
  if [ ! -s "$asc" ]; then problem "$module: $(basename "$file") is not signed"; return; fi
  gpg --batch --quiet --verify "$asc" "$file" 2>/dev/null || problem "$module: bad signature on $(basename "$file")"
}

for module in $(.ci/published-modules.sh); do
  target=$module/target
  if [ "$module" = . ]; then
    artifact=$(sed -n 's:^  <artifactId>\(.*\)</artifactId>:\1:p' pom.xml | head -1)
  else
    artifact=$(sed -n 's:^  <artifactId>\(.*\)</artifactId>:\1:p' "$module/pom.xml" | head -1)
  fi
  packaging=$(sed -n 's:^  <packaging>\(.*\)</packaging>:\1:p' "$module/pom.xml" | head -1)
  packaging=${packaging:-jar}

  # the POM as it is published (flattened, except the parent's), signed under the artifact's name
  pom=$target/$artifact-$version.pom
  if [ ! -s "$pom" ]; then problem "$module: no POM"; continue; fi
  signed "$pom" "$module"
  while IFS= read -r line; do problem "$line"; done < <(java .ci/PomCheck.java "$pom" || true)

  [ "$packaging" = pom ] && continue
  jar=$target/$artifact-$version.jar
  signed "$jar" "$module"
  signed "$target/$artifact-$version-sources.jar" "$module"
  signed "$target/$artifact-$version-javadoc.jar" "$module"
  signed "$target/$artifact-$version-cyclonedx.json" "$module"
  for extra in "$target/$artifact-$version"-bin.*; do
    case $extra in *.asc|*'*') ;; *) signed "$extra" "$module" ;; esac
  done
  sources=$(unzip -Z1 "$target/$artifact-$version-sources.jar" 2>/dev/null || true)
  grep -q '\.java$' <<<"$sources" || problem "$module: the sources jar holds no source"
  javadoc=$(unzip -Z1 "$target/$artifact-$version-javadoc.jar" 2>/dev/null || true)
  grep -q '^index.html$' <<<"$javadoc" || problem "$module: the javadoc jar holds no javadoc"
done

if [ ${#problems[@]} -gt 0 ]; then
  printf 'Central would refuse:\n'
  printf '  %s\n' "${problems[@]}"
  exit 1
fi
printf 'release-check: every published module (%s) has its jar, sources, javadoc, POM and SBOM, signed; nothing Central would refuse\n' \
  "$(.ci/published-modules.sh | tr '\n' ' ' | sed 's/ $//')"
