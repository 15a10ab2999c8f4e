#!/usr/bin/env bash
# CPU time (user+sys) of `check` with the cache off, for several stackgen builds run alternately:
#   bench/cpu-check.sh REPO ROUNDS BUILD...
# A BUILD is a jar (target/stackgen.jar) or a compiled tree (a target/classes folder, e.g. of two
# commits, so no jar needs packaging; its libraries then come from ~/.m2, the versions of pom.xml).
# Prints each build's median and minimum in ms. CPU time is steadier than wall time on a shared
# machine, but it counts every thread (the template thread, the JIT), not the time a user waits.
set -euo pipefail
repo="$1"; rounds="$2"; shift 2
m2="${M2_REPO:-$HOME/.m2/repository}"
pom="$(dirname "$0")/../pom.xml"
fm="$(sed -n 's:.*<freemarker.version>\(.*\)</freemarker.version>.*:\1:p' "$pom")"
deps="$m2/org/freemarker/freemarker/$fm/freemarker-$fm.jar:$m2/commons-cli/commons-cli/1.11.0/commons-cli-1.11.0.jar"
deps="$deps:$m2/io/github/java-diff-utils/java-diff-utils/4.16/java-diff-utils-4.16.jar"
opts=(-XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:C1MaxInlineLevel=3 -XX:C1MaxInlineSize=15 -XX:+UseSerialGC
  -XX:-UsePerfData)
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
cp -r "$repo" "$work/repo"
TIMEFORMAT='%U %S'
for ((i = 0; i < rounds; i++)); do
  for ((j = 1; j <= $#; j++)); do
    build="${!j}"
    if [[ -d "$build" ]]; then run=(-cp "$build:$deps" dev.stackgen.cli.Main); else run=(-jar "$build"); fi
    { time STACKGEN_NO_CACHE=1 java "${opts[@]}" "${run[@]}" check -C "$work/repo" >/dev/null 2>&1 || true; } \
      2>> "$work/t.$j"
  done
done
for ((j = 1; j <= $#; j++)); do
  awk '{printf "%d\n", ($1 + $2) * 1000}' "$work/t.$j" | sort -n \
    | awk -v b="${!j}" '{a[NR] = $1} END {print b ": cpu median " a[int((NR + 1) / 2)] " ms, min " a[1] " ms"}'
done
