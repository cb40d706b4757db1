package amity.report.listing;

import amity.model.Agreement;
import amity.model.Attestation;
import amity.model.Dataset;
import amity.model.Edition;
import amity.model.Figure;
import amity.model.Identified;
import amity.model.Place;
import amity.model.Predecessor;
import amity.model.Program;
import amity.model.Source;
import amity.query.RecordFields;
import amity.query.ValueRow;
import amity.table.Column;
import amity.table.FieldType;
import amity.table.Table;
import amity.table.Tone;
import amity.table.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * `amity show`: one record's fields, its attestations, and every record that refers to it, as
 * field/value rows for people ({@link #table}) or as one typed record for programs ({@link #record}).
 */
public final class ShowReport {
    // The objects of `show --format json`: a statement's parts, in the order the data files write them.
    private static final List<Column> ATTESTATION = List.of(new Column("source", FieldType.TEXT),
            new Column("date", FieldType.DATE), new Column("type", FieldType.TEXT), new Column("quote", FieldType.TEXT),
            new Column("cites", FieldType.LIST), new Column("reports", FieldType.TEXT),
            new Column("notes", FieldType.TEXT));
    private static final List<Column> PREDECESSOR = List.of(new Column("type", FieldType.TEXT),
            new Column("date", FieldType.DATE), new Column("source", FieldType.TEXT),
            new Column("quote", FieldType.TEXT), new Column("cites", FieldType.LIST),
            new Column("notes", FieldType.TEXT));
    private static final List<Column> EDITION = List.of(new Column("date", FieldType.DATE),
            new Column("place", FieldType.TEXT), new Column("title", FieldType.TEXT),
            new Column("source", FieldType.TEXT), new Column("quote", FieldType.TEXT));
    private static final List<Column> COUNTS = List.of(new Column("type", FieldType.TEXT),
            new Column("of", FieldType.TEXT), new Column("where", FieldType.TEXT),
            new Column("distinct", FieldType.TEXT));

    private ShowReport() {
    }

    public static Table table(Dataset data, Identified r) {
        List<Table.TableRow> rows = new ArrayList<>();
        RecordFields fields = new RecordFields(data);
        ValueRow row = rowOf(fields, r);
        for (Map.Entry<String, Value> e : row.values().entrySet()) {
            if (!(e.getValue() instanceof Value.Missing)) {
                add(rows, e.getKey(), e.getValue());
            }
        }
        if (r instanceof Agreement a) {
            attestations(rows, a.attested());
            for (Predecessor t : a.predecessors()) {
                add(rows, "predecessor", Value.text(t.type() + " (" + t.date() + "), per " + t.source()
                        + citing(t.cites()) + ": \u201c" + t.quote() + "\u201d"));
            }
            for (Figure f : data.figures()) {
                if (f.rankOf().equals(a.id())) {
                    add(rows, "ranked by", Value.text(f.id() + ": " + f.reported() + " (" + f.source() + ")"));
                }
            }
        } else if (r instanceof Program p) {
            for (Edition e : p.editions()) {
                add(rows, "edition", Value.text(e.date() + (e.place().isEmpty() ? "" : " in " + e.place()) + ": "
                        + e.title() + (e.source().isEmpty() ? "" : " (" + e.source() + ")")));
            }
            attestations(rows, p.attested());
        } else if (r instanceof Figure f) {
            if (f.counts().isPresent()) {
                var c = f.counts().get();
                add(rows, "counts", Value.text(c.type() + (c.of().isEmpty() ? "" : " of " + c.of())
                        + (c.where().isEmpty() ? "" : " where " + c.where())
                        + (c.distinct().isEmpty() ? "" : ", distinct " + c.distinct())));
            }
            for (Figure g : data.figures()) {
                if (g.partOf().equals(f.id())) {
                    add(rows, "part", Value.text(g.id() + ": " + g.reported()));
                }
                if (g.alternativeTo().equals(f.id())) {
                    add(rows, "other reading", Value.text(g.id() + ": " + g.interpretation()));
                }
            }
        } else if (r instanceof Place p) {
            for (Agreement a : data.agreementsOf(p.id())) {
                add(rows, "agreement", Value.text(a.id() + ": " + a.type() + ", signed " + a.effectiveSigned()));
            }
            for (Program g : data.programs()) {
                if (g.participants().contains(p.id()) || g.editions().stream().anyMatch(e -> e.place().equals(p.id()))) {
                    add(rows, "program", Value.text(g.id() + ": " + g.name()));
                }
            }
            for (Figure f : data.figures()) {
                if (f.subject().equals(p.id()) || f.counts().filter(c -> c.of().equals(p.id())).isPresent()) {
                    add(rows, "figure", Value.text(f.id() + ": " + f.metric() + " " + f.reported() + " as of "
                            + f.asOf()));
                }
            }
            for (Place q : data.places()) {
                if (q.partOf().equals(p.id())) {
                    add(rows, "contains", Value.text(q.id()));
                }
            }
        } else if (r instanceof Source s) {
            for (Agreement a : data.agreements()) {
                for (Attestation t : a.attested()) {
                    if (t.source().equals(s.id())) {
                        add(rows, "attests", Value.text(a.id() + " (" + t.date() + "): \u201c" + t.quote() + "\u201d"));
                    }
                    if (t.cites().contains(s.id()) || t.reports().equals(s.id())) {
                        add(rows, t.reports().equals(s.id()) ? "reported by" : "cited by",
                                Value.text(t.source() + " on " + a.id() + " (" + t.date() + ")"));
                    }
                }
            }
            for (Program g : data.programs()) {
                if (g.attested().stream().anyMatch(t -> t.source().equals(s.id()))) {
                    add(rows, "attests", Value.text(g.id() + ": " + g.name()));
                }
            }
            for (Figure f : data.figures()) {
                if (f.source().equals(s.id())) {
                    add(rows, "reports", Value.text(f.id() + ": " + f.reported() + " " + f.unit()));
                }
            }
        }
        return new Table(List.of(new Column("field", FieldType.TEXT), new Column("value", FieldType.TEXT, true)), rows,
                List.of());
    }

    /** The record for json and jsonl: fields typed as in `list`, statements as objects, references as ids. */
    public static ShowRecord record(Dataset data, Identified r) {
        RecordFields fields = new RecordFields(data);
        ValueRow row = rowOf(fields, r);
        List<Column> columns = new ArrayList<>();
        List<Value> cells = new ArrayList<>();
        List<ShowRecord.Part> parts = new ArrayList<>();
        if (r instanceof Agreement a) {
            parts.add(new ShowRecord.Objects("attested", attested(a.attested()), false));
            parts.add(new ShowRecord.Objects("predecessors", rows(PREDECESSOR, a.predecessors().stream()
                    .map(t -> List.of(Value.text(t.type()), given(t.date()), Value.text(t.source()),
                            Value.text(t.quote()), Value.texts(t.cites()), Value.text(t.notes())))
                    .toList()), false));
            parts.add(ids("ranked_by", data.figures().stream().filter(f -> f.rankOf().equals(a.id()))));
        } else if (r instanceof Program p) {
            parts.add(new ShowRecord.Objects("editions", rows(EDITION, p.editions().stream()
                    .map(e -> List.of(given(e.date()), Value.text(e.place()), Value.text(e.title()),
                            Value.text(e.source()), Value.text(e.quote())))
                    .toList()), false));
            parts.add(new ShowRecord.Objects("attested", attested(p.attested()), false));
        } else if (r instanceof Figure f) {
            f.counts().ifPresent(c -> parts.add(new ShowRecord.Objects("counts", rows(COUNTS, List.of(List.of(
                    Value.text(c.type()), Value.text(c.of()), Value.text(c.where()), Value.text(c.distinct())))),
                    true)));
            parts.add(ids("parts", data.figures().stream().filter(g -> g.partOf().equals(f.id()))));
            parts.add(ids("other_readings", data.figures().stream().filter(g -> g.alternativeTo().equals(f.id()))));
        } else if (r instanceof Place p) {
            parts.add(ids("agreements", data.agreementsOf(p.id()).stream()));
            parts.add(ids("programs", data.programs().stream().filter(g -> g.participants().contains(p.id())
                    || g.editions().stream().anyMatch(e -> e.place().equals(p.id())))));
            parts.add(ids("figures", data.figures().stream().filter(f -> f.subject().equals(p.id())
                    || f.counts().filter(c -> c.of().equals(p.id())).isPresent())));
            parts.add(ids("contains", data.places().stream().filter(q -> q.partOf().equals(p.id()))));
        } else if (r instanceof Source s) {
            java.util.function.Predicate<List<Attestation>> attests = list -> list.stream()
                    .anyMatch(t -> t.source().equals(s.id()));
            parts.add(ids("attests", java.util.stream.Stream.concat(
                    data.agreements().stream().filter(a -> attests.test(a.attested())),
                    data.programs().stream().filter(g -> attests.test(g.attested())))));
            List<Attestation> all = data.agreements().stream().flatMap(a -> a.attested().stream()).toList();
            parts.add(new ShowRecord.Ids("cited_by", all.stream().filter(t -> t.cites().contains(s.id()))
                    .map(Attestation::source).distinct().toList()));
            parts.add(new ShowRecord.Ids("reported_by", all.stream().filter(t -> t.reports().equals(s.id()))
                    .map(Attestation::source).distinct().toList()));
            parts.add(ids("figures", data.figures().stream().filter(f -> f.source().equals(s.id()))));
        }
        java.util.Set<String> taken = new java.util.HashSet<>();
        parts.forEach(x -> taken.add(x.name()));
        for (amity.query.Field f : fields.fields(r.recordType(), false)) {
            if (!taken.contains(f.name())) {
                columns.add(new Column(f.name(), f.type()));
                cells.add(row.get(f.name()));
            }
        }
        Table one = new Table(columns, List.of(new Table.TableRow(cells, Tone.NORMAL)), List.of());
        return new ShowRecord(one, parts);
    }

    private static ValueRow rowOf(RecordFields fields, Identified r) {
        return fields.rows(r.recordType(), "").stream().filter(x -> x.record() == r).findFirst().orElseThrow();
    }

    private static Table attested(List<Attestation> list) {
        return rows(ATTESTATION, list.stream().map(t -> List.of(Value.text(t.source()), given(t.date()),
                Value.text(t.type()), Value.text(t.quote()), Value.texts(t.cites()), Value.text(t.reports()),
                Value.text(t.notes()))).toList());
    }

    private static Table rows(List<Column> columns, List<List<Value>> cells) {
        return new Table(columns, cells.stream().map(c -> new Table.TableRow(c, Tone.NORMAL)).toList(), List.of());
    }

    private static ShowRecord.Ids ids(String name, java.util.stream.Stream<? extends Identified> records) {
        return new ShowRecord.Ids(name, records.map(Identified::id).toList());
    }

    /** A statement's date; one it does not give has no value. */
    private static Value given(amity.model.DateInterval d) {
        return d.given() ? Value.date(d) : Value.MISSING;
    }

    private static void attestations(List<Table.TableRow> rows, List<Attestation> list) {
        for (Attestation t : list) {
            add(rows, "attested", Value.text(t.source() + " (" + t.date() + ")"
                    + (t.type().isEmpty() ? "" : " as " + t.type()) + (t.hearsay() ? " reporting " + t.reports() : "")
                    + citing(t.cites()) + ": \u201c" + t.quote() + "\u201d"));
        }
    }

    private static String citing(List<String> cites) {
        return cites.isEmpty() ? "" : " citing " + String.join(", ", cites);
    }

    private static void add(List<Table.TableRow> rows, String field, Value v) {
        rows.add(new Table.TableRow(List.of(Value.text(field), v), Tone.NORMAL));
    }
}
