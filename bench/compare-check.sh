#!/usr/bin/env bash
# Compares `check` of two stackgen jars on one repository, runs alternating (one run, N rounds):
#   bench/compare-check.sh OLD.jar NEW.jar REPO [ROUNDS]
# Prints the median wall time of each jar with the check cache off (the rendering path) and on (the
# pre-commit hook's everyday path), and the ratio NEW/OLD.
set -euo pipefail
old="$1"; new="$2"; repo="$3"; rounds="${4:-15}"
opts=(-XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:+UseSerialGC -XX:-UsePerfData)
cache="$(mktemp -d)"; trap 'rm -rf "$cache"' EXIT
cp -r "$repo" "$cache/repo"; repo="$cache/repo"
# generate records what the catalog produces in each jar's own cache folder (check only reads it)
STACKGEN_CACHE_DIR="$cache/old-dir" java -jar "$old" generate -C "$repo" >/dev/null
STACKGEN_CACHE_DIR="$cache/new-dir" java -jar "$new" generate -C "$repo" >/dev/null
ms() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
for mode in nocache cache; do
  : > "$cache/old.$mode"; : > "$cache/new.$mode"
  for ((i = 0; i < rounds; i++)); do
    for which in old new; do
      jar="$old"; [[ "$which" == new ]] && jar="$new"
      if [[ "$mode" == nocache ]]; then
        ms env STACKGEN_NO_CACHE=1 java "${opts[@]}" -jar "$jar" check -C "$repo" >> "$cache/$which.$mode"
      else
        ms env STACKGEN_CACHE_DIR="$cache/$which-dir" java "${opts[@]}" -jar "$jar" check -C "$repo" >> "$cache/$which.$mode"
      fi
    done
  done
  o=$(median < "$cache/old.$mode"); n=$(median < "$cache/new.$mode")
  echo "$mode: old ${o} ms, new ${n} ms, new/old $(awk -v a="$n" -v b="$o" 'BEGIN{printf "%.2f", a/b}')"
done
