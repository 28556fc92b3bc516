#!/usr/bin/env bash
# Prints the directory of every published module, one a line: the parent (.) and each module
# of the reactor whose POM does not set maven.deploy.skip to true (the one switch, see pom.xml).
set -euo pipefail
cd "$(dirname "$0")/.."
echo .
modules=$(sed -n 's:.*<module>\(.*\)</module>.*:\1:p' pom.xml)
for m in $modules; do
  grep -q '<maven.deploy.skip>true</maven.deploy.skip>' "$m/pom.xml" || echo "$m"
done
