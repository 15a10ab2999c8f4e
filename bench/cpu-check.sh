#!/usr/bin/env bash
# CPU time (user+sys) of `check` with the cache off, for several stackgen jars run alternately:
#   bench/cpu-check.sh REPO ROUNDS JAR...
# Prints each jar's median and minimum in ms. CPU time is steadier than wall time on a shared
# machine, but it counts every thread (the template thread, the JIT), not the time a user waits.
set -euo pipefail
repo="$1"; rounds="$2"; shift 2
opts=(-XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:+UseSerialGC -XX:-UsePerfData)
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
cp -r "$repo" "$work/repo"
TIMEFORMAT='%U %S'
for ((i = 0; i < rounds; i++)); do
  for ((j = 1; j <= $#; j++)); do
    { time STACKGEN_NO_CACHE=1 java "${opts[@]}" -jar "${!j}" check -C "$work/repo" >/dev/null 2>&1 || true; } \
      2>> "$work/t.$j"
  done
done
for ((j = 1; j <= $#; j++)); do
  awk '{printf "%d\n", ($1 + $2) * 1000}' "$work/t.$j" | sort -n \
    | awk -v jar="${!j}" '{a[NR] = $1} END {print jar ": cpu median " a[int((NR + 1) / 2)] " ms, min " a[1] " ms"}'
done
