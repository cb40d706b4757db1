package amity.render;

import amity.query.Value;
import amity.report.Column;
import amity.report.Table;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * JSON (one pretty-printed array) and JSON Lines (one compact object per line) through Jackson: keys
 * in column order, numbers as numbers, lists as arrays, missing as null, dates as the text written
 * followed by NAME_earliest and NAME_latest, ranges as {"lo": .., "hi": ..}; non-ASCII unescaped.
 */
final class JsonWriter {
    // The streaming factory, not ObjectMapper: databind costs start-up time and is not needed here.
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonWriter() {
    }

    static void write(Table table, boolean lines, PrintWriter out) {
        try {
            JsonGenerator g = FACTORY.createGenerator(out);
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            // One object per line for JSON Lines: no separator of Jackson's own between root values.
            g.setRootValueSeparator(null);
            if (lines) {
                for (Table.TableRow r : table.rows()) {
                    object(g, table, r);
                    g.flush();
                    out.print('\n');
                }
                return;
            }
            DefaultPrettyPrinter pp = new DefaultPrettyPrinter()
                    .withSeparators(Separators.createDefaultInstance()
                            .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n"));
            g.setPrettyPrinter(pp);
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

    private static void object(JsonGenerator g, Table table, Table.TableRow r) throws IOException {
        g.writeStartObject();
        for (int i = 0; i < table.columns().size(); i++) {
            Column c = table.columns().get(i);
            Value v = r.cells().get(i);
            g.writeFieldName(c.name());
            value(g, v);
            if (c.type() == amity.query.FieldType.DATE) {
                Value.Date d = v instanceof Value.Date x ? x : null;
                g.writeFieldName(c.name() + "_earliest");
                if (d == null || d.date().openStart()) {
                    g.writeNull();
                } else {
                    g.writeString(d.date().earliest().toString());
                }
                g.writeFieldName(c.name() + "_latest");
                if (d == null || d.date().openEnd()) {
                    g.writeNull();
                } else {
                    g.writeString(d.date().latest().toString());
                }
            }
        }
        g.writeEndObject();
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
