# Runs amity's bash completion with bash-completion loaded, as readline would call it.
# Usage: bash complete.bash SCRIPT LINE...  Prints "== LINE", then each candidate on a line.
source /usr/share/bash-completion/bash_completion
source "$1"
shift
for line in "$@"; do
    printf '== %s\n' "$line"
    COMP_LINE=$line
    COMP_POINT=${#line}
    # Words as readline splits them: at spaces, and each COMP_WORDBREAKS character (= :) a word of its own.
    COMP_WORDS=()
    w=
    for ((i = 0; i < ${#line}; i++)); do
        c=${line:i:1}
        if [[ $c == ' ' ]]; then
            [[ -n $w ]] && COMP_WORDS+=("$w")
            w=
        elif [[ $c == '=' || $c == ':' ]]; then
            [[ -n $w ]] && COMP_WORDS+=("$w")
            COMP_WORDS+=("$c")
            w=
        else
            w+=$c
        fi
    done
    COMP_WORDS+=("$w")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMPREPLY=()
    _amity
    [[ ${#COMPREPLY[@]} -gt 0 ]] && printf '%s\n' "${COMPREPLY[@]}"
done
