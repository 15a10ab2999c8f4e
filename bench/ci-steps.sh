#!/usr/bin/env bash
# Simulates the CI examples' stackgen steps on a fresh runner, cold (no cached build: clone, build,
# record the start-up archive, check) and warm (the cached target/ restored as actions/cache does,
# the jar touched as the workflow does, then check), and prints the wall time of each step.
# usage: bench/ci-steps.sh [CATALOG_DIR]   (default: stacks-fixtures/homelab of this checkout)
# Maven's own downloads are not part of "cold" here (the local ~/.m2 is used); on a runner without a
# Maven cache they add the time to fetch the plugins and dependencies once per cold run.
set -euo pipefail
src="$(cd "$(dirname "$0")/.." && pwd)"
catalog="$(cd "${1:-$src/stacks-fixtures/homelab}" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# wall and CPU (user+sys of the step and its children) in ms; CPU is the steadier number on a busy machine
ms() {
  local TIMEFORMAT='%R %U %S' t
  t=$( { time "$@" >/dev/null 2>&1; } 2>&1 ) || true
  awk '{ printf "%8d %8d", $1 * 1000, ($2 + $3) * 1000 }' <<<"$t"
}

git clone --quiet --no-hardlinks "$src" "$work/cold"
# uncommitted launcher/sources of this checkout count too
rsync -a --exclude target --exclude .git --exclude node_modules "$src/" "$work/cold/" 2>/dev/null || cp -a "$src/bin" "$src/src" "$src/pom.xml" "$src/templates" "$work/cold/"
cold_build=$(ms "$work/cold/bin/stackgen" --version)
cold_check=$(ms "$work/cold/bin/stackgen" check -C "$catalog")

git clone --quiet --no-hardlinks "$src" "$work/warm"
rsync -a --exclude target --exclude .git --exclude node_modules "$src/" "$work/warm/" 2>/dev/null || cp -a "$src/bin" "$src/src" "$src/pom.xml" "$src/templates" "$work/warm/"
cp -a "$work/cold/target" "$work/warm/target"       # actions/cache restores the files with their times
warm_build=$(ms bash -c "touch '$work/warm/target/stackgen.jar' && '$work/warm/bin/stackgen' --version")
warm_check=$(ms "$work/warm/bin/stackgen" check -C "$catalog")

rm -f "$work/warm/target/"stackgen-*.jsa           # a runner whose java binary differs: archive recorded again
warm_new_jvm=$(ms "$work/warm/bin/stackgen" --version)

printf '%-58s %8s %8s\n' "step" "wall ms" "CPU ms"
printf '%-58s %s\n' "cold: build stackgen (mvn package + start-up archive)" "$cold_build"
printf '%-58s %s\n' "cold: stackgen check" "$cold_check"
printf '%-58s %s\n' "warm: cached target/ restored, jar touched, --version" "$warm_build"
printf '%-58s %s\n' "warm: stackgen check" "$warm_check"
printf '%-58s %s\n' "warm, other java binary: archive recorded again" "$warm_new_jvm"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) CPUs"
