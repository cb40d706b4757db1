# bash completion for amity, generated from its command model by the build (amity.cli.GenerateDocs).
# Source it, or install it as 'amity' in bash-completion's completions folder.

# The field names of a field set, into REPLY.
_amity_field_names() {
    case $1 in
        agreements) REPLY='id parties names countries continents type level signed year decade ended attestations sources publishers predecessors notes certainty' ;;
        programs) REPLY='id name aliases kind participants started year decade ended recurrence editions sources notes' ;;
        figures) REPLY='id subject metric scope value qualifier reported unit as_of year source.id source.publisher source.published quote derivable part_of rank_of alternative_to interpretation notes' ;;
        sources) REPLY='id publisher published year title url copy_of kind attests cited figures notes' ;;
        places) REPLY='id name names level country country_name continent region subregion part_of capital agreements notes' ;;
        agreements-of) REPLY='id parties names countries continents type level signed year decade ended attestations sources publishers predecessors notes certainty partner.id partner.name partner.level partner.capital partner.country partner.country_name partner.continent partner.region partner.subregion' ;;
        findings) REPLY='key check subject metric as_of source reported reported_value qualifier derived difference status needed deciding figures depends_on_implied implied_records undecided acknowledged acknowledgement explanation digest' ;;
        *) REPLY= ;;
    esac
}

# The options of command $1 that take a value, into REPLY (a space around each).
_amity_valued() {
    case $1 in
        '') REPLY='  ' ;;
        reconcile) REPLY=' --data -o --format --fields --sort --limit --output --color --delimiter --status --check --subject --metric --fail-on --where --explain ' ;;
        list) REPLY=' --data --of --as-of -o --format --fields --sort --limit --output --color --delimiter --where ' ;;
        filter) REPLY=' --data --of --as-of -o --format --fields --sort --limit --output --color --delimiter ' ;;
        show) REPLY=' --data -o --format --fields --sort --limit --output --color --delimiter ' ;;
        aggregate) REPLY=' --data --of --as-of -o --format --fields --sort --limit --output --color --delimiter --by --where --across --distinct --sum --min --max --mean --unknown ' ;;
        fields) REPLY=' -o --format --fields --sort --limit --output --color --delimiter ' ;;
        check) REPLY=' --data -o --format ' ;;
        import) REPLY=' --data --rules --output --delimiter --sheet -o --format ' ;;
        shell) REPLY=' --data ' ;;
        help) REPLY='  ' ;;
        *) REPLY= ;;
    esac
}

# The options of command $1, into REPLY.
_amity_options() {
    case $1 in
        '') REPLY='--debug -h --help -V --version' ;;
        reconcile) REPLY='--data -o --format --fields --sort --limit --no-header --output -e --fail-if-empty --color --wide --bom --delimiter --raw --status --check --subject --metric --fail-on --where --explain --implied --without-implied --chart -h --help -V --version --debug' ;;
        list) REPLY='--data --of --as-of --include-possible -o --format --fields --sort --limit --no-header --output -e --fail-if-empty --color --wide --bom --delimiter --raw --where -h --help -V --version --debug' ;;
        filter) REPLY='--data --of --as-of --include-possible -o --format --fields --sort --limit --no-header --output -e --fail-if-empty --color --wide --bom --delimiter --raw -h --help -V --version --debug' ;;
        show) REPLY='--data -o --format --fields --sort --limit --no-header --output -e --fail-if-empty --color --wide --bom --delimiter --raw -h --help -V --version --debug' ;;
        aggregate) REPLY='--data --of --as-of --include-possible -o --format --fields --sort --limit --no-header --output -e --fail-if-empty --color --wide --bom --delimiter --raw --by --where --across --distinct --sum --min --max --mean --cumulative --unknown --chart -h --help -V --version --debug' ;;
        fields) REPLY='-o --format --fields --sort --limit --no-header --output -e --fail-if-empty --color --wide --bom --delimiter --raw --of -h --help -V --version --debug' ;;
        check) REPLY='--data -o --format -h --help -V --version --debug' ;;
        import) REPLY='--data --rules --output --dry-run --skip-unresolved --delimiter --sheet -o --format -h --help -V --version --debug' ;;
        shell) REPLY='--data -h --help -V --version --debug' ;;
        help) REPLY='-h --help --debug' ;;
        *) REPLY= ;;
    esac
}

# The words command $1's first argument may be, into REPLY.
_amity_arguments() {
    case $1 in
        '') REPLY='reconcile list filter show aggregate fields check import shell help' ;;
        reconcile) REPLY='' ;;
        list) REPLY='agreements programs figures sources places' ;;
        filter) REPLY='agreements programs figures sources places' ;;
        show) REPLY='' ;;
        aggregate) REPLY='agreements programs figures sources places' ;;
        fields) REPLY='agreements programs figures sources places findings' ;;
        check) REPLY='' ;;
        import) REPLY='' ;;
        shell) REPLY='' ;;
        help) REPLY='reconcile list filter show aggregate fields check import shell help' ;;
        *) REPLY= ;;
    esac
}

# Completes the value of option $2 of command $1; $3 is the TYPE argument, $4 is 1 after --of.
_amity_value() {
    case "$1 $2" in
        'reconcile --data') _amity_files ;;
        'reconcile -o'|'reconcile --format') _amity_words 'table report csv tsv json jsonl markdown svg' '' ;;
        'reconcile --fields') _amity_fields findings "$4" , ;;
        'reconcile --sort') _amity_fields findings "$4" , ;;
        'reconcile --limit') COMPREPLY=() ;;
        'reconcile --output') _amity_files ;;
        'reconcile --color') _amity_words 'auto always never' '' ;;
        'reconcile --delimiter') COMPREPLY=() ;;
        'reconcile --status') _amity_words 'conflicts records-short possible undecided not-recorded confirmed unverifiable acknowledged unacknowledged' , ;;
        'reconcile --check') _amity_words 'figure series breakdown rank joint readings dates' , ;;
        'reconcile --subject') COMPREPLY=() ;;
        'reconcile --metric') COMPREPLY=() ;;
        'reconcile --fail-on') _amity_words 'conflicts records-short possible undecided not-recorded confirmed unverifiable none' , ;;
        'reconcile --where') COMPREPLY=() ;;
        'reconcile --explain') COMPREPLY=() ;;
        'list --data') _amity_files ;;
        'list --of') COMPREPLY=() ;;
        'list --as-of') COMPREPLY=() ;;
        'list -o'|'list --format') _amity_words 'table csv tsv json jsonl markdown' '' ;;
        'list --fields') _amity_fields "$3" "$4" , ;;
        'list --sort') _amity_fields "$3" "$4" , ;;
        'list --limit') COMPREPLY=() ;;
        'list --output') _amity_files ;;
        'list --color') _amity_words 'auto always never' '' ;;
        'list --delimiter') COMPREPLY=() ;;
        'list --where') COMPREPLY=() ;;
        'filter --data') _amity_files ;;
        'filter --of') COMPREPLY=() ;;
        'filter --as-of') COMPREPLY=() ;;
        'filter -o'|'filter --format') _amity_words 'table csv tsv json jsonl markdown' '' ;;
        'filter --fields') _amity_fields "$3" "$4" , ;;
        'filter --sort') _amity_fields "$3" "$4" , ;;
        'filter --limit') COMPREPLY=() ;;
        'filter --output') _amity_files ;;
        'filter --color') _amity_words 'auto always never' '' ;;
        'filter --delimiter') COMPREPLY=() ;;
        'show --data') _amity_files ;;
        'show -o'|'show --format') _amity_words 'table csv tsv json jsonl markdown' '' ;;
        'show --fields') COMPREPLY=() ;;
        'show --sort') COMPREPLY=() ;;
        'show --limit') COMPREPLY=() ;;
        'show --output') _amity_files ;;
        'show --color') _amity_words 'auto always never' '' ;;
        'show --delimiter') COMPREPLY=() ;;
        'aggregate --data') _amity_files ;;
        'aggregate --of') COMPREPLY=() ;;
        'aggregate --as-of') COMPREPLY=() ;;
        'aggregate -o'|'aggregate --format') _amity_words 'table csv tsv json jsonl markdown' '' ;;
        'aggregate --fields') _amity_fields "$3" "$4" , ;;
        'aggregate --sort') _amity_fields "$3" "$4" , ;;
        'aggregate --limit') COMPREPLY=() ;;
        'aggregate --output') _amity_files ;;
        'aggregate --color') _amity_words 'auto always never' '' ;;
        'aggregate --delimiter') COMPREPLY=() ;;
        'aggregate --by') _amity_fields "$3" "$4" , ;;
        'aggregate --where') COMPREPLY=() ;;
        'aggregate --across') _amity_fields "$3" "$4" '' ;;
        'aggregate --distinct') _amity_fields "$3" "$4" '' ;;
        'aggregate --sum') _amity_fields "$3" "$4" '' ;;
        'aggregate --min') _amity_fields "$3" "$4" '' ;;
        'aggregate --max') _amity_fields "$3" "$4" '' ;;
        'aggregate --mean') _amity_fields "$3" "$4" '' ;;
        'aggregate --unknown') _amity_words 'range bucket' '' ;;
        'fields -o'|'fields --format') _amity_words 'table csv tsv json jsonl markdown' '' ;;
        'fields --fields') COMPREPLY=() ;;
        'fields --sort') COMPREPLY=() ;;
        'fields --limit') COMPREPLY=() ;;
        'fields --output') _amity_files ;;
        'fields --color') _amity_words 'auto always never' '' ;;
        'fields --delimiter') COMPREPLY=() ;;
        'check --data') _amity_files ;;
        'check -o'|'check --format') _amity_words 'table json jsonl' '' ;;
        'import --data') _amity_files ;;
        'import --rules') _amity_files ;;
        'import --output') _amity_files ;;
        'import --delimiter') COMPREPLY=() ;;
        'import --sheet') COMPREPLY=() ;;
        'import -o'|'import --format') _amity_words 'table csv tsv json jsonl markdown' '' ;;
        'shell --data') _amity_files ;;
        *) COMPREPLY=() ;;
    esac
}

# The command, its first argument and whether --of was given (into cmd, arg and of), from
# word $1 up to word $2, stepping over option values.
_amity_walk() {
    local skip= w i
    for ((i = $1; i < $2; i++)); do
        w=${words[i]}
        if [[ $w == = ]]; then
            skip=1
            continue
        fi
        if [[ -n $skip ]]; then
            skip=
            continue
        fi
        case $w in
            --of=*) of=1 ;;
            --*=*) ;;
            -*)
                _amity_valued "$cmd"
                [[ $REPLY == *" $w "* ]] && skip=1
                [[ $w == --of ]] && of=1
                ;;
            *)
                if [[ -z $cmd ]]; then
                    cmd=$w
                elif [[ -z $arg ]]; then
                    arg=$w
                fi
                ;;
        esac
    done
}

# Words matching the current one; $2 is ',' when the value is a comma-separated list.
_amity_words() {
    local prefix= last=$cur
    if [[ $2 == , && $cur == *,* ]]; then
        prefix=${cur%,*},
        last=${cur##*,}
    fi
    COMPREPLY=($(compgen -P "$prefix" -W "$1" -- "$last"))
    if [[ $2 == , ]]; then
        type compopt &>/dev/null && compopt -o nospace 2>/dev/null
    fi
    if declare -F __ltrim_colon_completions &>/dev/null; then
        __ltrim_colon_completions "$cur"
    fi
}

# Field names: $1 the field set or record type, $2 1 after --of, $3 ',' for a list.
_amity_fields() {
    local set=$1
    if [[ $set == agreements && -n $2 ]]; then
        set=agreements-of
    fi
    _amity_field_names "$set"
    _amity_words "$REPLY" "$3"
}

_amity_files() {
    if declare -F _filedir &>/dev/null; then
        _filedir
    else
        type compopt &>/dev/null && compopt -o filenames 2>/dev/null
        COMPREPLY=($(compgen -f -- "$cur"))
    fi
}

_amity() {
    local cur prev words cword split=false
    if declare -F _init_completion &>/dev/null; then
        _init_completion -s -n : || return
    else
        words=("${COMP_WORDS[@]}")
        cword=$COMP_CWORD
        cur=${COMP_WORDS[COMP_CWORD]}
        prev=${COMP_WORDS[COMP_CWORD-1]}
        if [[ $cur == = ]]; then
            cur=
            split=true
        elif [[ $prev == = && $cword -ge 2 ]]; then
            prev=${COMP_WORDS[COMP_CWORD-2]}
            split=true
        fi
    fi
    local cmd= arg= of=
    _amity_walk 1 "$cword"
    _amity_valued "$cmd"
    if [[ $split == true || ($prev == -* && $REPLY == *" $prev "*) ]]; then
        _amity_value "$cmd" "$prev" "$arg" "$of"
        return
    fi
    if [[ $cur == -* ]]; then
        _amity_options "$cmd"
        COMPREPLY=($(compgen -W "$REPLY" -- "$cur"))
        return
    fi
    if [[ -z $cmd || -z $arg ]]; then
        _amity_arguments "$cmd"
        COMPREPLY=($(compgen -W "$REPLY" -- "$cur"))
    fi
}

complete -F _amity amity
