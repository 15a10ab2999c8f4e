#!/usr/bin/env bash
# Benchmark of the everyday commands against a plain Java hello-world, on synthetic repositories of
# 155, 1,000 and 10,000 stacks shaped like the homelab fixture (bench/SynthCatalog.java).
# Needs java, javac, maven and bash (and /usr/bin/time for peak RSS; installed with apt-get when
# missing and running as root). Prints a Markdown table: median wall time over RUNS runs (fewer for
# 10,000 stacks), median CPU time (user+sys), peak RSS, and ratios to hello-world.
#   bench/run.sh                     # RUNS=5 SIZES="155 1000 10000"
#   RUNS=9 SIZES="155 1000" bench/run.sh
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$here/bench/out"
runs="${RUNS:-5}"
sizes="${SIZES:-155 1000 10000}"
stackgen="$here/bin/stackgen"
mkdir -p "$out"

for tool in java javac mvn; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is required" >&2; exit 2; }
done
if [[ ! -x /usr/bin/time ]]; then
  if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null; then
    echo "bench: installing GNU time for peak RSS..." >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null 2>&1 \
      || { apt-get update -qq >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null 2>&1; } || true
  fi
fi
have_time=0; [[ -x /usr/bin/time ]] && have_time=1

# Build (and record the start-up archive) outside the measurements.
"$stackgen" --version >/dev/null
javac -d "$out" "$here/bench/Hello.java"

# median of the numbers on stdin
median() { sort -n | awk '{a[NR]=$1} END{ if (NR == 0) print "n/a"; else print a[int((NR+1)/2)] }'; }

# measure LABEL N PREPARE -- CMD...: runs PREPARE (untimed) then CMD, N times; sets W (median wall ms),
# C (median CPU ms), R (peak RSS MB).
measure() {
  local n="$2" prepare="$3"; shift 4
  local walls=() cpus=() rss=0 s e u sy m
  for ((i = 0; i < n; i++)); do
    eval "$prepare"
    s=$(date +%s%N)
    if ((have_time)); then
      /usr/bin/time -f "%U %S %M" -o "$out/time.txt" "$@" >/dev/null 2>"$out/stderr.txt" || true
    else
      "$@" >/dev/null 2>"$out/stderr.txt" || true
    fi
    e=$(date +%s%N)
    walls+=($(((e - s) / 1000000)))
    if ((have_time)); then
      read -r u sy m < <(tail -n 1 "$out/time.txt")
      cpus+=($(awk -v u="$u" -v s="$sy" 'BEGIN { printf "%d", (u + s) * 1000 }'))
      ((m > rss)) && rss=$m
    fi
  done
  W=$(printf '%s\n' "${walls[@]}" | median)
  if ((have_time)); then
    C=$(printf '%s\n' "${cpus[@]}" | median)
    R=$(awk -v k="$rss" 'BEGIN { printf "%.0f", k / 1024 }')
  else
    C="n/a"; R="n/a"
  fi
}

rows=()
row() { # label stacks runs
  local ratio
  ratio=$(awk -v w="$W" -v h="$HELLO" 'BEGIN { printf "%.1f×", w / h }')
  rows+=("| $1 | $2 | $3 | $W | $ratio | $C | $R |")
}

load_before="$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo n/a)"

measure hello "$runs" ":" -- java -cp "$out" Hello
HELLO=$W
row "hello-world (\`java -cp bench/out Hello\`)" "–" "$runs"

declare -A CHECK GEN
has_graph=0
"$stackgen" --help | grep -qE '^  graph ' && has_graph=1
for n in $sizes; do
  repo="$out/repo-$n"
  if [[ ! -f "$repo/.ready" ]]; then
    rm -rf "$repo"; mkdir -p "$repo"
    java "$here/bench/SynthCatalog.java" "$n" > "$repo/stackgen.hcl"
    "$stackgen" generate -C "$repo" >/dev/null
    touch "$repo/.ready"
  fi
  r=$runs; ((n >= 10000 && r > 3)) && r=3
  measure check "$r" ":" -- "$stackgen" check -C "$repo"
  CHECK[$n]=$W
  row "\`check\` (clean tree)" "$n" "$r"
  eval "check_rss_$n=$R"
  empty="$out/empty-$n"
  measure generate "$r" "rm -rf '$empty'; mkdir -p '$empty'; cp '$repo/stackgen.hcl' '$empty/'" -- "$stackgen" generate -C "$empty"
  GEN[$n]=$W
  row "\`generate\` into an empty directory" "$n" "$r"
  if ((n >= 10000)); then
    if ((has_graph)); then
      measure graph "$r" ":" -- "$stackgen" graph --format order -C "$repo"
      row "\`graph --format order\`" "$n" "$r"
    else
      graph_note="\`graph --format order\` for $n stacks: skipped, this build has no \`graph\` command."
    fi
  fi
done

echo "## stackgen benchmark"
echo
echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC'); machine: $(nproc) CPUs, $(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo 2>/dev/null), load average before: $load_before"
echo "- java: $(java -version 2>&1 | head -n 2 | tail -n 1)"
echo "- launcher flags: bin/stackgen (class-data-sharing archive from its training run, C1 only, serial GC)"
echo
echo "| case | stacks | runs | median wall (ms) | × hello-world | median CPU user+sys (ms) | peak RSS (MB) |"
echo "|---|---:|---:|---:|---:|---:|---:|"
printf '%s\n' "${rows[@]}"
[[ -n "${graph_note:-}" ]] && { echo; echo "$graph_note"; }
echo
echo "Targets (issue 7):"
if [[ -n "${CHECK[155]:-}" ]]; then
  awk -v c="${CHECK[155]}" -v h="$HELLO" 'BEGIN { printf "- check, 155 stacks <= 3x hello-world: %.1fx %s\n", c / h, (c <= 3 * h ? "met" : "MISSED") }'
fi
if [[ -n "${CHECK[155]:-}" && -n "${CHECK[10000]:-}" ]]; then
  awk -v a="${CHECK[10000]}" -v b="${CHECK[155]}" 'BEGIN { printf "- check, 10,000 stacks <= 10x check on 155: %.1fx %s\n", a / b, (a <= 10 * b ? "met" : "MISSED") }'
  awk -v r="${check_rss_10000:-n/a}" 'BEGIN { if (r == "n/a") print "- check, 10,000 stacks, peak RSS <= 512 MB: n/a"; else printf "- check, 10,000 stacks, peak RSS <= 512 MB: %d MB %s\n", r, (r <= 512 ? "met" : "MISSED") }'
fi
if [[ -n "${GEN[10000]:-}" ]]; then
  awk -v g="${GEN[10000]}" -v h="$HELLO" 'BEGIN { printf "- generate 10,000 stacks into an empty directory <= 15x hello-world: %.1fx %s\n", g / h, (g <= 15 * h ? "met" : "MISSED") }'
fi
