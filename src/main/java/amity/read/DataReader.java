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
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

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

    /** A data path that does not exist: exit 66, not a data error. */
    public static final class MissingPath extends Exception {
        private static final long serialVersionUID = 1L;

        public MissingPath(String path) {
            super(path);
        }
    }

    private final List<Problem> problems = new ArrayList<>();
    private final RecordBinder binder = new RecordBinder(problems);
    private final List<Source> sources = new ArrayList<>();
    private final List<Place> places = new ArrayList<>();
    private final List<Agreement> agreements = new ArrayList<>();
    private final List<Program> programs = new ArrayList<>();
    private final List<Figure> figures = new ArrayList<>();
    private final List<Acknowledgement> acks = new ArrayList<>();
    private final List<RecordBinder.LooseAttestation> loose = new ArrayList<>();
    private final Map<String, Country> countries = new TreeMap<>();
    private final List<String> files = new ArrayList<>();

    /**
     * Reads the given paths ("-" is standard input) after the bundled country table.
     * {@code stdin} is read only when a path is "-".
     */
    public static Result read(List<String> paths, InputStream stdin) throws MissingPath {
        DataReader r = new DataReader();
        r.readCountryTable();
        List<Path> found = new ArrayList<>();
        for (String p : paths) {
            if (p.equals("-")) {
                continue;
            }
            Path path = Path.of(p);
            if (!Files.exists(path)) {
                throw new MissingPath(p);
            }
        }
        for (String p : paths) {
            if (p.equals("-")) {
                try {
                    r.readText("<stdin>", decode("<stdin>", stdin.readAllBytes(), r.problems));
                } catch (IOException e) {
                    r.problems.add(new Problem(new Origin("<stdin>", 1, 1, ""), 1, "could not read: " + e.getMessage()));
                }
                continue;
            }
            found.clear();
            collect(Path.of(p), found, r.problems);
            for (Path f : found) {
                r.readFile(f, display(f));
            }
        }
        return r.result();
    }

    /** The bundled data directory inside the jar or class path, for the default data set. */
    public static Result readPath(Path dir) {
        DataReader r = new DataReader();
        r.readCountryTable();
        List<Path> found = new ArrayList<>();
        collect(dir, found, r.problems);
        for (Path f : found) {
            r.readFile(f, display(f));
        }
        return r.result();
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

    private static void collect(Path p, List<Path> out, List<Problem> problems) {
        if (Files.isDirectory(p)) {
            try (Stream<Path> walk = Files.walk(p)) {
                walk.filter(Files::isRegularFile).filter(DataReader::isYaml)
                        .sorted((a, b) -> a.toString().compareTo(b.toString())).forEach(out::add);
            } catch (IOException e) {
                problems.add(new Problem(new Origin(p.toString(), 0, 0, ""), 1, "could not list the folder: "
                        + e.getMessage() + "."));
            }
        } else {
            out.add(p);
        }
    }

    private static boolean isYaml(Path p) {
        String n = p.getFileName().toString();
        return n.endsWith(".yaml") || n.endsWith(".yml");
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

    private void readFile(Path f, String name) {
        // The bundled table is already read; a data set that ships its own copy must not read it twice.
        if (f.getFileName().toString().equals("countries.yaml") && sameAsBundled(f)) {
            files.add(name);
            return;
        }
        try {
            readText(name, decode(name, Files.readAllBytes(f), problems));
        } catch (IOException e) {
            problems.add(new Problem(new Origin(name, 0, 0, ""), 1, "could not read the file: " + e.getMessage()
                    + "."));
        }
    }

    private static boolean sameAsBundled(Path f) {
        try (InputStream in = DataReader.class.getResourceAsStream("/amity/data/countries.yaml")) {
            return in != null && java.util.Arrays.equals(in.readAllBytes(), Files.readAllBytes(f));
        } catch (IOException e) {
            return false;
        }
    }

    private static String decode(String name, byte[] bytes, List<Problem> problems) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString()
                    .replaceFirst("^\uFEFF", "");
        } catch (CharacterCodingException e) {
            problems.add(new Problem(new Origin(name, 1, 1, ""), 1, "the file is not UTF-8 text; save it as UTF-8."));
            return "";
        }
    }

    void readText(String name, String text) {
        files.add(name);
        TreeReader tree = new TreeReader(name, text, problems);
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
