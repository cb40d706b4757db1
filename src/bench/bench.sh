#!/usr/bin/env bash
# amity's benchmark: start-up on the shipped data, and check / aggregate / reconcile on generated
# data sets of 10k and 100k agreements (1M with --1m), cold (YAML parsed) and warm (snapshot), each
# beside the same work done by jq on the same records as JSON and by Debian's yq on the YAML (yq
# only up to 100k); and `amity import` of 26,000 spreadsheet rows into an empty data set against a
# cold `amity check` of the result (issue 18: at most 5 times). Prints Markdown tables of median
# wall time and peak RSS, with ratios; beside them, start-up against the JVM floor (`java
# -Xshare:auto -version` of the JDK the launcher picks) and, warm, aggregate by a time key against
# reconcile on the same data, measured in the same run.
#
#   src/bench/bench.sh            # about 5 minutes on 2 cores
#   src/bench/bench.sh --1m       # adds 1M agreements (about 15 more minutes, 1.5 GB of disk)
#   src/bench/bench.sh --import   # only the import of 26,000 rows (about a minute)
#
# Needs: a JDK >= 17, hyperfine, jq, yq and GNU time:  sudo apt-get install hyperfine jq yq time
# Without hyperfine it falls back to repeated runs under /usr/bin/time.
# Data and results go to target/bench/ (results.md); the user's own cache is not touched.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd -P)
work=$root/target/bench
sizes=(10000 100000)
if [ "${1:-}" = "--1m" ]; then sizes+=(1000000); fi

for tool in jq yq; do
    command -v "$tool" >/dev/null || { echo "bench: $tool is missing; sudo apt-get install hyperfine jq yq time" >&2; exit 69; }
done
[ -x /usr/bin/time ] || { echo "bench: /usr/bin/time is missing; sudo apt-get install time" >&2; exit 69; }
have_hyperfine=$(command -v hyperfine >/dev/null && echo yes || echo no)

mkdir -p "$work"
export XDG_CACHE_HOME=$work/cache
amity=$root/bin/amity
# Builds the jar if needed and makes the start-up archive, so every measured run has it in place.
"$amity" --version >/dev/null
"$amity" --version >/dev/null
java=$(AMITY_DEBUG_LAUNCHER=1 "$amity" --version 2>&1 >/dev/null | sed -n "s/^amity launcher: java \(.*\) (major.*/\1/p" | head -n 1)

# median_ms RUNS 'command': the median wall time in milliseconds.
median_ms() {
    local runs=$1 cmd=$2
    if [ "$have_hyperfine" = yes ]; then
        hyperfine --style none --ignore-failure --warmup 1 --runs "$runs" --export-json "$work/h.json" "$cmd" >/dev/null 2>&1
        jq '.results[0].median * 1000 | round' "$work/h.json"
    else
        local times=()
        for _ in $(seq "$runs"); do
            /usr/bin/time -o "$work/t" -f %e sh -c "exec $cmd" >/dev/null 2>&1 || true
            times+=("$(tail -n 1 "$work/t")")
        done
        printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%d\n", a[int((NR+1)/2)]*1000}'
    fi
}

# rss_mb 'command': peak resident memory of one run, in MB.
rss_mb() {
    # A command may exit 1 (reconcile's conflicts): only its memory matters here.
    /usr/bin/time -o "$work/t" -f %M sh -c "exec $1" >/dev/null 2>&1 || true
    tail -n 1 "$work/t" | awk '{printf "%d\n", $1/1024}'
}

results=$work/results.md
{
    echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo)," \
        "$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1);" \
        "java: $("$root/bin/amity" --version) on $java;" \
        "$(jq --version), yq $(dpkg-query -W -f '${Version}' yq 2>/dev/null || yq --version 2>&1 | awk '{print $2}'), $(date -u +%Y-%m-%d)."
    echo
} >"$results"

# measure RUNS 'command' -> "median_ms rss_mb", each command measured once per script run (jq and
# yq do the same work for the cold and the warm rows; yq needs half a minute at 100k).
# The result goes to $result (not printed: a subshell would forget what it measured).
declare -A measured
measure() {
    if [ -z "${measured[$2]:-}" ]; then
        measured[$2]="$(median_ms "$1" "$2") $(rss_mb "$2")"
    fi
    result=${measured[$2]}
}

row() { # name runs 'amity command' 'jq command' 'yq command'
    local name=$1 runs=$2 a=$3 j=$4 y=$5
    local am ar jm jr ym= yr=
    read -r am ar <<<"$(median_ms "$runs" "$a") $(rss_mb "$a")"
    measure "$runs" "$j"
    read -r jm jr <<<"$result"
    if [ -n "$y" ]; then
        measure "$((runs > 2 ? 2 : runs))" "$y"
        read -r ym yr <<<"$result"
    fi
    awk -v n="$name" -v am="$am" -v ar="$ar" -v jm="$jm" -v jr="$jr" -v ym="$ym" -v yr="$yr" 'BEGIN {
        yq = ym == "" ? "—" : sprintf("%d ms, %d MB", ym, yr)
        ry = ym == "" ? "—" : sprintf("%.2f", am / ym)
        printf "| %s | %d ms, %d MB | %d ms, %d MB | %.2f | %s | %s |\n", n, am, ar, jm, jr, am / jm, yq, ry }' \
        | tee -a "$results"
}

# against NAME RUNS 'amity command' 'reference command' REFNAME: one row of amity beside a reference
# measured in the same run (the JVM floor, or reconcile on the same data), with the ratio.
against() {
    local name=$1 runs=$2 a=$3 ref=$4
    local am ar rm rr
    read -r am ar <<<"$(median_ms "$runs" "$a") $(rss_mb "$a")"
    measure "$runs" "$ref"
    read -r rm rr <<<"$result"
    awk -v n="$name" -v am="$am" -v ar="$ar" -v rm="$rm" -v rr="$rr" 'BEGIN {
        printf "| %s | %d ms, %d MB | %d ms, %d MB | %.2f |\n", n, am, ar, rm, rr, am / rm }' | tee -a "$results"
}


import_bench() {
    # Import: 26,000 rows (src/bench/GenerateTwins.java) into an empty data set, each run from nothing.
    twins=$work/twins
    [ -f "$twins/twins.csv" ] || java "$root/src/bench/GenerateTwins.java" 26000 1 "$twins"
    imported=$twins/data/twins.yaml
    import_cmd="sh -c 'rm -rf $twins/data; exec $amity import $twins/twins.csv --rules $twins/rules.yaml --data $twins/data --output $imported'"
    read -r im ir <<<"$(median_ms 5 "$import_cmd") $(rss_mb "$import_cmd")"
    "$amity" import "$twins/twins.csv" --rules "$twins/rules.yaml" --data "$twins/data" --output "$imported" >/dev/null 2>&1 || true
    check_cmd="env AMITY_SNAPSHOT=off $amity check --data $twins/data"
    read -r cm cr <<<"$(median_ms 5 "$check_cmd") $(rss_mb "$check_cmd")"
    {
        echo
        echo "## Import of 26000 rows ($(du -k "$twins/twins.csv" | cut -f1) KB of CSV) into an empty data set"
        echo
        echo "| command | amity | cold check of the result | import/check |"
        echo "| --- | --- | --- | --- |"
        awk -v im="$im" -v ir="$ir" -v cm="$cm" -v cr="$cr" 'BEGIN {
            printf "| `import twins.csv --rules rules.yaml --output data/twins.yaml` | %d ms, %d MB | %d ms, %d MB | %.2f |\n", im, ir, cm, cr, im / cm }'
    } | tee -a "$results"
}

if [ "${1:-}" = "--import" ]; then
    import_bench
    echo "bench: the table is in $results" >&2
    exit 0
fi

echo "## Start-up on the shipped data (archive in place; snapshot in place)" | tee -a "$results"
echo | tee -a "$results"
echo "| command | amity | jq (JSON) | amity/jq | yq (YAML) | amity/yq |" | tee -a "$results"
echo "| --- | --- | --- | --- | --- | --- |" | tee -a "$results"
shipped=$work/shipped.json
yq -s 'reduce .[] as $d ({}; reduce ($d | keys[]) as $k (.; .[$k] += $d[$k]))' "$root"/data/*.yaml >"$shipped"
list='.agreements[] | [.id, (.parties | join(" – ")), .type, .level, .signed] | @csv'
"$amity" reconcile >/dev/null || true # makes the snapshot of the shipped data
row '`amity --version`' 20 "$amity --version" "jq --version" "yq --version"
row '`amity list agreements --format csv`' 20 "$amity list agreements --format csv" \
    "jq -r '$list' $shipped" "yq -r -s 'map(.agreements // []) | add | .[] | [.id, (.parties | join(\" – \")), .type, .level, .signed] | @csv' $root/data/*.yaml"
row '`amity reconcile`' 20 "$amity reconcile" "jq -r '$list' $shipped" \
    "yq -r -s 'map(.agreements // []) | add | .[] | [.id, (.parties | join(\" – \")), .type, .level, .signed] | @csv' $root/data/*.yaml"

echo | tee -a "$results"
echo "## Start-up against the JVM floor (\`$java -Xshare:auto -version\`; targets: --version and --help 2×, list and reconcile 2.5×)" | tee -a "$results"
echo | tee -a "$results"
echo "| command | amity | JVM floor | amity/floor |" | tee -a "$results"
echo "| --- | --- | --- | --- |" | tee -a "$results"
floor="$java -Xshare:auto -version"
against '`amity --version`' 20 "$amity --version" "$floor"
against '`amity --help`' 20 "$amity --help" "$floor"
against '`amity list agreements --format csv`' 20 "$amity list agreements --format csv" "$floor"
against '`amity reconcile`' 20 "$amity reconcile" "$floor"

group='([.places[] | {(.id): .country}] | add) as $c | [.agreements[] | select(.parties | index("p0")) | (.parties - ["p0"])[0] | $c[.]] | group_by(.) | map({country: .[0], count: length})'
ygroup='(map(.places // []) | add | map({(.id): .country}) | add) as $c | [map(.agreements // []) | add | .[] | select(.parties | index("p0")) | (.parties - ["p0"])[0] | $c[.]] | group_by(.) | map({country: .[0], count: length})'
for n in "${sizes[@]}"; do
    dir=$work/data-$n
    if [ ! -f "$dir/data.json" ]; then
        echo "bench: generating $n agreements in $dir" >&2
        rm -rf "$dir"
        java -cp "$root/target/amity.jar" "$root/src/bench/Generate.java" "$n" 1 "$dir" $((n >= 1000000 ? 8 : 4))
    fi
    runs=$((n >= 1000000 ? 1 : n >= 100000 ? 3 : 5))
    y=; [ "$n" -le 100000 ] && y=yes
    size=$(du -sm "$dir/yaml" | cut -f1)
    echo | tee -a "$results"
    echo "## $n agreements ($size MB of YAML)" | tee -a "$results"
    echo | tee -a "$results"
    echo "| command | amity | jq (JSON) | amity/jq | yq (YAML) | amity/yq |" | tee -a "$results"
    echo "| --- | --- | --- | --- | --- | --- |" | tee -a "$results"
    jqg="jq '$group' $dir/data.json"
    yqg=${y:+"yq -s '$ygroup' $dir/yaml/*.yaml"}
    for mode in cold warm; do
        env=; [ "$mode" = cold ] && env="env AMITY_SNAPSHOT=off "
        [ "$mode" = warm ] && "$amity" check --data "$dir/yaml" >/dev/null
        row "\`check\`, $mode" "$runs" "$env$amity check --data $dir/yaml" "jq length $dir/data.json" "${y:+yq -s length $dir/yaml/*.yaml}"
        row "\`aggregate --of p0 --by partner.country\`, $mode" "$runs" \
            "$env$amity aggregate agreements --of p0 --by partner.country --data $dir/yaml" "$jqg" "$yqg"
        row "\`reconcile\`, $mode" "$runs" "$env$amity reconcile --data $dir/yaml" "$jqg" "$yqg"
    done
    echo | tee -a "$results"
    echo "### $n agreements: aggregate by a time key against reconcile, warm (target 1.5×)" | tee -a "$results"
    echo | tee -a "$results"
    echo "| command | amity | \`reconcile\` | amity/reconcile |" | tee -a "$results"
    echo "| --- | --- | --- | --- |" | tee -a "$results"
    rec="$amity reconcile --data $dir/yaml"
    for by in "--by year" "--by year --cumulative" "--by decade" "--by type --across year"; do
        against "\`aggregate agreements $by\`" "$runs" "$amity aggregate agreements $by --data $dir/yaml" "$rec"
    done
done
import_bench

echo >&2
echo "bench: the table is in $results" >&2
