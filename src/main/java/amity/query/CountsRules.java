package amity.query;

import amity.model.Counts;
import amity.model.Dataset;
import amity.model.Figure;
import amity.model.Origin;
import amity.model.RecordType;
import amity.problem.Problem;
import amity.text.Nearest;
import java.util.ArrayList;
import java.util.List;

/**
 * The check of figures' counts rules, which needs the query language: the where expression parses
 * against the fields of the counted type, and distinct names one of those fields.
 */
public final class CountsRules {
    private CountsRules() {
    }

    public static List<Problem> check(Dataset data) {
        List<Problem> out = new ArrayList<>();
        RecordFields fields = new RecordFields(data);
        for (Figure f : data.figures()) {
            if (f.counts().isEmpty() || RecordType.queryable(f.counts().get().type()).isEmpty()) {
                continue;
            }
            Counts c = f.counts().get();
            if (!c.of().isEmpty() && !c.type().equals(RecordType.AGREEMENTS.plural())) {
                out.add(new Problem(f.spots().at("counts.of"), c.of().length(), "'of' counts agreements from one "
                        + "party's side; it does not apply to " + c.type() + "."));
                continue;
            }
            Catalog catalog = new Catalog(c.type(), fields.fields(c.type(), !c.of().isEmpty()));
            try {
                Expression.parse(c.where(), catalog);
            } catch (QueryError e) {
                Origin at = f.spots().at("counts.where");
                out.add(new Problem(shift(at, e), Math.max(1, e.length()), "in this counts rule: " + e.getMessage()));
            }
            if (!c.distinct().isEmpty() && catalog.find(c.distinct()).isEmpty()) {
                out.add(new Problem(f.spots().at("counts.distinct"), c.distinct().length(), "'" + c.distinct()
                        + "' is not a field of " + c.type() + Nearest.hint(c.distinct(), catalog.names())));
            }
        }
        return out;
    }

    /** Points into the expression text on its line when it is written on one line after the key. */
    private static Origin shift(Origin at, QueryError e) {
        String line = at.lineText();
        int col = at.column() - 1;
        if (col >= 0 && col < line.length() && (line.charAt(col) == '"' || line.charAt(col) == '\'')) {
            col++;
        }
        return new Origin(at.file(), at.line(), col + 1 + e.start(), line);
    }
}
