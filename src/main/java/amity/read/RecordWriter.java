package amity.read;

import amity.model.DateInterval;
import amity.model.Ending;
import amity.model.Key;
import amity.model.Qualifier;
import amity.model.RecordType;
import amity.model.Shape;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Writes records as a data file in amity's own format, field by field as {@link Shape} declares
 * them (so a field added there is written with no change here): the lists in the order the reader
 * lists them, each record's keys in declaration order, values not given left out. What it writes
 * reads back as the same records, and writing those again gives the same bytes.
 */
public final class RecordWriter {
    private static final YAMLFactory FACTORY = YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build();

    private RecordWriter() {
    }

    /** Writes the file's records, after a comment line ({@code header}, "" for none). */
    public static void write(DataFile f, String header, OutputStream out) throws IOException {
        if (!header.isEmpty()) {
            out.write(("# " + header + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        try (YAMLGenerator g = FACTORY.createGenerator(out)) {
            g.writeStartObject();
            list(g, RecordType.SOURCES.plural(), Shape.SOURCE, f.sources());
            list(g, RecordType.PLACES.plural(), Shape.PLACE, f.places());
            list(g, RecordType.AGREEMENTS.plural(), Shape.AGREEMENT, f.agreements());
            if (!f.attestations().isEmpty()) {
                g.writeArrayFieldStart("attestations");
                for (DataFile.Loose l : f.attestations()) {
                    g.writeStartObject();
                    text(g, "agreement", l.agreement());
                    text(g, "program", l.program());
                    fields(g, Shape.ATTESTATION, l.attestation());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            list(g, RecordType.PROGRAMS.plural(), Shape.PROGRAM, f.programs());
            list(g, RecordType.FIGURES.plural(), Shape.FIGURE, f.figures());
            list(g, RecordType.ACKNOWLEDGEMENTS.plural(), Shape.ACKNOWLEDGEMENT, f.acknowledgements());
            g.writeEndObject();
        }
    }

    private static void list(YAMLGenerator g, String name, Shape shape, List<? extends Record> records)
            throws IOException {
        if (records.isEmpty()) {
            return;
        }
        g.writeArrayFieldStart(name);
        for (Record r : records) {
            g.writeStartObject();
            fields(g, shape, r);
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** The record's fields in the shape's order, each read through its key. */
    @SuppressWarnings("unchecked")
    private static void fields(YAMLGenerator g, Shape shape, Record r) throws IOException {
        for (Key<?, ?> key : shape.keys()) {
            value(g, key, ((Key<Record, ?>) key).of(r));
        }
    }

    private static void value(YAMLGenerator g, Key<?, ?> key, Object v) throws IOException {
        String name = key.name();
        switch (key.kind()) {
            case TEXT -> text(g, name, (String) v);
            case DATE -> {
                DateInterval d = (DateInterval) v;
                if (d.given()) {
                    g.writeStringField(name, d.text());
                }
            }
            case ENDING -> {
                Optional<DateInterval> d = ((Ending) v).date();
                if (d.isPresent()) {
                    g.writeStringField(name, d.get().text());
                }
            }
            case BOOLEAN -> {
                if ((Boolean) v) {
                    g.writeFieldName(name);
                    g.writeBoolean(true);
                }
            }
            case NUMBER -> {
                g.writeFieldName(name);
                g.writeNumber(((BigDecimal) v).toPlainString());
            }
            case QUALIFIER -> g.writeStringField(name, ((Qualifier) v).slug());
            case TEXTS -> {
                List<?> texts = (List<?>) v;
                if (!texts.isEmpty()) {
                    g.writeArrayFieldStart(name);
                    for (Object t : texts) {
                        g.writeString((String) t);
                    }
                    g.writeEndArray();
                }
            }
            case ATTESTATIONS, EDITIONS, PREDECESSORS -> nested(g, name, Shape.of(key.kind()).orElseThrow(),
                    (List<?>) v);
            case COUNTS -> {
                Optional<?> c = (Optional<?>) v;
                if (c.isPresent()) {
                    g.writeObjectFieldStart(name);
                    fields(g, Shape.COUNTS, (Record) c.get());
                    g.writeEndObject();
                }
            }
        }
    }

    private static void nested(YAMLGenerator g, String name, Shape shape, List<?> items) throws IOException {
        if (items.isEmpty()) {
            return;
        }
        g.writeArrayFieldStart(name);
        for (Object item : items) {
            g.writeStartObject();
            fields(g, shape, (Record) item);
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void text(YAMLGenerator g, String name, String v) throws IOException {
        if (!v.isEmpty()) {
            g.writeStringField(name, v);
        }
    }
}
