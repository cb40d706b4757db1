package amity.codegen;

import amity.model.Key;
import amity.model.Shape;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Build-time generator of amity.read.SnapshotCodec's source from the {@link Shape}s: one write and one
 * read method per shape, field by field in declaration order (a loop over the keys at run time cost a
 * warm 1M-record load 0.7 s more CPU); the helpers around them (string and date tables, bounds checks)
 * are the template below. Maven compiles amity.model and this class first (process-sources), runs it,
 * and compiles the rest with its output; it needs nothing but the model, so a field added to a shape
 * is in the codec on the next build. Usage: CodecSource GENERATED_SOURCES_DIR
 */
public final class CodecSource {
    /** The top-level shapes in the order a snapshot holds them; sources first, for publication dates. */
    private static final List<Shape> TOP = List.of(Shape.SOURCE, Shape.PLACE, Shape.AGREEMENT, Shape.PROGRAM,
            Shape.FIGURE, Shape.ACKNOWLEDGEMENT);
    private static final List<Shape> NESTED = List.of(Shape.ATTESTATION, Shape.PREDECESSOR, Shape.EDITION,
            Shape.COUNTS);

    private CodecSource() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0], "amity/read/SnapshotCodec.java");
        String text = java();
        // Written only when it changes: a new file time would make the compiler redo the whole module.
        if (!Files.exists(out) || !Files.readString(out, StandardCharsets.UTF_8).equals(text)) {
            Files.createDirectories(out.getParent());
            Files.writeString(out, text, StandardCharsets.UTF_8);
        }
    }

    /** The component names of a shape's record, one per key (ShapeTest holds them in order). */
    private static List<String> components(Shape s) {
        RecordComponent[] c = s.model().getRecordComponents();
        return Arrays.stream(c).limit(s.keys().size()).map(RecordComponent::getName).toList();
    }

    static String java() {
        StringBuilder w = new StringBuilder();
        StringBuilder r = new StringBuilder();
        for (Shape s : TOP) {
            writer(w, s);
            reader(r, s);
        }
        writer(w, Shape.COUNTRY);
        reader(r, Shape.COUNTRY);
        for (Shape s : NESTED) {
            writer(w, s);
            reader(r, s);
            if (s != Shape.COUNTS) {
                listReader(r, s);
            }
        }
        return TEMPLATE.replace("//@WRITERS\n", w.toString()).replace("//@READERS\n", r.toString());
    }

    private static String type(Shape s) {
        return s.model().getSimpleName();
    }

    private static String method(Shape s) {
        String t = type(s);
        return t.substring(0, 1).toLowerCase(Locale.ROOT) + t.substring(1);
    }

    /** Whether reading it needs the sources' publication dates (it holds attestations). */
    private static boolean dated(Shape s) {
        return s == Shape.ATTESTATION || s.keys().stream().anyMatch(k -> k.kind() == Shape.Kind.ATTESTATIONS);
    }

    private static void writer(StringBuilder sb, Shape s) {
        String t = type(s);
        sb.append("\n        private void ").append(method(s)).append('(').append(t)
                .append(" r) throws IOException {\n");
        List<String> names = components(s);
        List<Key<?, ?>> keys = s.keys();
        for (int i = 0; i < keys.size(); i++) {
            String get = "r." + names.get(i) + "()";
            sb.append("            ").append(switch (keys.get(i).kind()) {
                case TEXT -> "str(" + get + ");";
                case TEXTS -> "strings(" + get + ");";
                case DATE -> "date(" + get + ");";
                case ENDING -> "ending(" + get + ");";
                case BOOLEAN -> "out.writeBoolean(" + get + ");";
                case NUMBER -> "str(" + get + ".toString());";
                case QUALIFIER -> "out.writeByte(" + get + ".ordinal());";
                case ATTESTATIONS, PREDECESSORS, EDITIONS -> {
                    Shape item = Shape.of(keys.get(i).kind()).orElseThrow();
                    yield "out.writeInt(" + get + ".size());\n            for (" + type(item) + " x : " + get
                            + ") {\n                " + method(item) + "(x);\n            }";
                }
                case COUNTS -> "out.writeBoolean(" + get + ".isPresent());\n            if (" + get
                        + ".isPresent()) {\n                counts(" + get + ".get());\n            }";
            }).append('\n');
        }
        sb.append("        }\n");
    }

    private static void reader(StringBuilder sb, Shape s) {
        String t = type(s);
        sb.append("\n        private ").append(t).append(' ').append(method(s)).append('(')
                .append(dated(s) ? "Map<String, Published> published" : "").append(") throws IOException {\n");
        List<String> names = components(s);
        List<Key<?, ?>> keys = s.keys();
        for (int i = 0; i < keys.size(); i++) {
            String n = names.get(i);
            sb.append("            ").append(switch (keys.get(i).kind()) {
                case TEXT -> "String " + n + " = str();";
                case TEXTS -> "List<String> " + n + " = strings();";
                case DATE -> "DateInterval " + n + " = date();";
                case ENDING -> "Ending " + n + " = ending();";
                case BOOLEAN -> "boolean " + n + " = bool();";
                case NUMBER -> "BigDecimal " + n + " = new BigDecimal(str());";
                case QUALIFIER -> "Qualifier " + n + " = qualifier();";
                case ATTESTATIONS, PREDECESSORS, EDITIONS -> {
                    Shape item = Shape.of(keys.get(i).kind()).orElseThrow();
                    yield "List<" + type(item) + "> " + n + " = " + method(item) + "s(" + (dated(item) ? "published"
                            : "") + ");";
                }
                case COUNTS -> "Optional<Counts> " + n + " = bool() ? Optional.of(counts()) : Optional.empty();";
            }).append('\n');
        }
        sb.append("            return new ").append(t).append('(').append(String.join(", ", names));
        if (s.hasSpots()) {
            sb.append(", Spots.NONE");
        }
        if (s == Shape.ATTESTATION) {
            // Made knowing its source's publication date: the data set need not rebuild it.
            sb.append(",\n                    source == null ? Published.NONE : published.getOrDefault(source, "
                    + "Published.NONE)");
        }
        sb.append(");\n        }\n");
    }

    private static void listReader(StringBuilder sb, Shape s) {
        String t = type(s);
        String arg = dated(s) ? "published" : "";
        sb.append("\n        private List<").append(t).append("> ").append(method(s)).append("s(")
                .append(dated(s) ? "Map<String, Published> published" : "").append(") throws IOException {\n")
                .append("            int n = count();\n")
                .append("            switch (n) {\n")
                .append("                case 0:\n                    return List.of();\n")
                .append("                case 1:\n                    return List.of(").append(method(s)).append('(')
                .append(arg).append("));\n")
                .append("                default:\n                    break;\n            }\n")
                .append("            List<").append(t).append("> out = new ArrayList<>(n);\n")
                .append("            for (int i = 0; i < n; i++) {\n                out.add(").append(method(s))
                .append('(').append(arg).append("));\n            }\n")
                .append("            return List.copyOf(out);\n        }\n");
    }

    private static final String TEMPLATE = """
            package amity.read;

            // GENERATED at build time from the declarations in amity.model.Shape (src/codegen: CodecSource).

            import amity.model.Acknowledgement;
            import amity.model.Agreement;
            import amity.model.Attestation;
            import amity.model.Counts;
            import amity.model.Country;
            import amity.model.Dataset;
            import amity.model.DateInterval;
            import amity.model.Edition;
            import amity.model.Ending;
            import amity.model.Figure;
            import amity.model.Place;
            import amity.model.Predecessor;
            import amity.model.Program;
            import amity.model.Published;
            import amity.model.Qualifier;
            import amity.model.Shape;
            import amity.model.Source;
            import amity.model.Spots;
            import java.io.DataOutputStream;
            import java.io.IOException;
            import java.math.BigDecimal;
            import java.nio.ByteBuffer;
            import java.nio.charset.StandardCharsets;
            import java.time.LocalDate;
            import java.util.ArrayList;
            import java.util.HashMap;
            import java.util.LinkedHashMap;
            import java.util.List;
            import java.util.Map;
            import java.util.Optional;

            /**
             * The records of a checked data set in a compact binary form, for {@link Snapshot}. Every distinct
             * string is written once and then referred to by number, so a party id read back is the same String
             * as its place's id. Positions (spots) are not kept: a snapshot exists only for data without errors,
             * and nothing but an error message needs them.
             */
            final class SnapshotCodec {
                private SnapshotCodec() {
                }

                /** Every shape's fields in the order they are written: part of a snapshot's version. */
                static String layout() {
                    StringBuilder sb = new StringBuilder();
                    for (Shape s : Shape.values()) {
                        sb.append(s.name()).append(':');
                        s.keys().forEach(k -> sb.append(k.name()).append('=').append(k.kind()).append(','));
                        sb.append('\\n');
                    }
                    return sb.toString();
                }

                /** Writes records; strings go through a table. */
                static final class Out {
                    private final DataOutputStream out;
                    private final Map<String, Integer> strings = new HashMap<>();
                    private final Map<DateInterval, Integer> dates = new HashMap<>();

                    Out(DataOutputStream out) {
                        this.out = out;
                    }

                    void dataset(Dataset d, List<String> files) throws IOException {
                        strings(files);
                        out.writeInt(d.sources().size());
                        for (Source r : d.sources()) {
                            source(r);
                        }
                        out.writeInt(d.places().size());
                        for (Place r : d.places()) {
                            place(r);
                        }
                        out.writeInt(d.agreements().size());
                        for (Agreement r : d.agreements()) {
                            agreement(r);
                        }
                        out.writeInt(d.programs().size());
                        for (Program r : d.programs()) {
                            program(r);
                        }
                        out.writeInt(d.figures().size());
                        for (Figure r : d.figures()) {
                            figure(r);
                        }
                        out.writeInt(d.acknowledgements().size());
                        for (Acknowledgement r : d.acknowledgements()) {
                            acknowledgement(r);
                        }
                        out.writeInt(d.countries().size());
                        for (Country r : d.countries().values()) {
                            country(r);
                        }
                    }
            //@WRITERS

                    private void strings(List<String> list) throws IOException {
                        out.writeInt(list.size());
                        for (String s : list) {
                            str(s);
                        }
                    }

                    private void ending(Ending e) throws IOException {
                        date(e.date().orElse(DateInterval.UNKNOWN));
                    }

                    /**
                     * A date: -1 for one not given, its number when seen before, else -2 and its flags, text and days
                     * (a million agreements share a few thousand dates).
                     */
                    private void date(DateInterval d) throws IOException {
                        if (!d.given()) {
                            out.writeInt(-1);
                            return;
                        }
                        Integer known = dates.get(d);
                        if (known != null) {
                            out.writeInt(known);
                            return;
                        }
                        dates.put(d, dates.size());
                        out.writeInt(-2);
                        out.writeByte((d.uncertain() ? 2 : 0) | (d.approximate() ? 4 : 0));
                        str(d.text());
                        out.writeLong(d.earliest().toEpochDay());
                        out.writeLong(d.latest().toEpochDay());
                    }

                    /** A string: -1 for null, its number when seen before, else -2 and its UTF-8 bytes. */
                    private void str(String s) throws IOException {
                        if (s == null) {
                            out.writeInt(-1);
                            return;
                        }
                        Integer known = strings.get(s);
                        if (known != null) {
                            out.writeInt(known);
                            return;
                        }
                        strings.put(s, strings.size());
                        byte[] b = s.getBytes(StandardCharsets.UTF_8);
                        out.writeInt(-2);
                        out.writeInt(b.length);
                        out.write(b);
                    }
                }

                /**
                 * Reads what {@link Out} wrote, straight from the snapshot's bytes; any inconsistency is an
                 * IOException (the snapshot is then ignored).
                 */
                static final class In {
                    private static final Qualifier[] QUALIFIERS = Qualifier.values();
                    private final ByteBuffer in;
                    private final List<String> strings = new ArrayList<>();
                    private final List<DateInterval> dates = new ArrayList<>();

                    In(ByteBuffer in) {
                        this.in = in;
                    }

                    record Read(Dataset dataset, List<String> files) {
                    }

                    Read dataset() throws IOException {
                        List<String> files = strings();
                        int n = count();
                        List<Source> sources = new ArrayList<>(n);
                        for (int i = 0; i < n; i++) {
                            sources.add(source());
                        }
                        n = count();
                        List<Place> places = new ArrayList<>(n);
                        for (int i = 0; i < n; i++) {
                            places.add(place());
                        }
                        n = count();
                        List<Agreement> agreements = new ArrayList<>(n);
                        // Each attestation is made knowing its source's publication date: the data set need not rebuild it.
                        Map<String, Published> published = Dataset.publicationDates(sources);
                        for (int i = 0; i < n; i++) {
                            agreements.add(agreement(published));
                        }
                        n = count();
                        List<Program> programs = new ArrayList<>(n);
                        for (int i = 0; i < n; i++) {
                            programs.add(program(Map.of()));
                        }
                        n = count();
                        List<Figure> figures = new ArrayList<>(n);
                        for (int i = 0; i < n; i++) {
                            figures.add(figure());
                        }
                        n = count();
                        List<Acknowledgement> acks = new ArrayList<>(n);
                        for (int i = 0; i < n; i++) {
                            acks.add(acknowledgement());
                        }
                        n = count();
                        Map<String, Country> countries = new LinkedHashMap<>();
                        for (int i = 0; i < n; i++) {
                            Country c = country();
                            countries.put(c.code(), c);
                        }
                        Dataset d = Dataset.published(List.copyOf(sources), List.copyOf(places), List.copyOf(agreements),
                                List.copyOf(programs), List.copyOf(figures), List.copyOf(acks),
                                java.util.Collections.unmodifiableMap(countries));
                        return new Read(d, files);
                    }
            //@READERS

                    private Qualifier qualifier() throws IOException {
                        int q = in.get();
                        if (q < 0 || q >= QUALIFIERS.length) {
                            throw new IOException("bad qualifier " + q);
                        }
                        return QUALIFIERS[q];
                    }

                    private List<String> strings() throws IOException {
                        int n = count();
                        // Most lists are a record's two parties or one name: made without an intermediate copy.
                        switch (n) {
                            case 0:
                                return List.of();
                            case 1:
                                return List.of(str());
                            case 2:
                                return List.of(str(), str());
                            default:
                                break;
                        }
                        List<String> out = new ArrayList<>(n);
                        for (int i = 0; i < n; i++) {
                            out.add(str());
                        }
                        return List.copyOf(out);
                    }

                    private Ending ending() throws IOException {
                        DateInterval d = date();
                        return d.given() ? new Ending.Ended(d) : Ending.LASTS;
                    }

                    private DateInterval date() throws IOException {
                        int i = in.getInt();
                        if (i == -1) {
                            return DateInterval.UNKNOWN;
                        }
                        if (i == -2) {
                            int flags = in.get();
                            if ((flags & ~6) != 0) {
                                throw new IOException("bad date flags " + flags);
                            }
                            String text = str();
                            long earliest = in.getLong();
                            long latest = in.getLong();
                            try {
                                DateInterval d = new DateInterval(text, LocalDate.ofEpochDay(earliest),
                                        LocalDate.ofEpochDay(latest), (flags & 2) != 0, (flags & 4) != 0);
                                dates.add(d);
                                return d;
                            } catch (java.time.DateTimeException e) {
                                throw new IOException("bad date", e);
                            }
                        }
                        if (i < 0 || i >= dates.size()) {
                            throw new IOException("bad date reference " + i);
                        }
                        return dates.get(i);
                    }

                    private boolean bool() {
                        return in.get() != 0;
                    }

                    private int count() throws IOException {
                        int n = in.getInt();
                        // Every element takes at least a byte: a larger count is damage, not a reason to allocate.
                        if (n < 0 || n > in.remaining()) {
                            throw new IOException("bad count " + n);
                        }
                        return n;
                    }

                    private String str() throws IOException {
                        int i = in.getInt();
                        if (i == -1) {
                            return null;
                        }
                        if (i == -2) {
                            int length = count();
                            String s = new String(in.array(), in.arrayOffset() + in.position(), length, StandardCharsets.UTF_8);
                            in.position(in.position() + length);
                            strings.add(s);
                            return s;
                        }
                        if (i < 0 || i >= strings.size()) {
                            throw new IOException("bad string reference " + i);
                        }
                        return strings.get(i);
                    }
                }
            }
            """;
}
