package amity.read;

import amity.model.Country;
import amity.model.Origin;
import amity.model.RecordType;
import amity.read.YNode.Entry;
import amity.read.YNode.YList;
import amity.read.YNode.YMap;
import amity.text.Nearest;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** The YAML data format: a mapping of lists (sources:, places:, ...), each a list of records. */
final class YamlReader implements RecordReader {
    private static final String ATTESTATIONS = "attestations";
    private static final String COUNTRIES = "countries";
    /** The top-level lists of a file: each record type's, loose attestations and the country table. */
    static final List<String> LISTS = List.of(RecordType.SOURCES.plural(), RecordType.PLACES.plural(),
            RecordType.AGREEMENTS.plural(), ATTESTATIONS, RecordType.PROGRAMS.plural(), RecordType.FIGURES.plural(),
            RecordType.ACKNOWLEDGEMENTS.plural(), COUNTRIES);

    @Override
    public List<String> extensions() {
        return List.of(".yaml", ".yml");
    }

    @Override
    public void read(String name, byte[] bytes, boolean positions, Batch into) {
        into.files.add(name);
        String text = decode(name, bytes, into.problems);
        RecordBinder binder = new RecordBinder(into.problems, positions);
        TreeReader tree = new TreeReader(name, text, into.problems, positions);
        for (YNode doc : tree.read(text)) {
            if (doc instanceof YNode.YScalar s && s.isNull()) {
                continue;
            }
            if (!(doc instanceof YMap top)) {
                into.problems.add(new Problem(doc.at(), 1, "a data file is a mapping of lists (sources:, places:, "
                        + "agreements:, ...), not " + doc.kind() + "."));
                continue;
            }
            for (Entry e : top.entries().values()) {
                readList(e, binder, into);
            }
        }
    }

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
            if (!(item instanceof YMap m)) {
                problems.add(new Problem(item.at(), 1, "each item of '" + e.key() + "' should be a mapping of "
                        + "fields, not " + item.kind() + "."));
                continue;
            }
            if (e.key().equals(ATTESTATIONS)) {
                into.loose.add(binder.looseAttestation(m));
            } else if (e.key().equals(COUNTRIES)) {
                Country c = binder.country(m);
                into.countries.put(c.code(), c);
            } else {
                switch (RecordType.named(e.key()).orElseThrow()) {
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
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 8L, (long) bytes.length + 1));
        CoderResult result = decoder.decode(in, out, true);
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
        return new Problem(new Origin(name, line, column, text), 1, String.format(Locale.ROOT,
                "the byte 0x%02X is not UTF-8; save the file as UTF-8 (it may be Latin-1 or Windows-1252).",
                bytes[bad] & 0xff));
    }
}
