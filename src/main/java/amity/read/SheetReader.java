package amity.read;

import amity.problem.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A spreadsheet with its rules beside it ({@code twins.csv} and {@code twins.csv.rules}) read as data,
 * as hledger reads a CSV file with its rules: the rows become records just as `amity import` would
 * make them, so `--data twins.csv` can be listed, filtered and reconciled without importing. In a
 * folder only sheets with rules are data; a sheet named directly needs its rules too.
 */
public final class SheetReader implements RecordReader {
    /** What turns a sheet's rows into records by the rules (import's matching, which the read step cannot know). */
    public interface Rows {
        /** The records the rows add to {@code data}, and every problem of a row. */
        DataFile.Read records(amity.model.Dataset data, Sheet sheet, ImportRules rules);
    }

    /** A sheet read with its rules, matched once the data files are read. */
    record Pending(Sheet sheet, ImportRules rules) {
    }

    /** The ending of a sheet's rules file, after the sheet's own name. */
    static final String RULES = ".rules";

    private static volatile Rows rows;

    /** Plugs in what makes records of rows; the command line does it once, before reading. */
    static void use(Rows r) {
        rows = r;
    }

    @Override
    public List<String> extensions() {
        return Sheet.EXTENSIONS;
    }

    @Override
    public boolean reads(Path file) {
        return reads(file.getFileName().toString()) && Files.isRegularFile(Path.of(file + RULES));
    }

    @Override
    public void read(String name, byte[] bytes, boolean positions, Batch into) {
        into.files.add(name);
        Path rulesFile = Path.of(name + RULES);
        if (!Files.isRegularFile(rulesFile) || rows == null) {
            into.problems.add(new Problem(new amity.model.Origin(name, 0, 0, ""), 1, "a spreadsheet is data only "
                    + "with its rules beside it; write " + rulesFile + " (the import rules, see amity-import(1))."));
            return;
        }
        byte[] ruleBytes;
        try {
            ruleBytes = DataFiles.bytes(rulesFile, rulesFile.toString());
        } catch (DataReader.Unreadable e) {
            into.problems.add(new Problem(new amity.model.Origin(name, 0, 0, ""), 1, e.getMessage()));
            return;
        }
        ImportRules.Read rules = ImportRules.read(rulesFile.toString(), ruleBytes);
        Sheet.Read sheet = Sheet.read(name, bytes, Optional.empty(), Optional.empty());
        into.problems.addAll(rules.problems());
        into.problems.addAll(sheet.problems());
        if (!rules.problems().isEmpty() || !sheet.problems().isEmpty()) {
            return;
        }
        into.sheets.add(new Pending(sheet.sheet(), rules.rules()));
    }

    /**
     * Adds to the batch what its sheets add to the records of its other files, each sheet matched
     * against those and the sheets before it, as successive imports would.
     */
    static void match(Batch b) {
        List<Pending> sheets = List.copyOf(b.sheets);
        b.sheets.clear();
        for (Pending p : sheets) {
            // A copy makes the data set, so its problems (a dangling attestation) are not reported twice.
            Batch sofar = new Batch();
            sofar.addAll(b);
            DataFile.Read made = rows.records(sofar.dataset(), p.sheet(), p.rules());
            b.problems.addAll(made.problems());
            DataFile f = made.file();
            b.sources.addAll(f.sources());
            b.places.addAll(f.places());
            b.agreements.addAll(f.agreements());
            f.attestations().forEach(l -> b.loose.add(new RecordBinder.LooseAttestation(l.agreement(), l.program(),
                    l.attestation(), amity.model.Spots.NONE)));
        }
    }
}
