package amity.cli;

import amity.cli.Completion.Cmd;
import amity.cli.Completion.Opt;
import amity.query.Field;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The bash completion script, written from {@link Completion}. It uses bash-completion's helpers
 * (_init_completion, _filedir) when they are loaded, and plain compgen otherwise.
 */
final class BashCompletion {
    private BashCompletion() {
    }

    static String script(Completion model) {
        StringBuilder sb = new StringBuilder();
        sb.append("# bash completion for amity, generated from its command model by the build (amity.cli.GenerateDocs).\n")
                .append("# Source it, or install it as 'amity' in bash-completion's completions folder.\n\n");
        sb.append("# The field names of a field set, into REPLY.\n_amity_field_names() {\n    case $1 in\n");
        for (Map.Entry<String, List<Field>> e : model.fieldSets().entrySet()) {
            sb.append("        ").append(e.getKey()).append(") REPLY=").append(Completion.quote(
                    e.getValue().stream().map(Field::name).collect(Collectors.joining(" ")))).append(" ;;\n");
        }
        sb.append("        *) REPLY= ;;\n    esac\n}\n\n");
        sb.append(CaseFunctions.perCommand(model, "_amity_valued", CaseFunctions.VALUED, CaseFunctions::valued,
                "REPLY="));
        sb.append(CaseFunctions.perCommand(model, "_amity_options", "The options of command $1, into REPLY.",
                c -> "REPLY=" + Completion.quote(c.options().stream().flatMap(o -> o.names().stream())
                        .collect(Collectors.joining(" "))), "REPLY="));
        sb.append(CaseFunctions.perCommand(model, "_amity_arguments", "The words command $1's first argument may be, "
                + "into REPLY.", c -> "REPLY=" + Completion.quote(String.join(" ", c.name().isEmpty() ? model.names()
                        : c.arguments())), "REPLY="));
        sb.append(CaseFunctions.perOption(model, BashCompletion::action, "COMPREPLY=()"));
        sb.append(CaseFunctions.WALK).append(DRIVER);
        return sb.toString();
    }

    private static String action(Cmd c, Opt o) {
        String list = o.list() ? " ," : " ''";
        return switch (o.kind()) {
            case CHOICE -> "_amity_words " + Completion.quote(String.join(" ", o.values())) + list;
            case FILE -> "_amity_files";
            case FIELD -> c.fieldSet().isEmpty() ? "COMPREPLY=()" : "_amity_fields "
                    + (c.fieldSet().equals(Completion.BY_TYPE) ? "\"$3\"" : c.fieldSet()) + " \"$4\"" + list;
            default -> "COMPREPLY=()";
        };
    }

    private static final String DRIVER = """
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
            """;
}
