package amity.read;

import amity.model.Country;
import amity.model.Origin;
import amity.model.RecordType;
import amity.problem.Problem;
import amity.read.YNode.Entry;
import amity.read.YNode.YList;
import amity.read.YNode.YMap;
import amity.text.Nearest;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The YAML data format: a mapping of lists (sources:, places:, ...), each a list of records. */
final class YamlReader implements RecordReader {
    private static final String ATTESTATIONS = "attestations";
    private static final String COUNTRIES = "countries";
    /** The top-level lists of a file: each record type's, loose attestations and the country table. */
    static final List<String> LISTS = List.of(RecordType.SOURCES.plural(), RecordType.PLACES.plural(),
            RecordType.AGREEMENTS.plural(), ATTESTATIONS, RecordType.PROGRAMS.plural(), RecordType.FIGURES.plural(),
            RecordType.ACKNOWLEDGEMENTS.plural(), COUNTRIES);
    private static final Map<String, RecordType> TYPES = Arrays.stream(RecordType.values())
            .collect(Collectors.toMap(RecordType::plural, t -> t));

    @Override
    public List<String> extensions() {
        return List.of(".yaml", ".yml");
    }

    @Override
    public void read(String name, byte[] bytes, boolean positions, Batch into) {
        into.files.add(name);
        String text = decode(name, bytes, into.problems);
        new TreeReader(name, text, into.problems, positions).read(text, new Binding(into, positions));
    }

    /**
     * Binds each record as soon as the parser has read it, so a file's tree is never held whole; what
     * a document yields joins the batch only when the document is read to its end (a syntax error
     * leaves only the syntax problem, as if nothing of that document were read).
     */
    private static final class Binding implements TreeReader.Documents {
        private final Batch into;
        private final boolean positions;
        private Batch document = new Batch();
        private RecordBinder binder;

        Binding(Batch into, boolean positions) {
            this.into = into;
            this.positions = positions;
            this.binder = new RecordBinder(document.problems, positions);
        }

        @Override
        public boolean streams(String key) {
            return LISTS.contains(key);
        }

        @Override
        public void item(String key, YNode item) {
            bind(key, item, binder, document);
        }

        @Override
        public void document(YNode root) {
            if (root instanceof YMap top) {
                for (Entry e : top.entries().values()) {
                    readList(e, binder, document);
                }
            } else if (!(root instanceof YNode.YScalar s && s.isNull())) {
                document.problems.add(new Problem(root.at(), 1, "a data file is a mapping of lists (sources:, places:, "
                        + "agreements:, ...), not " + root.kind() + "."));
            }
            into.addAll(document);
            document = new Batch();
            binder = new RecordBinder(document.problems, positions);
        }
    }

    /** One top-level entry as the document holds it: a list streamed item by item stands there empty. */
    private static void readList(Entry e, RecordBinder binder, Batch into) {
        List<Problem> problems = into.problems;
        if (!LISTS.contains(e.key())) {
            String hint = Nearest.hint(e.key(), LISTS, "; a data file holds " + String.join(", ", LISTS) + ".");
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
            bind(e.key(), item, binder, into);
        }
    }

    private static void bind(String list, YNode item, RecordBinder binder, Batch into) {
        if (!(item instanceof YMap m)) {
            into.problems.add(new Problem(item.at(), 1, "each item of '" + list + "' should be a mapping of "
                    + "fields, not " + item.kind() + "."));
            return;
        }
        switch (list) {
            case ATTESTATIONS -> into.loose.add(binder.looseAttestation(m));
            case COUNTRIES -> {
                Country c = binder.country(m);
                into.countries.put(c.code(), c);
            }
            default -> {
                switch (TYPES.get(list)) {
                    case SOURCES -> into.sources.add(binder.source(m));
                    case PLACES -> into.places.add(binder.place(m));
                    case AGREEMENTS -> into.agreements.add(binder.agreement(m));
                    case PROGRAMS -> into.programs.add(binder.program(m));
                    case FIGURES -> into.figures.add(binder.figure(m));
                    case ACKNOWLEDGEMENTS -> into.acks.add(binder.acknowledgement(m));
                }
            }
        }
    }

    /** The text of a UTF-8 file without its byte-order mark; a byte that is not UTF-8 is a problem. */
    static String decode(String name, byte[] bytes, List<Problem> problems) {
        // The JDK's own decoding is the fast one; it marks a bad byte with U+FFFD, and only then (or when
        // the file holds U+FFFD itself) does the strict decoder look for the byte.
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer in = ByteBuffer.wrap(bytes);
            CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 8L, (long) bytes.length + 1));
            if (decoder.decode(in, out, true).isError()) {
                problems.add(notUtf8(name, bytes, in.position()));
                return "";
            }
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
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
        return new Problem(new Origin(name, line, column, text), 1, String.format(Locale.ROOT,
                "the byte 0x%02X is not UTF-8; save the file as UTF-8 (it may be Latin-1 or Windows-1252).",
                bytes[bad] & 0xff));
    }
}
