#!/usr/bin/env bash
# The maintainer's loop, timed against a plain Java hello-world in the same run: for this checkout's
# bin/stackgen (and, when given, another checkout's, e.g. a worktree of an older commit), on the
# 155-stack synthetic repository (bench/SynthCatalog.java) tracked in git:
#   check           the check cache answers (manual run after generate)
#   check --staged  the shipped pre-commit hook, on a clean index
#   check nocache   STACKGEN_NO_CACHE=1: a fresh clone in CI
#   generate        nothing changed since the last generate
#   import          import --force of the same tree without its catalog
# and, with BIG stacks (default 10000; BIG=0 skips), generate with nothing changed and check without
# the cache, with peak RSS. Every round runs each case once for each launcher and hello-world
# (interleaved, so load changes hit all alike); the table has medians and the ratio of each median
# to hello-world's median of the same run.
#   bench/loop.sh [BEFORE-CHECKOUT]        # ROUNDS=9 BIG_ROUNDS=3 BIG=10000
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
before="${1:-}"
rounds="${ROUNDS:-9}"; big="${BIG:-10000}"; big_rounds="${BIG_ROUNDS:-3}"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
out="$here/bench/out"; mkdir -p "$out"
javac -d "$out" "$here/bench/Hello.java"
[[ -x /usr/bin/time ]] || { echo "bench: needs /usr/bin/time (GNU time) for CPU and peak RSS" >&2; exit 2; }

names=(after); launchers=("$here/bin/stackgen")
if [[ -n "$before" ]]; then names=(before after); launchers=("$before/bin/stackgen" "$here/bin/stackgen"); fi
for l in "${launchers[@]}"; do "$l" --version >/dev/null; done  # build and record each start-up archive

gitq() { git -C "$1" -c user.name=bench -c user.email=bench@example.invalid "${@:2}" >/dev/null 2>&1; }
# repo N DIR: a generated synthetic repository, tracked and staged in git
repo() {
  mkdir -p "$2"
  java "$here/bench/SynthCatalog.java" "$1" > "$2/stackgen.hcl"
  STACKGEN_CACHE_DIR="$work/cache-setup" "${launchers[-1]}" generate -C "$2" >/dev/null
  gitq "$2" init -q; gitq "$2" add -A; gitq "$2" commit -q -m bench
}
repo 155 "$work/r155"
mkdir -p "$work/imp"; cp -r "$work/r155/stacks" "$work/r155/terragrunt.hcl" "$work/imp/"
((big > 0)) && repo "$big" "$work/rbig"
# each launcher's own cache (generate writes it; its key names its build)
for i in "${!names[@]}"; do
  for r in r155 rbig; do
    [[ -d "$work/$r" ]] && STACKGEN_CACHE_DIR="$work/cache-${names[$i]}" "${launchers[$i]}" generate -C "$work/$r" >/dev/null
  done
done

# one CASE LABEL CMD...: one timed run, appends "wall cpu rss" to $work/t.LABEL
one() {
  local label="$1"; shift
  local s e u sy m
  s=$(date +%s%N)
  /usr/bin/time -f "%U %S %M" -o "$work/time" "$@" >/dev/null 2>&1 || true
  e=$(date +%s%N)
  read -r u sy m < <(tail -n 1 "$work/time")
  echo "$(((e - s) / 1000000)) $(awk -v u="$u" -v s="$sy" 'BEGIN { printf "%d", (u + s) * 1000 }') $((m / 1024))" >> "$work/t.$label"
}

cases=(check staged nocache generate import)
for ((k = 0; k < rounds; k++)); do
  one hello java -cp "$out" Hello
  for i in "${!names[@]}"; do
    n="${names[$i]}"; l="${launchers[$i]}"; c="$work/cache-$n"
    one "check.$n" env STACKGEN_CACHE_DIR="$c" "$l" check -C "$work/r155"
    one "staged.$n" env STACKGEN_CACHE_DIR="$c" "$l" check --staged -C "$work/r155"
    one "nocache.$n" env STACKGEN_NO_CACHE=1 "$l" check -C "$work/r155"
    one "generate.$n" env STACKGEN_CACHE_DIR="$c" "$l" generate -C "$work/r155"
    one "import.$n" env STACKGEN_CACHE_DIR="$c" "$l" import --force -C "$work/imp"
  done
done
if ((big > 0)); then
  for ((k = 0; k < big_rounds; k++)); do
    one hello-big java -cp "$out" Hello
    for i in "${!names[@]}"; do
      n="${names[$i]}"; l="${launchers[$i]}"; c="$work/cache-$n"
      one "biggenerate.$n" env STACKGEN_CACHE_DIR="$c" "$l" generate -C "$work/rbig"
      one "bignocache.$n" env STACKGEN_NO_CACHE=1 "$l" check -C "$work/rbig"
    done
  done
fi

# the command must still be right: the runs above answer what they should
for i in "${!names[@]}"; do
  STACKGEN_CACHE_DIR="$work/cache-${names[$i]}" "${launchers[$i]}" check --staged -C "$work/r155" >/dev/null \
    || { echo "bench: check --staged of ${names[$i]} is not clean on the generated repository" >&2; exit 2; }
done

col() { awk -v c="$2" '{print $c}' "$work/t.$1" | sort -n | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}'; }
peak() { awk '{if ($3 > m) m = $3} END{print m}' "$work/t.$1"; }
hello=$(col hello 1)
echo "## The maintainer's loop (bench/loop.sh)"
echo
echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) CPUs; load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "- java: $(java -version 2>&1 | head -n 2 | tail -n 1)"
echo "- $rounds interleaved rounds (155 stacks), $big_rounds for $big stacks; medians; hello-world median $hello ms (CPU $(col hello 2) ms)"
[[ -n "$before" ]] && echo "- before: $before ($(git -C "$before" rev-parse --short HEAD 2>/dev/null || echo '?')); after: this checkout ($(git -C "$here" rev-parse --short HEAD 2>/dev/null || echo '?'))"
echo
header="| case |"; rule="|---|"
for n in "${names[@]}"; do header+=" $n wall ms | $n × hello | $n CPU ms |"; rule+="---:|---:|---:|"; done
echo "$header"; echo "$rule"
label() {
  case "$1" in
    check) echo "\`check\`, cache (manual, after generate), 155 stacks" ;;
    staged) echo "\`check --staged\` (pre-commit hook, clean index), 155 stacks" ;;
    nocache) echo "\`check\` without the cache (CI), 155 stacks" ;;
    generate) echo "\`generate\`, nothing changed, 155 stacks" ;;
    import) echo "\`import --force\`, 155 stacks" ;;
    biggenerate) echo "\`generate\`, nothing changed, $big stacks" ;;
    bignocache) echo "\`check\` without the cache, $big stacks" ;;
  esac
}
all=("${cases[@]}"); ((big > 0)) && all+=(biggenerate bignocache)
for c in "${all[@]}"; do
  h=$hello; [[ "$c" == big* ]] && h=$(col hello-big 1)
  row="| $(label "$c") |"
  for n in "${names[@]}"; do
    w=$(col "$c.$n" 1)
    row+=" $w | $(awk -v w="$w" -v h="$h" 'BEGIN { printf "%.1f×", w / h }') | $(col "$c.$n" 2) |"
  done
  echo "$row"
done
if ((big > 0)); then
  echo
  for n in "${names[@]}"; do
    echo "- $n, $big stacks: peak RSS generate $(peak "biggenerate.$n") MiB, check without the cache $(peak "bignocache.$n") MiB"
  done
fi
