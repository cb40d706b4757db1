package amity.report;

import amity.model.Acknowledgement;
import amity.model.Counts;
import amity.model.Dataset;
import amity.model.Truth;
import amity.query.RecordFields;
import amity.model.Figure;
import amity.query.QueryError;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Runs every reconcile check over a data set and marks the findings the data acknowledges. Each
 * check lives in its own class; this one only gathers them.
 */
public final class Reconciler {
    private Reconciler() {
    }

    public static List<Finding> run(Dataset data) {
        Derivations derivations = new Derivations(data);
        List<Finding> out = new ArrayList<>();
        out.addAll(FigureCheck.run(data, derivations));
        out.addAll(SeriesCheck.run(data, derivations));
        out.addAll(BreakdownCheck.run(data, derivations));
        out.addAll(RankCheck.run(data));
        out.addAll(AttestationCheck.run(data));
        return acknowledge(out, data.acknowledgements());
    }

    private static List<Finding> acknowledge(List<Finding> findings, List<Acknowledgement> acks) {
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings) {
            Finding marked = f;
            for (Acknowledgement a : acks) {
                if (a.finding().equals(f.key()) && a.digest().equals(f.digest())) {
                    marked = f.acknowledge(a.reason());
                }
            }
            out.add(marked);
        }
        return out;
    }

    /**
     * Notes on acknowledgements that no longer apply: their finding's inputs changed (new digest),
     * or no finding has their key any more.
     */
    public static List<String> staleAcknowledgements(Dataset data, List<Finding> all) {
        List<String> notes = new ArrayList<>();
        for (Acknowledgement a : data.acknowledgements()) {
            var match = all.stream().filter(f -> f.key().equals(a.finding())).findFirst();
            if (match.isEmpty()) {
                notes.add("Acknowledgement " + a.id() + " names no finding: '" + a.finding() + "'.");
            } else if (!match.get().digest().equals(a.digest())) {
                notes.add("Acknowledgement " + a.id() + " no longer applies: the inputs of " + a.finding()
                        + " changed (digest " + a.digest() + ", now " + match.get().digest() + ").");
            }
        }
        return notes;
    }

    /** A short fingerprint of a finding's inputs: eight hex digits of their SHA-256. */
    static String digest(Object... inputs) {
        StringBuilder sb = new StringBuilder();
        for (Object o : inputs) {
            sb.append(o).append('\u001f');
        }
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Derivations computed once per figure, since several checks look at the same figure. */
    static final class Derivations {
        private final RecordFields fields;
        private final java.util.Map<String, Derivation> cache = new java.util.HashMap<>();
        private final java.util.Map<String, java.util.List<amity.query.ValueRow>> rows = new java.util.HashMap<>();
        private final java.util.Map<String, Truth[]> matches = new java.util.HashMap<>();
        private final java.util.Map<String, RuleIndex> indexes = new java.util.HashMap<>();

        Derivations(Dataset data) {
            this.fields = new RecordFields(data);
            // The places counts rules are about, found in one pass over the agreements.
            java.util.Set<String> sides = new java.util.HashSet<>();
            for (Figure f : data.figures()) {
                f.counts().filter(c -> !c.of().isEmpty()).ifPresent(c -> sides.add(c.of()));
            }
            data.findAgreementsOf(sides);
        }

        /** The figure's counts rule at its own as_of; null when it has none or the rule is broken. */
        Derivation of(Figure f) {
            return at(f, f.asOf());
        }

        Derivation at(Figure f, amity.model.DateInterval date) {
            if (f.counts().isEmpty()) {
                return null;
            }
            Counts c = f.counts().get();
            return cache.computeIfAbsent(f.id() + "@" + date.text(), k -> {
                try {
                    // Rows depend only on the type and the side, and the where's verdicts only on the rule,
                    // not on the figure or the date: each is made once.
                    String side = c.type() + "\u0000" + c.of();
                    var r = rows.computeIfAbsent(side, x -> fields.rows(c.type(), c.of()));
                    String rule = side + "\u0000" + c.where();
                    Truth[] m = matches.get(rule);
                    if (m == null) {
                        m = Derivation.matches(fields, r, c);
                        matches.put(rule, m);
                        indexes.put(rule, RuleIndex.of(r, m));
                    }
                    return Derivation.of(fields, r, m, indexes.get(rule), c, date);
                } catch (QueryError e) {
                    return null;
                }
            });
        }
    }
}
