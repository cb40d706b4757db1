# Runs amity's zsh completion in a real interactive zsh (on a pseudo-terminal), pressing Tab after
# each line, and prints what the completion system offers; compadd is wrapped only to print.
# Usage: zsh -f complete.zsh source|fpath SCRIPT LINE...  Prints "== LINE", then each candidate.
zmodload zsh/zpty
mode=$1 script=$2
shift 2
dir=$(mktemp -d)
mkdir $dir/fn
cp $script $dir/fn/_amity
cat > $dir/setup.zsh <<SETUP
PS1='' RPS1=''
if [[ $mode == fpath ]]; then
    fpath=($dir/fn \$fpath)
    autoload -Uz compinit && compinit -u -d $dir/zcompdump
else
    source $script
fi
zstyle ':completion:*' list-grouped false
zstyle ':completion:*' insert-tab false
compadd() {
    if (( \${@[(I)-[OAD]]} )); then
        builtin compadd "\$@"
        return
    fi
    local -a __hits
    builtin compadd -A __hits "\$@"
    local h
    for h in \$__hits; do
        print -r -- "CANDIDATE:\$h"
    done
    builtin compadd "\$@"
}
_amity_test_done() {
    print -r -- END-OF-CANDIDATES
    exit
}
comppostfuncs=(_amity_test_done)
bindkey '^I' complete-word
print -r -- READY
SETUP
for line in "$@"; do
    print -r -- "== $line"
    zpty z zsh -f -i
    zpty -w z "source $dir/setup.zsh"
    while zpty -r z out; do
        [[ $out == READY* ]] && break
    done
    zpty -w -n z "$line"$'\t'
    while zpty -r z out; do
        out=${out//$'\r'/}
        out=${out%$'\n'}
        [[ $out == *END-OF-CANDIDATES* ]] && break
        if [[ $out == *CANDIDATE:* ]]; then
            print -r -- ${out#*CANDIDATE:}
        elif [[ $out == *(not found|error)* ]]; then
            print -r -- "ERROR: $out"
        fi
    done
    zpty -d z
done
rm -rf $dir
