package amity.report.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report view's grouping, over whatever statuses {@link Status} declares, in its order. */
class AttentionTest {
    /** One unacknowledged and one acknowledged finding of every status. */
    static List<Finding> everyStatus() {
        List<Finding> all = new ArrayList<>();
        for (Status s : Status.values()) {
            all.add(ReconcileReportTest.finding(s.slug() + "-1", "figure", "beijing", "ties", s, ""));
            all.add(ReconcileReportTest.finding(s.slug() + "-acked", "figure", "beijing", "ties", s, "reviewed"));
        }
        return all;
    }

    @Test
    void listsTheUnacknowledgedFindingsThatNeedAttentionInStatusOrderAndCountsTheRest() {
        Attention a = Attention.of(everyStatus(), false, List.of("a stale acknowledgement"));
        List<Status> attention = Arrays.stream(Status.values()).filter(Status::needsAttention).toList();
        assertThat(a.groups()).extracting(Attention.Group::heading)
                .containsExactlyElementsOf(attention.stream().map(s -> s.slug() + " (1)").toList());
        assertThat(a.groups()).allSatisfy(g -> assertThat(g.entries()).singleElement()
                .satisfies(e -> assertThat(e.key()).endsWith("-1")));
        List<String> tallies = new ArrayList<>();
        for (Status s : Status.values()) {
            if (!s.needsAttention()) {
                tallies.add("2 " + s.slug() + "; list them with --status " + s.slug());
            }
        }
        tallies.add(attention.size() + " acknowledged in the data ("
                + String.join(", ", attention.stream().map(Status::slug).toList()) + "); list "
                + (attention.size() == 1 ? "it" : "them") + " with --status "
                + String.join(",", attention.stream().map(Status::slug).toList()));
        assertThat(a.tallies()).containsExactlyElementsOf(tallies);
        assertThat(a.notes()).containsExactly("a stale acknowledgement");
        assertThat(a.summary()).isEqualTo(ReconcileReport.summary(everyStatus()));
    }

    @Test
    void namedStatusesListEveryFindingAcknowledgedOrNotAndCountNothing() {
        Attention a = Attention.of(everyStatus(), true, List.of());
        assertThat(a.groups()).extracting(Attention.Group::heading).containsExactlyElementsOf(
                Arrays.stream(Status.values()).map(s -> s.slug() + " (2)").toList());
        assertThat(a.groups().get(0).entries()).extracting(Attention.Entry::acknowledged)
                .containsExactly("", "reviewed");
        assertThat(a.tallies()).isEmpty();
    }

    @Test
    void anEntryHoldsTheReportedAndDerivedValuesAndTheSentence() {
        Attention.Entry e = Attention.of(everyStatus(), true, List.of()).groups().get(0).entries().get(0);
        Finding f = everyStatus().get(0);
        assertThat(e.key()).isEqualTo(f.key());
        assertThat(e.values()).startsWith("reported " + f.reported());
        assertThat(e.sentence()).isEqualTo(f.explanation());
    }
}
