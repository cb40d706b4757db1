package amity.report.reconcile;

import amity.model.Agreement;
import amity.model.Attestation;
import amity.model.Dataset;
import amity.model.DateInterval;
import amity.model.Source;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Check 5: an agreement whose sources give incompatible dates (1999 and 2009), or a date later
 * than another source that already states the tie was published, with each source and its quote.
 * Each statement is one witness, whatever pages it cites; predecessors are other agreements and
 * never take part. Hearsay (a statement that {@code reports} another source) ranks below direct
 * statements: when a direct statement and its publication date already exclude the reported date,
 * the finding says the report is refuted, and it is no conflict.
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

    /** One disagreement; {@code refuted} when it is hearsay a published direct statement excludes. */
    private record Clash(String text, boolean refuted) {
    }

    @Override
    public List<Finding> run(ReconcileContext context) {
        Dataset data = context.data();
        List<Finding> out = new ArrayList<>();
        for (Agreement a : data.agreements()) {
            if (a.attested().isEmpty()) {
                continue; // nothing to disagree: most agreements, and no streams made for them
            }
            List<Attestation> dated = a.attested().stream().filter(t -> !t.date().equals(DateInterval.UNKNOWN))
                    .toList();
            Map<Attestation, Attestation> refuters = refuted(data, a, dated);
            Set<Attestation> refuted = refuters.keySet();
            List<Clash> clashes = new ArrayList<>();
            for (int i = 0; i < dated.size(); i++) {
                for (int j = i + 1; j < dated.size(); j++) {
                    Attestation x = dated.get(i);
                    Attestation y = dated.get(j);
                    if (!x.date().overlaps(y.date())) {
                        clashes.add(new Clash(who(x) + " gives " + x.date() + ", " + who(y) + " gives " + y.date(),
                                refuted.contains(x) || refuted.contains(y)));
                    }
                }
            }
            for (Attestation x : a.attested()) {
                Optional<Source> s = bounding(data, x);
                if (s.isEmpty()) {
                    continue;
                }
                for (Attestation y : dated) {
                    if (y.date().earliest().isAfter(s.get().published().latest())) {
                        clashes.add(new Clash(who(y) + " dates it " + y.date() + ", after " + x.source()
                                + " (published " + s.get().published() + ") already stated it", refuted.contains(y)));
                    }
                }
            }
            if (a.signed().given()) {
                for (Attestation y : dated) {
                    if (!y.date().overlaps(a.signed())) {
                        clashes.add(new Clash(who(y) + " gives " + y.date() + ", the record says " + a.signed(),
                                refuted.contains(y)));
                    }
                }
            }
            if (clashes.isEmpty()) {
                continue;
            }
            boolean live = clashes.stream().anyMatch(c -> !c.refuted());
            List<String> texts = clashes.stream().map(Clash::text).distinct().toList();
            // One quote per speaker and text: a list's row that also reports a page is one cell, shown once.
            Map<List<String>, List<String>> said = new LinkedHashMap<>();
            for (Attestation t : a.attested()) {
                said.computeIfAbsent(List.of(t.source(), t.quote()), k -> new ArrayList<>())
                        .add(t.date() + (t.hearsay() ? " reporting " + t.reports() : ""));
            }
            List<String> quotes = said.entrySet().stream().map(e -> e.getKey().get(0) + " (" + String.join("; ",
                    e.getValue()) + "): \u201c" + e.getKey().get(1) + "\u201d").toList();
            String says = live ? "Sources disagree on when " + a.id() + " was signed: " + String.join("; ", texts)
                    : "No live disagreement on when " + a.id() + " was signed (" + a.effectiveSigned() + "): "
                            + String.join("; ", refuters.entrySet().stream().map(e -> e.getKey().reports() + "'s "
                                    + e.getKey().date() + ", as " + e.getKey().source() + " reports it, is refuted by "
                                    + e.getValue().source() + ", which already stated the tie (" + e.getValue().date()
                                    + ") when it was published on " + data.source(e.getValue().source()).orElseThrow()
                                    .published()).toList());
            Digest inputs = new Digest();
            a.attested().forEach(t -> inputs.text(who(t)).date(t.date()));
            out.add(new Finding(NAME, FindingKey.of(NAME, a.id()).text(), String.join("-", a.parties()), a.type(),
                    a.effectiveSigned(), String.join(", ", a.attested().stream().map(Attestation::source)
                            .distinct().toList()), "", null, null, null, live ? Status.CONFLICTS : Status.CONFIRMED,
                    says + ". Quotes: " + String.join(" ", quotes),
                    (a.signed().given() ? inputs.date(a.signed()) : inputs.text("")).value(), ""));
        }
        return out;
    }

    /** The speaker, and whom it reports when it passes on another source's words. */
    private static String who(Attestation t) {
        return t.hearsay() ? t.source() + " reporting " + t.reports() : t.source();
    }

    /**
     * The source of a direct statement that says the tie already existed when it was published (not
     * an announcement of a signing to come): its publication date bounds the other statements' dates.
     */
    private static Optional<Source> bounding(Dataset data, Attestation x) {
        Optional<Source> s = x.hearsay() ? Optional.empty() : data.source(x.source());
        return s.filter(src -> src.published().given() && !x.date().latest().isAfter(src.published().latest()));
    }

    /**
     * Hearsay dated after a direct statement's publication bound, where that statement disagrees with
     * it too, with the statement that refutes it, in data order.
     */
    private static Map<Attestation, Attestation> refuted(Dataset data, Agreement a, List<Attestation> dated) {
        Map<Attestation, Attestation> out = new LinkedHashMap<>();
        for (Attestation h : dated) {
            if (!h.hearsay()) {
                continue;
            }
            for (Attestation x : a.attested()) {
                Optional<Source> s = bounding(data, x);
                if (s.isPresent() && x.date().given() && !x.date().overlaps(h.date())
                        && h.date().earliest().isAfter(s.get().published().latest())) {
                    out.put(h, x);
                    break;
                }
            }
        }
        return out;
    }
}
