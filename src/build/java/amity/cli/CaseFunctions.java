package amity.cli;

import amity.cli.Completion.Cmd;
import amity.cli.Completion.Kind;
import amity.cli.Completion.Opt;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The `case` functions the bash and zsh scripts share the shape of: per command, and per option taking a value. */
final class CaseFunctions {
    private CaseFunctions() {
    }

    /** What _amity_valued answers. */
    static final String VALUED = "The options of command $1 that take a value, into REPLY (a space around each).";

    /** _amity_valued's statement for one command. */
    static String valued(Cmd c) {
        return "REPLY=" + Completion.quote(" " + String.join(" ", c.valued()) + " ");
    }

    /**
     * _amity_walk FIRST END: the command, its first argument and whether --of was given, into the
     * caller's cmd, arg and of, from the words FIRST to END (not included), stepping over option values.
     * The same text in bash and zsh (which number words from 0 and from 1).
     */
    static final String WALK = """
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

            """;

    /** A function running one statement for command $1 ('' for amity itself), {@code otherwise} for another word. */
    static String perCommand(Completion model, String name, String comment, Function<Cmd, String> statement,
            String otherwise) {
        StringBuilder sb = new StringBuilder("# " + comment + "\n" + name + "() {\n    case $1 in\n");
        for (Cmd c : model.commands()) {
            sb.append("        ").append(c.name().isEmpty() ? "''" : c.name()).append(") ").append(statement.apply(c))
                    .append(" ;;\n");
        }
        return sb.append("        *) ").append(otherwise).append(" ;;\n    esac\n}\n\n").toString();
    }

    /**
     * _amity_value: completes the value of option $2 of command $1, with the TYPE argument in $3 and
     * 1 in $4 after --of; {@code otherwise} for an option no branch names.
     */
    static String perOption(Completion model, BiFunction<Cmd, Opt, String> action, String otherwise) {
        StringBuilder sb = new StringBuilder("# Completes the value of option $2 of command $1; $3 is the TYPE "
                + "argument, $4 is 1 after --of.\n_amity_value() {\n    case \"$1 $2\" in\n");
        for (Cmd c : model.commands()) {
            for (Opt o : c.options()) {
                if (o.kind() != Kind.FLAG) {
                    sb.append("        ").append(o.names().stream().map(n -> Completion.quote(c.name() + " " + n))
                            .collect(Collectors.joining("|"))).append(") ").append(action.apply(c, o)).append(" ;;\n");
                }
            }
        }
        return sb.append("        *) ").append(otherwise).append(" ;;\n    esac\n}\n\n").toString();
    }
}
