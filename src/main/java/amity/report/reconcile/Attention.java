package amity.report.reconcile;

import amity.table.Tone;
import amity.table.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reconcile's findings for a reader rather than a table: the findings that need attention, grouped by
 * status in {@link Status}'s declaration order, each with its key, values and sentence; the rest each
 * summed up in one line naming the option that lists them. Laid out by the terminal report view.
 */
public record Attention(List<Group> groups, List<String> tallies, List<String> notes, String summary) {

    /** The findings of one status, listed in full. */
    public record Group(String heading, Tone tone, List<Entry> entries) {
    }

    /**
     * One finding: its key, its values ("reported 8, derived 9..17, difference -1"; empty when it has
     * none), its sentence, and the data keeper's reason when it is acknowledged ("" when not).
     */
    public record Entry(String key, String values, String sentence, String acknowledged) {
    }

    /**
     * The selected findings (in the order to list them) for a reader. With {@code everything} (the
     * statuses were named on the command line) each is listed under its status, acknowledged or not;
     * without, only unacknowledged findings of a status that {@link Status#needsAttention() needs
     * attention} are, and the others are counted. {@code notes} come after (stale acknowledgements).
     */
    public static Attention of(List<Finding> selected, boolean everything, List<String> notes) {
        List<Group> groups = new ArrayList<>();
        List<String> tallies = new ArrayList<>();
        for (Status s : Status.values()) {
            List<Finding> of = selected.stream().filter(f -> f.status() == s).toList();
            List<Finding> listed = everything ? of
                    : of.stream().filter(f -> s.needsAttention() && !f.isAcknowledged()).toList();
            if (!listed.isEmpty()) {
                groups.add(new Group(s.slug() + " (" + listed.size() + ")", s.tone(),
                        listed.stream().map(Attention::entry).toList()));
            }
            if (!everything && !s.needsAttention() && !of.isEmpty()) {
                tallies.add(of.size() + " " + s.slug() + "; list " + (of.size() == 1 ? "it" : "them")
                        + " with --status " + s.slug());
            }
        }
        if (!everything) {
            List<Finding> acked = selected.stream().filter(f -> f.status().needsAttention() && f.isAcknowledged())
                    .toList();
            if (!acked.isEmpty()) {
                String statuses = acked.stream().map(f -> f.status().slug()).distinct()
                        .collect(Collectors.joining(","));
                tallies.add(acked.size() + " acknowledged in the data (" + statuses.replace(",", ", ") + "); list "
                        + (acked.size() == 1 ? "it" : "them") + " with --status " + statuses);
            }
        }
        return new Attention(groups, tallies, notes, ReconcileReport.summary(selected));
    }

    private static Entry entry(Finding f) {
        List<String> values = new ArrayList<>();
        if (!f.reported().isEmpty()) {
            values.add("reported " + f.reported());
        }
        if (f.derivedLo() != null) {
            values.add("derived " + new Value.Range(f.derivedLo(), f.derivedHi()).asText(", "));
        }
        if (f.difference() != null && f.difference().compareTo(BigDecimal.ZERO) != 0) {
            values.add("difference " + f.difference().toPlainString());
        }
        return new Entry(f.key(), String.join(", ", values), f.explanation(), f.acknowledged());
    }
}
