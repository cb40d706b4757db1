package amity.render;

import amity.report.listing.ShowRecord;
import amity.table.Column;
import amity.table.FieldType;
import amity.table.Table;
import amity.table.Value;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * JSON (one pretty-printed array) and JSON Lines (one compact object per line) through Jackson: keys
 * in column order, numbers as numbers, lists as arrays, missing as null, dates as the text written
 * followed by their {@link DateBounds}, ranges as {"lo": .., "hi": ..}; non-ASCII unescaped.
 */
final class JsonWriter {
    // The streaming factory, not ObjectMapper: databind costs start-up time and is not needed here.
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonWriter() {
    }

    static void write(Table table, boolean lines, PrintWriter out) {
        try {
            JsonGenerator g = generator(out, lines);
            if (lines) {
                for (Table.TableRow r : table.rows()) {
                    object(g, table, r);
                    g.flush();
                    out.print('\n');
                }
                return;
            }
            g.writeStartArray();
            for (Table.TableRow r : table.rows()) {
                object(g, table, r);
            }
            g.writeEndArray();
            g.flush();
            out.print('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One record of `show`: one object (pretty-printed, or on one line for JSON Lines) of its fields,
     * then each part: objects as an array (or one object), ids as an array of strings.
     */
    static void write(ShowRecord record, boolean lines, PrintWriter out) {
        try {
            JsonGenerator g = generator(out, lines);
            g.writeStartObject();
            fields(g, record.fields(), record.fields().rows().get(0));
            for (ShowRecord.Part part : record.parts()) {
                g.writeFieldName(part.name());
                if (part instanceof ShowRecord.Objects o && o.single()) {
                    object(g, o.rows(), o.rows().rows().get(0));
                } else if (part instanceof ShowRecord.Objects o) {
                    g.writeStartArray();
                    for (Table.TableRow r : o.rows().rows()) {
                        object(g, o.rows(), r);
                    }
                    g.writeEndArray();
                } else if (part instanceof ShowRecord.Ids ids) {
                    g.writeStartArray();
                    for (String id : ids.ids()) {
                        g.writeString(id);
                    }
                    g.writeEndArray();
                }
            }
            g.writeEndObject();
            g.flush();
            out.print('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A generator on {@code out}: compact for JSON Lines, else indented by two spaces. */
    private static JsonGenerator generator(PrintWriter out, boolean lines) throws IOException {
        JsonGenerator g = FACTORY.createGenerator(out);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        // One object per line for JSON Lines: no separator of Jackson's own between root values.
        g.setRootValueSeparator(null);
        if (!lines) {
            g.setPrettyPrinter(new DefaultPrettyPrinter()
                    .withSeparators(Separators.createDefaultInstance()
                            .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));
        }
        return g;
    }

    private static void object(JsonGenerator g, Table table, Table.TableRow r) throws IOException {
        g.writeStartObject();
        fields(g, table, r);
        g.writeEndObject();
    }

    private static void fields(JsonGenerator g, Table table, Table.TableRow r) throws IOException {
        for (int i = 0; i < table.columns().size(); i++) {
            Column c = table.columns().get(i);
            Value v = r.cells().get(i);
            g.writeFieldName(c.name());
            value(g, v);
            if (c.type() == FieldType.DATE) {
                List<String> names = DateBounds.names(c.name());
                List<String> days = DateBounds.of(v);
                for (int k = 0; k < names.size(); k++) {
                    g.writeFieldName(names.get(k));
                    g.writeString(days.get(k));
                }
            }
        }
    }

    private static void value(JsonGenerator g, Value v) throws IOException {
        if (v instanceof Value.Text t) {
            g.writeString(t.text());
        } else if (v instanceof Value.Num n) {
            g.writeNumber(n.number());
        } else if (v instanceof Value.Date d) {
            g.writeString(d.date().text());
        } else if (v instanceof Value.Bool b) {
            g.writeBoolean(b.bool());
        } else if (v instanceof Value.Range r) {
            g.writeStartObject();
            g.writeFieldName("lo");
            g.writeNumber(r.lo());
            g.writeFieldName("hi");
            g.writeNumber(r.hi());
            g.writeEndObject();
        } else if (v instanceof Value.ListOf l) {
            g.writeStartArray();
            for (Value item : l.items()) {
                value(g, item);
            }
            g.writeEndArray();
        } else {
            g.writeNull();
        }
    }
}
