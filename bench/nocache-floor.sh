#!/usr/bin/env bash
# What `check` without the cache cannot go below with FreeMarker on this JVM, against a plain Java
# hello-world in the same run (interleaved, medians): `bin/stackgen --version` (the JVM with stackgen's
# flags and start-up archive) and TemplateFloor (that JVM setting FreeMarker up as stackgen does and
# parsing the bundled templates; no catalog, no render, no compare).
#   bench/nocache-floor.sh            # ROUNDS=21
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rounds="${ROUNDS:-21}"
out="$here/bench/out"; mkdir -p "$out"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
"$here/bin/stackgen" --version >/dev/null  # builds the jar and records the start-up archive
jar="$here/target/stackgen.jar"
javac -d "$out" "$here/bench/Hello.java"
javac -d "$out" -cp "$jar" "$here/bench/TemplateFloor.java"
jsa="$(ls -t "$here"/target/stackgen-*.jsa | head -n 1)"
flags=(-XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:C1MaxInlineLevel=3 -XX:C1MaxInlineSize=15 -XX:+UseSerialGC
  -Xmn32m -XX:-UsePerfData -XX:SharedArchiveFile="$jsa" -XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0
  -Xlog:cds=off -Xlog:cds+dynamic=off -Dorg.freemarker.loggerLibrary=none)
one() {  # one LABEL CMD...: appends the wall time in ms to $work/LABEL
  local label="$1" s e; shift
  s=$(date +%s%N); "$@" >/dev/null 2>&1; e=$(date +%s%N)
  echo $(((e - s) / 1000000)) >> "$work/$label"
}
for ((k = 0; k < rounds; k++)); do
  one hello java -cp "$out" Hello
  one version "$here/bin/stackgen" --version
  one floor java "${flags[@]}" -cp "$jar:$out" TemplateFloor
done
median() { sort -n "$work/$1" | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}'; }
h=$(median hello)
echo "hello-world: $h ms ($rounds rounds, medians)"
for c in version floor; do
  m=$(median "$c")
  label="bin/stackgen --version"; [[ "$c" == floor ]] && label="TemplateFloor (FreeMarker set up, bundled templates parsed)"
  echo "$label: $m ms, $(awk -v m="$m" -v h="$h" 'BEGIN { printf "%.1f", m / h }')× hello-world"
done
