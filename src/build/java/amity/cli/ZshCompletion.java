package amity.cli;

import amity.cli.Completion.Cmd;
import amity.cli.Completion.Opt;
import amity.query.Field;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.Collectors;

/**
 * The zsh completion script, written from {@link Completion} for zsh's own completion system (no
 * bashcompinit): installed as _amity in a folder of $fpath it is autoloaded; sourced, it registers itself.
 */
final class ZshCompletion {
    private ZshCompletion() {
    }

    static String script(Completion model) {
        StringBuilder sb = new StringBuilder();
        sb.append("#compdef amity\n")
                .append("# zsh completion for amity, generated from its command model by the build (amity.cli.GenerateDocs).\n")
                .append("# Install it as _amity in a folder of $fpath, or source it.\n\n");
        sb.append("# The fields of a field set as name:meaning, into reply.\n_amity_field_names() {\n    case $1 in\n");
        for (Map.Entry<String, List<Field>> e : model.fieldSets().entrySet()) {
            sb.append("        ").append(e.getKey()).append(") reply=(").append(e.getValue().stream()
                    .map(f -> Completion.quote(f.name() + ":" + f.meaning())).collect(Collectors.joining(" ")))
                    .append(") ;;\n");
        }
        sb.append("        *) reply=() ;;\n    esac\n}\n\n");
        sb.append(CaseFunctions.perCommand(model, "_amity_valued", CaseFunctions.VALUED, CaseFunctions::valued,
                "REPLY="));
        sb.append(CaseFunctions.perCommand(model, "_amity_options", "The options of command $1 as name:description, "
                + "into reply.", c -> array(c.options().stream().flatMap(o -> o.names().stream()
                        .map(n -> Completion.quote(escape(n) + ":" + o.description())))), "reply=()"));
        sb.append(CaseFunctions.perCommand(model, "_amity_arguments", "The words command $1's first argument may be "
                + "(commands as name:description), into reply.", c -> array(c.name().isEmpty()
                        ? model.commands().stream().filter(s -> !s.name().isEmpty())
                                .map(s -> Completion.quote(escape(s.name()) + ":" + s.description()))
                        : c.arguments().stream().map(Completion::quote)), "reply=()"));
        sb.append(CaseFunctions.perOption(model, ZshCompletion::action, "_message value"));
        sb.append(CaseFunctions.WALK).append(DRIVER);
        return sb.toString();
    }

    private static String action(Cmd c, Opt o) {
        String list = o.list() ? "list" : "one";
        return switch (o.kind()) {
            case CHOICE -> "_amity_choose " + list + " " + o.values().stream().map(Completion::quote)
                    .collect(Collectors.joining(" "));
            case FILE -> "_files";
            case FIELD -> c.fieldSet().isEmpty() ? "_message " + Completion.quote(o.label()) : "_amity_fields " + list
                    + " " + (c.fieldSet().equals(Completion.BY_TYPE) ? "\"$3\"" : c.fieldSet()) + " \"$4\"";
            default -> "_message " + Completion.quote(o.label());
        };
    }

    /** A colon in a name would end it early for _describe. */
    private static String escape(String name) {
        return name.replace(":", "\\:");
    }

    private static String array(Stream<String> quoted) {
        return "reply=(" + quoted.collect(Collectors.joining(" ")) + ")";
    }

    private static final String DRIVER = """
            # $1: 'list' for a comma-separated value, else 'one'; then the values.
            _amity_choose() {
                local kind=$1
                shift
                if [[ $kind == list ]]; then
                    compset -P '*,'
                    compadd -qS, -- "$@"
                else
                    compadd -- "$@"
                fi
            }

            # $1: 'list' or 'one'; $2 the field set or record type; $3 1 after --of.
            _amity_fields() {
                local -a reply
                local set=$2
                if [[ $set == agreements && -n $3 ]]; then
                    set=agreements-of
                fi
                _amity_field_names $set
                if [[ $1 == list ]]; then
                    compset -P '*,'
                    _describe -t fields field reply -qS,
                else
                    _describe -t fields field reply
                fi
            }

            _amity() {
                local -a reply
                local REPLY
                local cur=${words[CURRENT]} cmd= arg= of= opt=
                _amity_walk 2 "$CURRENT"
                _amity_valued "$cmd"
                if [[ $cur == --*=* ]]; then
                    opt=${cur%%=*}
                    compset -P '*='
                elif (( CURRENT > 2 )) && [[ $REPLY == *" ${words[CURRENT-1]} "* ]]; then
                    opt=${words[CURRENT-1]}
                fi
                if [[ -n $opt ]]; then
                    _amity_value "$cmd" "$opt" "$arg" "$of"
                    return
                fi
                if [[ $cur == -* ]]; then
                    _amity_options "$cmd"
                    _describe -t options option reply
                    return
                fi
                if [[ -z $cmd ]]; then
                    _amity_arguments ''
                    _describe -t commands command reply
                elif [[ -z $arg ]]; then
                    _amity_arguments "$cmd"
                    (( $#reply )) && compadd -a reply
                fi
            }

            if [[ $funcstack[1] == _amity ]]; then
                # Autoloaded from $fpath: this file is the body of _amity; complete now.
                _amity "$@"
            else
                # Sourced: register with the completion system, starting it if need be.
                (( $+functions[compdef] )) || { autoload -Uz compinit && compinit; }
                compdef _amity amity
            fi
            """;
}
