package amity.cli;

import amity.io.AtomicFile;
import amity.model.Dataset;
import amity.problem.Problem;
import amity.read.DataFile;
import amity.read.DataReader;
import amity.read.ImportRules;
import amity.io.FolderLock;
import amity.read.DataFileEdit;
import amity.read.Sheet;
import amity.render.Format;
import amity.report.importing.Import;
import amity.report.importing.ImportReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `amity import FILE --rules RULES.yaml --output FILE.yaml`: a spreadsheet of agreements into the records. */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Bring a spreadsheet of agreements (CSV, TSV or XLSX) into the records: matched, "
                + "deduplicated and checked.",
            "%nThe rules file says what each row becomes. Countries are resolved, places matched or added, an "
                + "agreement listed from both sides merged. A row is identified by the source and its quote, made of "
                + "its key columns (by default the parties): importing the same sheet again, or saved as TSV or "
                + "XLSX, changes nothing, and a row whose date changed updates its statement. Bad rows are listed "
                + "at FILE:ROW:COLUMN (a workbook's as 'FILE: sheet 1, cell E2'), all at once, and nothing is "
                + "written. The written file passes amity check together with the data set.",
            "",
            "The rules file (only source, agreement.type and agreement.parties are required):",
            "",
            "  source:                  # cited by each imported statement; added if missing",
            "    id: wikipedia-twin-towns",
            "    title: Lists of twin towns and sister cities (English Wikipedia)",
            "    publisher: Wikipedia",
            "    published: \"2026\"",
            "  agreement:",
            "    type: sister-city      # a constant or \"{column}\" templates, as every value",
            "    level: municipal       # default: municipal",
            "    signed: \"{year}\"       # an EDTF date: 1994, 1994-05, 199X; empty: not given",
            "    parties:               # two: each an id, or a name and a country",
            "      - {name: \"{city1}\", country: \"{country1}\"}",
            "      - {name: \"{city2}\", country: \"{country2}\"}",
            "    quote: \"{city1}, {country1} – {city2}, {country2}\"  # default; identifies the row",
            "  countries:               # values the country table cannot resolve",
            "    England: GB",
            "  places:                  # a spelling: a place id or another spelling",
            "    Munster: Münster",
            "  fold: accents            # names that differ only in accents are one place",
            "",
            "Countries resolve from ISO codes, English names and alternative spellings (Czech Republic, Turkey, "
                + "Cape Verde), then the countries map; a name of several (Congo, Georgia) only through the map; "
                + "\"Lower Saxony, Germany\" is a region of a country. Places match within their country by a "
                + "spelling a careful person accepts: case, spacing, a hyphen or comma for a space, apostrophes, "
                + "the dots of abbreviations (D.C.), ş/ș, ţ/ț and ß/ss. Names that differ only in accents "
                + "(Munster, Münster) are kept apart and listed as candidates, unless the rules map them or fold "
                + "accents. A party's region (its 'region' template, or the country cell's) keeps towns of one "
                + "name apart. Otherwise a place is added, with a slug id of its name (then with its region or "
                + "country, then numbered), keeping the other spellings rows gave it in its names. The same "
                + "unordered pair of places and type is one agreement. The output file is never rewritten: new "
                + "records are inserted as text after the last item of their list (comments, order and quoting "
                + "stay), a symbolic link is written through, and the folders are locked while an import runs."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:imported (or, with --dry-run, shown)", "2:usage error",
            "65:a row, the rules or the data have errors; nothing was written",
            "66:the file, the rules or a data path cannot be read", "74:the output could not be written"},
        footerHeading = "%nExamples:%n",
        footer = {"  amity import twins.csv --rules rules.yaml --data my/ --output my/twins.yaml",
            "  amity import list.xlsx --sheet 2024 --rules r.yaml --output o.yaml --dry-run",
            "  amity import scrape.tsv --rules rules.yaml --output o.yaml --skip-unresolved"})
final class ImportCommand extends DataCommand {
    @Parameters(index = "0", paramLabel = "FILE", description = "The spreadsheet: .csv, .tsv or .xlsx, UTF-8.")
    Path file;

    @Option(names = "--rules", paramLabel = "RULES.yaml",
            description = "What each row becomes: the format is in the description above (default: FILE.rules "
                    + "beside the sheet, which also makes the sheet readable with --data FILE).")
    Path rules;

    @Option(names = "--output", required = true, paramLabel = "FILE.yaml", description = "The data file to write "
            + "(whole or not at all); an existing one keeps its records. Never in the data shipped with amity.")
    Path output;

    @Option(names = "--dry-run", description = "Show what would be added, and write nothing.")
    boolean dryRun;

    @Option(names = "--skip-unresolved", description = "Import the rows that resolve; list the others on "
            + "standard error.")
    boolean skipUnresolved;

    @Option(names = "--delimiter", paramLabel = "CHAR", description = "The CSV field separator (default: the one "
            + "the header row uses of , ; tab |).")
    Character delimiter;

    @Option(names = "--sheet", paramLabel = "NAME", description = "The sheet of an XLSX workbook (default: the "
            + "first).")
    String sheet;

    @Option(names = {"-o", "--format"}, paramLabel = "FORMAT", description = "The --dry-run table as table, csv, "
            + "tsv, json, jsonl or markdown (default: ${DEFAULT-VALUE}).", defaultValue = "table",
            converter = FormatConverter.class, completionCandidates = FormatConverter.class)
    Format format = Format.TABLE;

    /** Rows between two progress updates on a terminal. */
    private static final int PROGRESS_EVERY = 1000;

    @Override
    public Integer call() {
        PrintWriter err = err();
        String outName = output.toString();
        if (!outName.endsWith(".yaml") && !outName.endsWith(".yml")) {
            throw new Failure(ExitCode.USAGE, "amity: --output " + outName + " is not a data file; name it .yaml.");
        }
        refuseShipped();
        String name = file.toString();
        if (Sheet.EXTENSIONS.stream().noneMatch(e -> name.toLowerCase(java.util.Locale.ROOT).endsWith(e))) {
            throw new Failure(ExitCode.USAGE, "amity: " + name + " is not a spreadsheet amity reads; it reads "
                    + String.join(", ", Sheet.EXTENSIONS) + ".");
        }
        Path rulesFile = rules != null ? rules : Path.of(name + ".rules");
        if (rules == null && !Files.exists(rulesFile)) {
            throw new Failure(ExitCode.USAGE, "amity: " + name + " has no rules beside it (" + rulesFile + "); write "
                    + "them there, or name them with --rules.");
        }
        ImportRules.Read rulesRead = ImportRules.read(rulesFile.toString(), bytes(rulesFile));
        stopOn(rulesRead.problems(), "the rules have");
        Sheet.Read sheetRead = Sheet.read(name, bytes(file), Optional.ofNullable(delimiter), Optional.ofNullable(sheet));
        stopOn(sheetRead.problems(), name + " has");
        Path target = through(output);
        try (FolderLock lock = lock(target)) {
            AtomicFile.removeLeftovers(target);
            return importInto(target, name, outName, rulesRead.rules(), sheetRead.sheet());
        } catch (IOException e) {
            throw new Failure(ExitCode.OUTPUT, "amity: cannot write " + output + ": " + e.getMessage() + ".");
        }
    }

    /** Under the lock: the data and the output file as they are now, matched against the sheet, and written. */
    private int importInto(Path target, String name, String outName, ImportRules rules, Sheet rows) {
        PrintWriter err = err();
        Dataset data = dataSet();
        DataFile own = DataFile.EMPTY;
        String existing = "";
        if (Files.exists(target)) {
            byte[] b = bytes(target);
            DataFile.Read r = DataFile.read(outName, b);
            stopOn(r.problems(), outName + " has");
            own = r.file();
            existing = new String(b, StandardCharsets.UTF_8);
        }
        Import.Result result = Import.run(data, own, rows, rules, skipUnresolved, progress(rows.rows().size()));
        if (!result.problems().isEmpty()) {
            Loader.report(result.problems().stream().sorted().toList(), err);
            long bad = result.problems().stream().filter(p -> p.at().file().startsWith(name)).map(p -> p.at().line())
                    .distinct().count();
            throw new Failure(ExitCode.DATA, "amity: " + (bad > 0 ? Loader.count((int) bad, "row") + " of " + name
                    + " cannot be imported" : "the rules do not fit " + name) + "; nothing was written"
                    + (bad > 0 ? " (--skip-unresolved imports the rest)." : "."));
        }
        if (!result.skipped().isEmpty()) {
            Loader.report(result.skipped().stream().sorted().toList(), err);
            err.println("amity: skipped " + Loader.count((int) result.count(Import.Kind.SKIPPED), "row")
                    + " that cannot be imported (--skip-unresolved).");
            err.flush();
        }
        if (dryRun) {
            OutputOptions o = new OutputOptions();
            o.format = format;
            return o.write(ImportReport.table(result), amity.env, out(), err, List.of());
        }
        if (result.changed() || !Files.exists(target)) {
            List<DataFileEdit.DateChange> dates = result.updates().stream().map(u -> new DataFileEdit.DateChange(
                    u.source(), u.quote(), u.to().given() ? u.to().text() : "")).toList();
            try {
                String text = DataFileEdit.apply(existing, result.additions(), dates, HEADER);
                write(target, text);
            } catch (DataFileEdit.Unaddable e) {
                throw new Failure(ExitCode.DATA, "amity: cannot add to " + outName + " without rewriting what is in "
                        + "it: " + e.getMessage() + "; nothing was written.");
            }
        }
        ImportReport.candidates(result).forEach(c -> err.println("amity: " + c + "."));
        err.flush();
        out().println("imported " + name + " into " + outName + ": " + ImportReport.summary(result, false) + ".");
        out().flush();
        return ExitCode.OK;
    }

    private static final String HEADER = "Written by amity import; edit freely: a later import only adds to this file "
            + "and updates the dates of the statements it wrote.";

    /** The output folder and every --data folder, as the OS finds them. */
    private FolderLock lock(Path target) throws IOException {
        List<Path> folders = new ArrayList<>();
        folders.add(target.toAbsolutePath().getParent());
        for (String p : amity.paths(data)) {
            Path d = Path.of(p);
            if (!p.equals("-") && Files.isDirectory(d)) {
                folders.add(d.toRealPath());
            }
        }
        try {
            return FolderLock.take(folders, err());
        } catch (FolderLock.Held e) {
            throw new Failure(ExitCode.OUTPUT, "amity: " + e.getMessage() + "; run one import at a time.");
        }
    }

    /** The file a path names: a symbolic link's target (followed as far as it goes), so the link stays a link. */
    static Path through(Path p) {
        Path at = p.toAbsolutePath();
        for (int hops = 0; hops < 40 && Files.isSymbolicLink(at); hops++) {
            try {
                at = at.resolveSibling(Files.readSymbolicLink(at)).normalize();
            } catch (IOException e) {
                return at;
            }
        }
        try {
            Path parent = at.getParent();
            return Files.isDirectory(parent) ? parent.toRealPath().resolve(at.getFileName()) : at;
        } catch (IOException e) {
            return at;
        }
    }

    /** The data set of --data, AMITY_DATA or the shipped data; paths that do not exist yet or hold no data are none. */
    private Dataset dataSet() {
        List<String> paths = amity.paths(data);
        List<String> present = new ArrayList<>();
        for (String p : paths) {
            if (p.equals("-") || holdsData(Path.of(p))) {
                present.add(p);
            }
        }
        if (!paths.isEmpty() && present.isEmpty()) {
            return DataReader.empty();
        }
        Loader.Loaded l = Loader.read(present, amity.env, err());
        if (!l.problems().isEmpty()) {
            Loader.report(l.problems(), err());
            throw new Failure(ExitCode.DATA, "amity: the data has " + Loader.count(l.problems().size(), "error")
                    + "; nothing was imported.");
        }
        return l.data();
    }

    private static boolean holdsData(Path p) {
        if (!Files.isDirectory(p)) {
            return Files.exists(p);
        }
        try (Stream<Path> walk = Files.walk(p)) {
            return walk.anyMatch(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"));
        } catch (IOException | java.io.UncheckedIOException e) {
            return true;
        }
    }

    private void refuseShipped() {
        Optional<Path> shipped = DataFile.shippedFolder();
        if (shipped.isPresent() && shipped.get().getFileSystem() == output.getFileSystem()
                && real(output).startsWith(real(shipped.get()))) {
            throw new Failure(ExitCode.USAGE, "amity: --output " + output + " is in the data shipped with amity, "
                    + "which import never writes; write to a file of your own, e.g. my-data/imported.yaml.");
        }
    }

    /** The path with links resolved as far as it exists. */
    private static Path real(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        try {
            return existing == null ? abs : existing.toRealPath().resolve(existing.relativize(abs));
        } catch (IOException e) {
            return abs;
        }
    }

    private void stopOn(List<Problem> problems, String what) {
        if (!problems.isEmpty()) {
            Loader.report(problems.stream().sorted().toList(), err());
            throw new Failure(ExitCode.DATA, "amity: " + what + " " + Loader.count(problems.size(), "error")
                    + "; nothing was imported.");
        }
    }

    /** A sheet's, the rules' or the output's bytes, with the data files' size cap; a device is refused. */
    private static byte[] bytes(Path p) {
        try {
            return DataReader.bytes(p, p.toString());
        } catch (DataReader.Unreadable e) {
            throw new Failure(ExitCode.NO_INPUT, "amity: " + e.getMessage());
        }
    }

    private void write(Path target, String text) {
        try {
            AtomicFile.write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new Failure(ExitCode.OUTPUT, "amity: cannot write " + output + ": " + e.getMessage() + ".");
        }
    }

    /** Rows done so far on stderr, only when it is a terminal (never in a pipe or a test). */
    private IntConsumer progress(int total) {
        if (!amity.env.terminal() || total < PROGRESS_EVERY) {
            return n -> { };
        }
        return Progress.on(err(), total, PROGRESS_EVERY);
    }
}
