package amity.cli;

import amity.model.Dataset;
import amity.model.Identified;
import amity.model.RecordType;
import amity.query.Field;
import amity.query.RecordFields;
import amity.report.reconcile.ReconcileReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import picocli.CommandLine;
import picocli.shell.jline3.PicocliJLineCompleter;

/**
 * Tab completion in `amity shell`: what depends on the data (field names after --fields, --sort,
 * --by, --across and the measures; place ids after --of; ids after show and --explain) is answered
 * here from the loaded records; commands, options and fixed choices come from picocli's model.
 */
final class ShellCompleter implements Completer {
    private static final Set<String> FIELD_OPTIONS = Completion.FIELD_OPTIONS;

    private final CommandLine cl;
    private final Supplier<Dataset> data;
    private final Completer model;

    ShellCompleter(CommandLine cl, Supplier<Dataset> data) {
        this.cl = cl;
        this.data = data;
        this.model = new PicocliJLineCompleter(cl.getCommandSpec());
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        List<String> words = line.words();
        int i = line.wordIndex();
        if (i == 0) {
            for (String c : cl.getSubcommands().keySet()) {
                candidates.add(new Candidate(c));
            }
            candidates.add(new Candidate("reload"));
            candidates.add(new Candidate("exit"));
            return;
        }
        String command = words.get(0);
        String previous = words.get(i - 1);
        String current = line.word().substring(0, line.wordCursor());
        try {
            if (FIELD_OPTIONS.contains(previous)) {
                fields(command, words, current, candidates);
                return;
            }
            if (previous.equals("--of")) {
                ids(data.get().places(), candidates);
                return;
            }
            if (previous.equals("--explain")) {
                ids(data.get().figures(), candidates);
                return;
            }
            if (command.equals("show") && !current.startsWith("-")) {
                data.get().byId().keySet().forEach(id -> candidates.add(new Candidate(id)));
                return;
            }
        } catch (Failure e) {
            return; // the data does not load: nothing to offer; the next query will say why
        }
        model.complete(reader, line, candidates);
    }

    /** Field names for the command's record type; after a comma, the rest of the list is kept. */
    private void fields(String command, List<String> words, String current, List<Candidate> candidates) {
        List<Field> fields;
        if (command.equals("reconcile")) {
            fields = ReconcileReport.FIELDS;
        } else {
            RecordType type = words.size() > 1 ? RecordType.queryable(words.get(1)).orElse(RecordType.AGREEMENTS)
                    : RecordType.AGREEMENTS;
            fields = new RecordFields(data.get()).fields(type, words.contains("--of"));
        }
        String prefix = current.contains(",") ? current.substring(0, current.lastIndexOf(',') + 1) : "";
        for (Field f : fields) {
            candidates.add(new Candidate(prefix + f.name(), f.name(), null, f.meaning(), null, null, false));
        }
    }

    private static void ids(List<? extends Identified> records, List<Candidate> candidates) {
        List<String> ids = new ArrayList<>();
        records.forEach(r -> ids.add(r.id()));
        ids.forEach(id -> candidates.add(new Candidate(id)));
    }
}
