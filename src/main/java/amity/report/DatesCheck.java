package amity.report;

import amity.model.Agreement;
import amity.model.Attestation;
import amity.model.Dataset;
import amity.model.DateInterval;
import amity.model.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Check 5: an agreement whose sources give incompatible dates (1999 and 2009), or a date later
 * than another source that already states the tie was published, with each source and its quote.
 */
final class DatesCheck implements ReconcileCheck {
    static final String NAME = "dates";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "sources that disagree on when an agreement was signed";
    }

    @Override
    public List<Finding> run(ReconcileContext context) {
        Dataset data = context.data();
        List<Finding> out = new ArrayList<>();
        for (Agreement a : data.agreements()) {
            List<String> clashes = new ArrayList<>();
            List<Attestation> dated = a.attested().stream().filter(t -> !t.date().equals(DateInterval.UNKNOWN))
                    .toList();
            for (int i = 0; i < dated.size(); i++) {
                for (int j = i + 1; j < dated.size(); j++) {
                    Attestation x = dated.get(i);
                    Attestation y = dated.get(j);
                    if (!x.date().overlaps(y.date())) {
                        clashes.add(x.source() + " gives " + x.date() + ", " + y.source() + " gives " + y.date());
                    }
                }
            }
            for (Attestation x : a.attested()) {
                Optional<Source> s = data.source(x.source());
                // Only a source that says the tie already existed when it was published (not an
                // announcement of a signing to come) bounds the other sources' dates.
                if (s.isEmpty() || !s.get().published().given()
                        || x.date().latest().isAfter(s.get().published().latest())) {
                    continue;
                }
                for (Attestation y : dated) {
                    if (y.date().earliest().isAfter(s.get().published().latest())) {
                        clashes.add(y.source() + " dates it " + y.date() + ", after " + x.source()
                                + " (published " + s.get().published() + ") already stated it");
                    }
                }
            }
            if (a.signed().given()) {
                for (Attestation y : dated) {
                    if (!y.date().overlaps(a.signed())) {
                        clashes.add(y.source() + " gives " + y.date() + ", the record says " + a.signed());
                    }
                }
            }
            if (clashes.isEmpty()) {
                continue;
            }
            List<String> quotes = a.attested().stream()
                    .map(t -> t.source() + " (" + t.date() + "): \u201c" + t.quote() + "\u201d").toList();
            out.add(new Finding(NAME, NAME + "/" + a.id(), String.join("-", a.parties()), a.type(),
                    a.effectiveSigned(), String.join(", ", a.attested().stream().map(Attestation::source)
                            .distinct().toList()), "", null, null, null, Status.CONFLICTS,
                    "Sources disagree on when " + a.id() + " was signed: " + String.join("; ", clashes.stream()
                            .distinct().toList()) + ". Quotes: " + String.join(" ", quotes),
                    // A signing date not given is digested as "null", so acknowledgements already written hold.
                    Reconciler.digest(a.attested().stream().map(t -> t.source() + "=" + t.date()).toList(),
                            a.signed().given() ? a.signed().text() : "null"), ""));
        }
        return out;
    }
}
