#!/usr/bin/env bash
# Wall time of `fmt --check` over the HCL corpus: stackgen (java -jar) vs the official formatter
# (hclwrite.Format in WebAssembly, one node process), measured in the same run.
# Usage: bench/fmt-vs-oracle.sh [RUNS]   (default 5; the best run of each side is compared)
# Needs: node + `npm ci --prefix tools/hcl-oracle`; for the Java side `mvn -B -q package`.
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-5}
corpus="$root/src/test/resources/hcl-corpus"
oracle="$root/tools/hcl-oracle/oracle.mjs"
jar="$root/target/stackgen.jar"
out="$root/bench/out"
mkdir -p "$out"

# Only inputs the official parser accepts: stackgen exits 2 on syntax errors by design.
mapfile -t files < <(awk -F'\t' 'NR > 1 && $2 == "yes" { print $1 ".in.hcl" }' "$corpus/corpus-index.tsv" \
  | sed "s|^|$corpus/|")
echo "corpus: ${#files[@]} parseable inputs, $(cat "${files[@]}" | wc -c) bytes; best of $runs runs"

now_ns() { date +%s%N; }

# time_side NAME CMD...: runs CMD $runs times, prints each wall time, leaves best ms in $best
time_side() {
  local name=$1; shift
  best=""
  local i start end ms rc
  for ((i = 1; i <= runs; i++)); do
    start=$(now_ns)
    "$@" >"$out/$name.stdout" 2>"$out/$name.stderr"
    rc=$?
    end=$(now_ns)
    if [ "$rc" -gt 1 ]; then
      echo "$name: exit $rc: $(head -c 300 "$out/$name.stderr")"
      best=""
      return 1
    fi
    ms=$(( (end - start) / 1000000 ))
    echo "$name run $i: ${ms} ms (exit $rc, $(wc -l <"$out/$name.stdout") files listed as unformatted)"
    if [ -z "$best" ] || [ "$ms" -lt "$best" ]; then best=$ms; fi
  done
}

node_ms=""
java_ms=""
if command -v node >/dev/null && [ -d "$root/tools/hcl-oracle/node_modules/@cdktf/hcl-tools" ]; then
  time_side node node "$oracle" fmt --check "${files[@]}" && node_ms=$best
else
  echo "node side unavailable: install node and run npm ci --prefix tools/hcl-oracle"
fi
if command -v java >/dev/null && [ -f "$jar" ]; then
  time_side java java -jar "$jar" fmt --check "${files[@]}" && java_ms=$best
else
  echo "java side unavailable: $jar missing (mvn -B -q package)"
fi

echo "----"
[ -n "$node_ms" ] && echo "official formatter (node, one process): best ${node_ms} ms"
[ -n "$java_ms" ] && echo "stackgen fmt (java -jar, one process):   best ${java_ms} ms"
if [ -n "$node_ms" ] && [ -n "$java_ms" ]; then
  awk -v j="$java_ms" -v n="$node_ms" 'BEGIN { printf "ratio stackgen/official: %.2f\n", j / (n > 0 ? n : 1) }'
  if cmp -s "$out/node.stdout" "$out/java.stdout"; then
    echo "both list the same unformatted files"
  else
    echo "WARNING: the lists of unformatted files differ (see $out/node.stdout, $out/java.stdout)"
  fi
fi
