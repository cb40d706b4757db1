#!/bin/sh
# Startup benchmark, wall-clock milliseconds, on each JDK given: the first run of a command (no
# startup archive yet; it is recorded after the run), the median of N later runs (archive in use),
# and the median of N runs with no archive at all (cache folder not writable).
# Usage: src/bench/startup.sh [N] [java ...]   (default: 10 runs; the launcher's own choice of JDK)
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd -P)
n=${1:-10}
[ $# -gt 0 ] && shift
cache=$(mktemp -d)
trap 'rm -rf "$cache"' EXIT
"$root/bin/amity" --version >/dev/null  # build the jar first, outside the measurement
ms() { start=$(date +%s%N); "$@" >/dev/null 2>&1 || true; end=$(date +%s%N); echo $(((end - start) / 1000000)); }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR + 1) / 2)]}'; }
printf '%-46s %-12s %9s %9s %11s\n' java command "first" "later" "no archive"
for java in "${@:-}"; do
    for cmd in "--version" "reconcile"; do
        rm -rf "$cache"/*
        first=$(XDG_CACHE_HOME=$cache AMITY_JAVA=$java ms "$root/bin/amity" $cmd)
        later=$(i=0; while [ $i -lt "$n" ]; do XDG_CACHE_HOME=$cache AMITY_JAVA=$java ms "$root/bin/amity" $cmd; i=$((i + 1)); done | median)
        none=$(i=0; while [ $i -lt "$n" ]; do XDG_CACHE_HOME=/dev/null/none AMITY_JAVA=$java ms "$root/bin/amity" $cmd; i=$((i + 1)); done | median)
        printf '%-46s %-12s %9s %9s %11s\n' "${java:-auto}" "$cmd" "$first" "$later" "$none"
    done
done
