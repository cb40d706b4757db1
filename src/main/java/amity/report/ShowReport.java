package amity.report;

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
import amity.query.FieldType;
import amity.query.RecordFields;
import amity.query.Value;
import amity.query.ValueRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** `amity show`: one record's fields, its attestations, and every record that refers to it, as field/value rows. */
public final class ShowReport {
    private ShowReport() {
    }

    public static Table table(Dataset data, Identified r) {
        List<Table.TableRow> rows = new ArrayList<>();
        RecordFields fields = new RecordFields(data);
        ValueRow row = fields.rows(r.recordType(), "").stream().filter(x -> x.record() == r).findFirst().orElseThrow();
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
