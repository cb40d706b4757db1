package amity.cli;

import amity.cli.Completion.Cmd;
import amity.cli.Completion.Kind;
import amity.cli.Completion.Opt;
import amity.query.Field;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The fish completion script, written from {@link Completion}, the model the bash and zsh scripts come from. */
final class FishCompletion {
    private FishCompletion() {
    }

    static String script(Completion model) {
        StringBuilder sb = new StringBuilder();
        sb.append("# fish completion for amity, generated from its command model by the build (amity.cli.GenerateDocs).\n")
                .append("# Install it as amity.fish in ~/.config/fish/completions/, or source it.\n\n");
        sb.append("# The fields of a field set, one 'name<TAB>meaning' a line.\nfunction __amity_field_names\n")
                .append("    switch $argv[1]\n");
        for (Map.Entry<String, List<Field>> e : model.fieldSets().entrySet()) {
            sb.append("        case ").append(e.getKey()).append("\n            printf '%s\\n' ").append(e.getValue()
                    .stream().map(f -> quote(f.name() + "\t" + f.meaning())).collect(Collectors.joining(" ")))
                    .append('\n');
        }
        sb.append("    end\nend\n\n");
        sb.append("# The options of command $argv[1] that take a value.\nfunction __amity_valued\n    switch $argv[1]\n");
        for (Cmd c : model.commands()) {
            sb.append("        case ").append(c.name().isEmpty() ? "''" : c.name()).append("\n            printf '%s\\n' ")
                    .append(c.valued().stream().map(FishCompletion::quote).collect(Collectors.joining(" ")))
                    .append('\n');
        }
        sb.append("    end\nend\n\n");
        sb.append(DRIVER);
        String noCommand = "__amity_is ''";
        sb.append("complete -c amity -f\n");
        for (Cmd c : model.commands()) {
            String cond = c.name().isEmpty() ? noCommand : "__amity_is " + c.name();
            if (c.name().isEmpty()) {
                for (Cmd s : model.commands().subList(1, model.commands().size())) {
                    sb.append("complete -c amity -n ").append(quote(cond)).append(" -a ").append(s.name())
                            .append(" -d ").append(quote(s.description())).append('\n');
                }
            } else if (!c.arguments().isEmpty()) {
                sb.append("complete -c amity -n ").append(quote(cond + "; and __amity_wants_argument")).append(" -a ")
                        .append(quote(String.join(" ", c.arguments()))).append('\n');
            }
            for (Opt o : c.options()) {
                sb.append("complete -c amity -n ").append(quote(cond));
                for (String n : o.names()) {
                    sb.append(n.startsWith("--") ? " -l " + n.substring(2) : " -s " + n.substring(1));
                }
                sb.append(value(c, o)).append(" -d ").append(quote(o.description())).append('\n');
            }
        }
        return sb.toString();
    }

    /** What fish offers after the option: -x (a value, no file names) with its words, or -r -F (files). */
    private static String value(Cmd c, Opt o) {
        return switch (o.kind()) {
            case FLAG -> "";
            case FILE -> " -r -F";
            case CHOICE -> " -x -a " + quote(o.list() ? "(__amity_list " + String.join(" ", o.values()) + ")"
                    : String.join(" ", o.values()));
            case FIELD -> c.fieldSet().isEmpty() ? " -x" : " -x -a " + quote("(__amity_fields "
                    + (c.fieldSet().equals(Completion.BY_TYPE) ? "" : c.fieldSet()) + ")");
            case TEXT -> " -x";
        };
    }

    private static String quote(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    private static final String DRIVER = """
            # The command, its first argument and 1 if --of was given, stepping over option values.
            function __amity_words
                set -l cmd ''
                set -l arg ''
                set -l of ''
                set -l skip ''
                for w in (commandline -opc)[2..-1]
                    if test -n "$skip"
                        set skip ''
                        continue
                    end
                    switch $w
                        case '--of=*'
                            set of 1
                        case '--*=*'
                        case '-*'
                            contains -- $w (__amity_valued $cmd); and set skip 1
                            test "$w" = --of; and set of 1
                        case '*'
                            if test -z "$cmd"
                                set cmd $w
                            else if test -z "$arg"
                                set arg $w
                            end
                    end
                end
                printf '%s\\n' "$cmd" "$arg" "$of"
            end

            # True when the command is $argv[1] ('' for none yet).
            function __amity_is
                set -l words (__amity_words)
                test "$words[1]" = "$argv[1]"
            end

            # True while the command's first argument is still to come.
            function __amity_wants_argument
                set -l words (__amity_words)
                test -z "$words[2]"
            end

            # The words given, after what a comma-separated value already holds.
            function __amity_list
                set -l token (commandline -ct | string replace -r '^--[^=]*=' '')
                set -l prefix (string match -r '^.*,' -- $token)
                printf "$prefix%s\\n" $argv
            end

            # Field names (a comma list) of field set $argv[1], else of the TYPE argument's.
            function __amity_fields
                set -l words (__amity_words)
                set -l set $argv[1]
                if test -z "$set"
                    set set $words[2]
                    if test "$set" = agreements -a -n "$words[3]"
                        set set agreements-of
                    end
                end
                set -l token (commandline -ct | string replace -r '^--[^=]*=' '')
                set -l prefix (string match -r '^.*,' -- $token)
                for f in (__amity_field_names $set)
                    printf '%s%s\\n' "$prefix" $f
                end
            end

            """;
}
