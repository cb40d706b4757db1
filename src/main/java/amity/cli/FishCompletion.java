package amity.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** A fish completion script written from the same picocli command model the bash script comes from. */
final class FishCompletion {
    private FishCompletion() {
    }

    static String script(CommandLine root) {
        StringBuilder sb = new StringBuilder();
        sb.append("# fish completion for amity, generated from its command model by the build.\n");
        List<String> names = new ArrayList<>(root.getSubcommands().keySet());
        String noSub = "not __fish_seen_subcommand_from " + String.join(" ", names);
        sb.append("complete -c amity -f\n");
        for (Map.Entry<String, CommandLine> e : root.getSubcommands().entrySet()) {
            sb.append("complete -c amity -n '").append(noSub).append("' -a ").append(e.getKey()).append(" -d ")
                    .append(quote(first(e.getValue().getCommandSpec().usageMessage().description()))).append('\n');
        }
        options(sb, root.getCommandSpec(), noSub);
        for (Map.Entry<String, CommandLine> e : root.getSubcommands().entrySet()) {
            String cond = "__fish_seen_subcommand_from " + e.getKey();
            CommandSpec spec = e.getValue().getCommandSpec();
            options(sb, spec, cond);
            for (PositionalParamSpec p : spec.positionalParameters()) {
                if (p.completionCandidates() != null) {
                    List<String> values = new ArrayList<>();
                    p.completionCandidates().forEach(values::add);
                    sb.append("complete -c amity -n '").append(cond).append("' -a ")
                            .append(quote(String.join(" ", values))).append('\n');
                }
            }
            if (List.of("list", "filter", "aggregate", "fields").contains(e.getKey())) {
                continue;
            }
            if (e.getKey().equals("show")) {
                // Ids come from the data, so ask amity itself for them.
                sb.append("complete -c amity -n '").append(cond)
                        .append("' -a '(amity list places --fields id --no-header -o tsv 2>/dev/null)'\n");
            }
        }
        return sb.toString();
    }

    private static void options(StringBuilder sb, CommandSpec spec, String cond) {
        for (OptionSpec o : spec.options()) {
            sb.append("complete -c amity -n '").append(cond).append('\'');
            for (String n : o.names()) {
                sb.append(n.startsWith("--") ? " -l " + n.substring(2) : " -s " + n.substring(1));
            }
            if (o.arity().max() > 0) {
                if (o.completionCandidates() != null) {
                    // -x: a value is required and only these values are offered (no file names).
                    List<String> values = new ArrayList<>();
                    o.completionCandidates().forEach(values::add);
                    sb.append(" -x -a ").append(quote(String.join(" ", values)));
                } else {
                    sb.append(" -r");
                }
            }
            sb.append(" -d ").append(quote(first(o.description()))).append('\n');
        }
    }

    private static String first(String[] lines) {
        return lines.length == 0 ? "" : lines[0].replaceAll("\\$\\{[^}]*}", "").replaceAll("\\s+", " ").strip();
    }

    private static String quote(String s) {
        String t = s.length() > 80 ? s.substring(0, 77) + "..." : s;
        return "'" + t.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
