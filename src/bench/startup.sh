#!/bin/sh
# Start-up benchmark on the shipped data, wall-clock milliseconds (median of N runs), on each JDK:
# the first run of a command (no archive yet: it is recorded after the run), later runs (archive and
# snapshot in place), runs with no archive at all (cache folder not writable), and the JVM floor of
# that JDK (`java -Xshare:auto -version`) with the ratio later/floor. Prints a Markdown table.
# Usage: src/bench/startup.sh [N] [java ...]
#   default: 10 runs; one JDK of each major version under /usr/lib/jvm (e.g. 17 and 25), else the
#   launcher's own choice.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd -P)
n=${1:-10}
[ $# -gt 0 ] && shift
cache=$(mktemp -d)
trap 'rm -rf "$cache"' EXIT
"$root/bin/amity" --version >/dev/null # build the jar first, outside the measurement
if [ $# -eq 0 ]; then
    seen=
    for j in /usr/lib/jvm/*/bin/java; do
        [ -x "$j" ] && [ ! -L "${j%/bin/java}" ] || continue
        v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "${j%/bin/java}/release" 2>/dev/null)
        [ -n "$v" ] && [ "$v" -ge 17 ] || continue
        case " $seen " in *" $v "*) continue ;; esac
        seen="$seen $v"
        set -- "$@" "$j"
    done
fi
[ $# -gt 0 ] || set -- "$(AMITY_DEBUG_LAUNCHER=1 "$root/bin/amity" --version 2>&1 >/dev/null \
    | sed -n 's/^amity launcher: java \(.*\) (major.*/\1/p' | head -n 1)"
ms() { start=$(date +%s%N); "$@" >/dev/null 2>&1 || true; end=$(date +%s%N); echo $(((end - start) / 1000000)); }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR + 1) / 2)]}'; }
repeat_ms() { i=0; while [ $i -lt "$n" ]; do ms "$@"; i=$((i + 1)); done | median; }
echo "| JDK | command | first | later | no archive | JVM floor | later/floor |"
echo "| --- | --- | ---: | ---: | ---: | ---: | ---: |"
for java in "$@"; do
    name=$(sed -n 's/^IMPLEMENTOR="\(.*\)"/\1/p; s/^JAVA_RUNTIME_VERSION="\(.*\)"/\1/p' "${java%/bin/java}/release" \
        2>/dev/null | paste -sd ' ' -)
    floor=$(repeat_ms "$java" -Xshare:auto -version)
    for cmd in "--version" "--help" "list agreements --format csv" "reconcile"; do
        rm -rf "${cache:?}"/*
        # shellcheck disable=SC2086 # the command's words
        first=$(XDG_CACHE_HOME=$cache AMITY_JAVA=$java ms "$root/bin/amity" $cmd)
        # shellcheck disable=SC2086
        later=$(XDG_CACHE_HOME=$cache AMITY_JAVA=$java repeat_ms "$root/bin/amity" $cmd)
        # shellcheck disable=SC2086
        none=$(XDG_CACHE_HOME=/dev/null/none AMITY_SNAPSHOT=off AMITY_JAVA=$java repeat_ms "$root/bin/amity" $cmd)
        awk -v j="${name:-$java}" -v c="$cmd" -v f="$first" -v l="$later" -v x="$none" -v fl="$floor" 'BEGIN {
            printf "| %s | `%s` | %d ms | %d ms | %d ms | %d ms | %.2f |\n", j, c, f, l, x, fl, l / fl }'
    done
done
