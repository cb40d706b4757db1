package amity.cli;

import amity.model.RecordType;
import amity.query.Field;
import amity.render.Format;
import amity.report.listing.FieldList;
import amity.report.reconcile.ReconcileReport;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine;

/**
 * What shell completion offers, read once from picocli's command model: every command, its options
 * and what each takes, and the field names per record type (they do not depend on the records, so
 * they are written into the scripts). The bash, zsh and fish scripts are three renderings of this.
 * Record ids are left out: they would need a JVM per keystroke (`amity shell` completes them).
 */
record Completion(List<Cmd> commands, Map<String, List<Field>> fieldSets) {

    /** The options whose values are field names (also those ShellCompleter answers from the data). */
    static final Set<String> FIELD_OPTIONS = Set.of("--fields", "--sort", "--by", "--across", "--distinct", "--sum",
            "--min", "--max", "--mean");

    /** Options taking a comma-separated list in one string, besides those picocli splits. */
    private static final Set<String> COMMA_LISTS = Set.of("--fields", "--sort");

    /** The field set of a command whose fields depend on its TYPE argument. */
    static final String BY_TYPE = "TYPE";

    /** The key of agreements' field set with the partner fields --of adds. */
    static final String AGREEMENTS_OF = "agreements-of";

    /** What an option's value is. */
    enum Kind {
        /** No value: a flag. */
        FLAG,
        /** One of {@link Opt#values}. */
        CHOICE,
        /** A file or folder. */
        FILE,
        /** Field names of the command's field set. */
        FIELD,
        /** Anything (a date, an expression, an id): nothing is offered. */
        TEXT
    }

    /** An option: its names, one line saying what it does, what it takes (named by label), whether a comma list. */
    record Opt(List<String> names, String description, Kind kind, String label, List<String> values, boolean list) {
    }

    /**
     * A command ("" for amity itself): its options, the words its first argument may be, and the key
     * of the field set its field options complete from ("" none, {@link #BY_TYPE} the TYPE argument's).
     */
    record Cmd(String name, String description, List<Opt> options, List<String> arguments, String fieldSet) {
        /** The options that take a value, so a script can step over it when it looks for arguments. */
        List<String> valued() {
            List<String> out = new ArrayList<>();
            options.stream().filter(o -> o.kind() != Kind.FLAG).forEach(o -> out.addAll(o.names()));
            return out;
        }
    }

    static Completion of(CommandLine root) {
        List<Cmd> commands = new ArrayList<>();
        commands.add(command("", root));
        root.getSubcommands().forEach((name, cl) -> commands.add(command(name, cl)));
        Map<String, List<Field>> sets = new LinkedHashMap<>();
        for (String type : RecordType.queryableNames()) {
            sets.put(type, FieldList.fields(type, false));
        }
        sets.put(AGREEMENTS_OF, FieldList.fields(RecordType.AGREEMENTS.plural(), true));
        sets.put(FieldList.FINDINGS, ReconcileReport.FIELDS);
        return new Completion(commands, sets);
    }

    /** Command names, for the first word and after help. */
    List<String> names() {
        return commands.stream().map(Cmd::name).filter(n -> !n.isEmpty()).toList();
    }

    private static Cmd command(String name, CommandLine cl) {
        CommandSpec spec = cl.getCommandSpec();
        List<Opt> options = new ArrayList<>();
        for (OptionSpec o : spec.options()) {
            options.add(option(name, o));
        }
        List<String> arguments = new ArrayList<>();
        if (name.equals("help")) {
            cl.getParent().getSubcommands().keySet().forEach(arguments::add);
        } else if (!spec.positionalParameters().isEmpty()) {
            PositionalParamSpec first = spec.positionalParameters().get(0);
            if (first.completionCandidates() != null) {
                first.completionCandidates().forEach(arguments::add);
            }
        }
        String fieldSet = switch (name) {
            case "list", "filter", "aggregate" -> BY_TYPE;
            case "reconcile" -> FieldList.FINDINGS;
            default -> "";
        };
        // help's one line is its header, as picocli's command list shows it; the others have none.
        String[] about = spec.usageMessage().header().length > 0 ? spec.usageMessage().header()
                : spec.usageMessage().description();
        return new Cmd(name, summary(about), options, arguments, fieldSet);
    }

    private static Opt option(String command, OptionSpec o) {
        List<String> values = new ArrayList<>();
        if (o.completionCandidates() != null) {
            o.completionCandidates().forEach(values::add);
        }
        if (o.longestName().equals("--format") && !command.equals("reconcile")) {
            for (Format f : Format.values()) {
                if (f.reconcileOnly()) {
                    values.remove(f.name().toLowerCase(Locale.ROOT));
                }
            }
        }
        Kind kind;
        if (o.arity().max() == 0) {
            kind = Kind.FLAG;
        } else if (!values.isEmpty()) {
            kind = Kind.CHOICE;
        } else if (FIELD_OPTIONS.contains(o.longestName())) {
            kind = Kind.FIELD;
        } else if (isFile(o)) {
            kind = Kind.FILE;
        } else {
            kind = Kind.TEXT;
        }
        String description = String.join(" ", o.description())
                .replace("${COMPLETION-CANDIDATES}", String.join(", ", values))
                .replace("${DEFAULT-VALUE}", String.valueOf(o.defaultValue()));
        boolean list = !o.splitRegex().isEmpty() || COMMA_LISTS.contains(o.longestName());
        return new Opt(List.of(o.names()), summary(new String[] {description}), kind, o.paramLabel(), values, list);
    }

    private static boolean isFile(OptionSpec o) {
        Class<?> t = o.auxiliaryTypes()[0];
        return t == Path.class || t == File.class || o.paramLabel().equals("PATH") || o.paramLabel().equals("FILE");
    }

    /** A word in single quotes for bash and zsh. */
    static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    /** The first line of a description, short enough for a completion menu, without picocli's %n. */
    static String summary(String[] description) {
        String text = String.join("\n", description).replace("%n", "\n").strip();
        String line = text.isEmpty() ? "" : text.lines().findFirst().orElseThrow().replaceAll("\\$\\{[^}]*}", "")
                .replaceAll("\\s+", " ").strip();
        if (line.length() <= 80) {
            return line;
        }
        int cut = line.lastIndexOf(' ', 77);
        return line.substring(0, cut > 40 ? cut : 77) + "...";
    }
}
