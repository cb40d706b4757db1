package amity.read;

import amity.model.Acknowledgement;
import amity.model.Agreement;
import amity.model.Attestation;
import amity.model.Country;
import amity.model.Dataset;
import amity.model.Figure;
import amity.model.Origin;
import amity.model.Place;
import amity.model.Program;
import amity.model.Source;
import amity.read.YNode.Entry;
import amity.read.YNode.YList;
import amity.read.YNode.YMap;
import amity.text.Nearest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads every {@code *.yaml}/{@code *.yml} file under the data paths, recursively and in sorted path
 * order, into one {@link Dataset}; the country reference table comes from the jar. Problems are
 * collected, never thrown, so one run reports them all.
 */
public final class DataReader {
    static final List<String> LISTS = List.of("sources", "places", "agreements", "attestations", "programs",
            "figures", "acknowledgements", "countries");

    /** What was read: the records and every problem found while reading. */
    public record Result(Dataset dataset, List<Problem> problems, List<String> files) {
    }

    /** The largest data file read (1 GiB): larger data is split over several files. */
    public static final long MAX_FILE_BYTES = 1L << 30;

    /**
     * A data path that cannot be read at all (missing, unreadable, a link loop, a folder without
     * YAML files): exit 66, not a data error. The message starts with the path.
     */
    public static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        public Unreadable(String message) {
            super(message);
        }
    }

    private final List<Problem> problems = new ArrayList<>();
    private final boolean positions;
    private final RecordBinder binder;
    private final List<Source> sources = new ArrayList<>();
    private final List<Place> places = new ArrayList<>();
    private final List<Agreement> agreements = new ArrayList<>();
    private final List<Program> programs = new ArrayList<>();
    private final List<Figure> figures = new ArrayList<>();
    private final List<Acknowledgement> acks = new ArrayList<>();
    private final List<RecordBinder.LooseAttestation> loose = new ArrayList<>();
    private final Map<String, Country> countries = new TreeMap<>();
    private final List<String> files = new ArrayList<>();

    private DataReader(boolean positions) {
        this.positions = positions;
        this.binder = new RecordBinder(problems, positions);
    }

    /**
     * Reads the given paths ("-" is standard input) after the bundled country table, recording where
     * every value was written. {@code stdin} is read only when a path is "-".
     */
    public static Result read(List<String> paths, InputStream stdin) throws Unreadable {
        DataReader r = new DataReader(true);
        r.readCountryTable();
        // Every path is listed before any is read, so a wrong path fails at once, not after a long read.
        List<List<Path>> found = new ArrayList<>();
        for (String p : paths) {
            found.add(p.equals("-") ? null : DataFiles.list(p));
        }
        for (int i = 0; i < paths.size(); i++) {
            if (found.get(i) == null) {
                r.readStdin(stdin);
                continue;
            }
            r.readFiles(found.get(i));
        }
        return r.result();
    }

    /** The bundled data directory inside the jar or class path, for the default data set. */
    public static Result readPath(Path dir) throws Unreadable {
        return readFiles(DataFiles.list(dir), true);
    }

    /** The data files under the given folders and files, in the order {@link #readFiles} reads them. */
    public static List<Path> files(List<Path> roots) throws Unreadable {
        List<Path> out = new ArrayList<>();
        for (Path root : roots) {
            out.addAll(DataFiles.list(root));
        }
        return out;
    }

    /**
     * Reads listed data files after the bundled country table. Without {@code positions} nothing
     * records where values were written, which makes reading large data sets much lighter; problems
     * then have no line, so data with problems is read again with positions to report them.
     */
    public static Result readFiles(List<Path> files, boolean positions) throws Unreadable {
        DataReader r = new DataReader(positions);
        r.readCountryTable();
        r.readFiles(files);
        return r.result();
    }

    private void readStdin(InputStream stdin) throws Unreadable {
        byte[] bytes;
        try {
            bytes = stdin.readAllBytes();
        } catch (IOException e) {
            throw new Unreadable("<stdin>: cannot be read: " + OsReason.of(e) + ".");
        }
        if (bytes.length == 0) {
            throw new Unreadable("<stdin>: --data - was given, but standard input is empty.");
        }
        readText("<stdin>", decode("<stdin>", bytes, problems));
    }

    /** A path as messages show it: inside the jar as data/..., else relative to the working folder. */
    private static String display(Path p) {
        String s = p.toString();
        if (p.getFileSystem() == java.nio.file.FileSystems.getDefault() && p.isAbsolute()) {
            Path cwd = Path.of("").toAbsolutePath();
            if (p.startsWith(cwd)) {
                return cwd.relativize(p).toString();
            }
        }
        return s.startsWith("/amity/data/") ? "data/" + s.substring("/amity/data/".length()) : s;
    }

    private void readCountryTable() {
        try (InputStream in = DataReader.class.getResourceAsStream("/amity/data/countries.yaml")) {
            if (in != null) {
                readText("data/countries.yaml", new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        files.clear();
    }

    /**
     * Reads files side by side on the machine's cores (each into its own reader), then takes their
     * records in file order, so the result is the same as reading them one after another.
     */
    private void readFiles(List<Path> paths) throws Unreadable {
        if (paths.size() < 2) {
            for (Path f : paths) {
                readFile(f, display(f));
            }
            return;
        }
        List<Object> parts = paths.parallelStream().map(f -> {
            DataReader part = new DataReader(positions);
            try {
                part.readFile(f, display(f));
                return (Object) part;
            } catch (Unreadable e) {
                return e;
            }
        }).toList();
        for (Object o : parts) {
            if (o instanceof Unreadable e) {
                throw e;
            }
            DataReader part = (DataReader) o;
            problems.addAll(part.problems);
            sources.addAll(part.sources);
            places.addAll(part.places);
            agreements.addAll(part.agreements);
            programs.addAll(part.programs);
            figures.addAll(part.figures);
            acks.addAll(part.acks);
            loose.addAll(part.loose);
            countries.putAll(part.countries);
            files.addAll(part.files);
        }
    }

    private void readFile(Path f, String name) throws Unreadable {
        // The bundled table is already read; a data set that ships its own copy must not read it twice.
        if (f.getFileName().toString().equals("countries.yaml") && sameAsBundled(f)) {
            files.add(name);
            return;
        }
        readText(name, decode(name, DataFiles.bytes(f, name), problems));
    }

    private static boolean sameAsBundled(Path f) {
        try (InputStream in = DataReader.class.getResourceAsStream("/amity/data/countries.yaml")) {
            return in != null && java.util.Arrays.equals(in.readAllBytes(), Files.readAllBytes(f));
        } catch (IOException e) {
            return false;
        }
    }

    private static String decode(String name, byte[] bytes, List<Problem> problems) {
        java.nio.charset.CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 8L,
                (long) bytes.length + 1));
        java.nio.charset.CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            problems.add(notUtf8(name, bytes, in.position()));
            return "";
        }
        decoder.flush(out);
        return out.flip().toString().replaceFirst("^\uFEFF", "");
    }

    /** Points at the first byte that is not UTF-8, showing its line with that byte replaced. */
    private static Problem notUtf8(String name, byte[] bytes, int bad) {
        int lineStart = 0;
        int line = 1;
        for (int i = 0; i < bad; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int lineEnd = lineStart;
        while (lineEnd < bytes.length && bytes[lineEnd] != '\n' && bytes[lineEnd] != '\r') {
            lineEnd++;
        }
        String before = new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8);
        String text = new String(bytes, lineStart, lineEnd - lineStart, StandardCharsets.UTF_8);
        int column = before.codePointCount(0, before.length()) + 1;
        return new Problem(new Origin(name, line, column, text), 1, String.format(java.util.Locale.ROOT,
                "the byte 0x%02X is not UTF-8; save the file as UTF-8 (it may be Latin-1 or Windows-1252).",
                bytes[bad] & 0xff));
    }

    void readText(String name, String text) {
        files.add(name);
        TreeReader tree = new TreeReader(name, text, problems, positions);
        for (YNode doc : tree.read(text)) {
            if (doc instanceof YNode.YScalar s && s.isNull()) {
                continue;
            }
            if (!(doc instanceof YMap top)) {
                problems.add(new Problem(doc.at(), 1, "a data file is a mapping of lists (sources:, places:, "
                        + "agreements:, ...), not " + doc.kind() + "."));
                continue;
            }
            for (Entry e : top.entries().values()) {
                readList(e);
            }
        }
    }

    private void readList(Entry e) {
        if (!LISTS.contains(e.key())) {
            String hint = Nearest.to(e.key(), LISTS).map(n -> "; did you mean '" + n + "'?")
                    .orElse("; a data file holds " + String.join(", ", LISTS) + ".");
            problems.add(new Problem(e.keyAt(), Fields.width(e.key()), "unknown list '" + e.key() + "'" + hint));
            return;
        }
        if (e.value() instanceof YNode.YScalar s && s.isNull()) {
            return;
        }
        if (!(e.value() instanceof YList list)) {
            problems.add(new Problem(e.value().at(), 1, "'" + e.key() + "' should be a list of records, not "
                    + e.value().kind() + "."));
            return;
        }
        for (YNode item : list.items()) {
            if (!(item instanceof YMap m)) {
                problems.add(new Problem(item.at(), 1, "each item of '" + e.key() + "' should be a mapping of "
                        + "fields, not " + item.kind() + "."));
                continue;
            }
            switch (e.key()) {
                case "sources" -> sources.add(binder.source(m));
                case "places" -> places.add(binder.place(m));
                case "agreements" -> agreements.add(binder.agreement(m));
                case "attestations" -> loose.add(binder.looseAttestation(m));
                case "programs" -> programs.add(binder.program(m));
                case "figures" -> figures.add(binder.figure(m));
                case "acknowledgements" -> acks.add(binder.acknowledgement(m));
                case "countries" -> {
                    Country c = binder.country(m);
                    countries.put(c.code(), c);
                }
                default -> throw new IllegalStateException(e.key());
            }
        }
    }

    private Result result() {
        List<Agreement> boundAgreements = new ArrayList<>(agreements);
        List<Program> boundPrograms = new ArrayList<>(programs);
        attachLoose(boundAgreements, boundPrograms);
        Dataset d = new Dataset(List.copyOf(sources), List.copyOf(places), List.copyOf(boundAgreements),
                List.copyOf(boundPrograms), List.copyOf(figures), List.copyOf(acks),
                java.util.Collections.unmodifiableMap(new LinkedHashMap<>(countries)));
        return new Result(d, problems, List.copyOf(files));
    }

    /** Adds each loose attestation to the record it names; an unknown name is a problem. */
    private void attachLoose(List<Agreement> ags, List<Program> progs) {
        for (RecordBinder.LooseAttestation la : loose) {
            if (!la.agreement().isEmpty()) {
                int i = indexOf(ags, la.agreement());
                if (i < 0) {
                    dangling(la, "agreement", la.agreement(), ags.stream().map(Agreement::id).toList());
                    continue;
                }
                Agreement a = ags.get(i);
                ags.set(i, new Agreement(a.id(), a.parties(), a.type(), a.level(), a.signed(), a.ended(),
                        append(a.attested(), la.attestation()), a.notes(), a.spots()));
            } else if (!la.program().isEmpty()) {
                int i = indexOf(progs, la.program());
                if (i < 0) {
                    dangling(la, "program", la.program(), progs.stream().map(Program::id).toList());
                    continue;
                }
                Program p = progs.get(i);
                progs.set(i, new Program(p.id(), p.name(), p.aliases(), p.kind(), p.participants(), p.started(),
                        p.ended(), p.recurrence(), p.editions(), append(p.attested(), la.attestation()), p.notes(),
                        p.spots()));
            }
        }
    }

    private void dangling(RecordBinder.LooseAttestation la, String kind, String id, List<String> ids) {
        Origin at = la.spots().at(kind);
        problems.add(new Problem(at, Fields.width(id), "no " + kind + " has the id '" + id + "'"
                + Nearest.hint(id, ids)));
    }

    private static <T extends amity.model.Identified> int indexOf(List<T> list, String id) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private static List<Attestation> append(List<Attestation> list, Attestation a) {
        List<Attestation> out = new ArrayList<>(list);
        out.add(a);
        return List.copyOf(out);
    }
}
