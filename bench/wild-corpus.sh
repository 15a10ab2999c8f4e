#!/usr/bin/env bash
# The wild-corpus measurement (docs/import.md, "Measured on our own corpus"): imports every repository of
# src/test/resources/wild-corpus and the seeded generated ones (WildRepoGenerator, gen-01..gen-12), and
# prints one table row per repository: import exit code, .hcl files owned, files byte-identical after the
# owned ones are deleted and regenerated, check and graph exit codes, symbolic links kept.
# Usage: bench/wild-corpus.sh   (from the repository top; needs a built test classpath, as mvn test does)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -o -q -DforkCount=1 test -Dtest='ImportWildTest#importOwnsOnlyWhatRegeneratesByteForByte' \
  -Dsurefire.failIfNoSpecifiedTests=false | grep -E '^\| |^wild-corpus overall'
