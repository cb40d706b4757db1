package amity.report.reconcile;

import amity.table.Column;
import amity.table.Table;
import amity.table.Tone;
import static amity.report.reconcile.ReconcileReport.Acknowledged.ANY;
import static org.assertj.core.api.Assertions.assertThat;

import amity.model.DateInterval;
import amity.query.QueryError;
import amity.query.SortKeys;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which findings reconcile shows, in what order, how it sums them up and when the run fails: a small sample. */
class ReconcileReportTest {
    static Finding finding(String key, String check, String subject, String metric, Status status, String ack) {
        return new Finding(check, key, subject, metric, DateInterval.of("2000"), "src", "27",
                BigDecimal.valueOf(20), BigDecimal.valueOf(30), BigDecimal.ZERO, status, "because", "d-" + key, ack);
    }

    /** Keys say what each finding is; the list is in the order the checks produced them. */
    static final List<Finding> SAMPLE = List.of(
            finding("agree-1", "figure", "beijing", "ties", Status.POSSIBLE, ""),
            finding("unverifiable-1", "figure", "prague", "ties", Status.UNVERIFIABLE, ""),
            finding("conflict-acked", "series", "beijing", "ties", Status.CONFLICTS, "a misprint"),
            finding("short-1", "figure", "beijing", "programs", Status.RECORDS_SHORT, ""),
            finding("conflict-1", "breakdown", "prague", "ties", Status.CONFLICTS, ""),
            finding("agree-2", "series", "prague", "ties", Status.CONFIRMED, ""),
            finding("conflict-2", "figure", "beijing", "ties", Status.CONFLICTS, ""));

    static ReconcileReport.Selection all() {
        return new ReconcileReport.Selection(EnumSet.allOf(Status.class), ANY, List.of(), "", "");
    }

    static List<String> keys(List<Finding> findings) {
        return findings.stream().map(Finding::key).toList();
    }

    @Test
    void mostUrgentFirstAndTheChecksOrderWithinAStatus() {
        assertThat(keys(ReconcileReport.select(SAMPLE, all()))).containsExactly("conflict-1", "conflict-2",
                "conflict-acked", "short-1", "agree-1", "agree-2", "unverifiable-1");
    }

    @Test
    void keepsOnlyTheAskedStatusesChecksSubjectAndMetric() {
        var conflictsAndShort = new ReconcileReport.Selection(EnumSet.of(Status.CONFLICTS, Status.RECORDS_SHORT),
                ANY, List.of(), "", "");
        assertThat(keys(ReconcileReport.select(SAMPLE, conflictsAndShort)))
                .containsExactly("conflict-1", "conflict-2", "conflict-acked", "short-1");
        var figureAndSeries = new ReconcileReport.Selection(EnumSet.allOf(Status.class), ANY, List.of("figure", "series"),
                "", "");
        assertThat(keys(ReconcileReport.select(SAMPLE, figureAndSeries)))
                .containsExactly("conflict-2", "conflict-acked", "short-1", "agree-1", "agree-2", "unverifiable-1");
        var beijingTies = new ReconcileReport.Selection(EnumSet.allOf(Status.class), ANY, List.of(), "beijing", "ties");
        assertThat(keys(ReconcileReport.select(SAMPLE, beijingTies)))
                .containsExactly("conflict-2", "conflict-acked", "agree-1");
        var none = new ReconcileReport.Selection(EnumSet.allOf(Status.class), ANY, List.of("rank"), "", "");
        assertThat(ReconcileReport.select(SAMPLE, none)).isEmpty();
    }

    @Test
    void keepsOnlyAcknowledgedOrOnlyUnacknowledgedFindings() {
        var acked = new ReconcileReport.Selection(EnumSet.allOf(Status.class), ReconcileReport.Acknowledged.ONLY,
                List.of(), "", "");
        assertThat(keys(ReconcileReport.select(SAMPLE, acked))).containsExactly("conflict-acked");
        var fresh = new ReconcileReport.Selection(EnumSet.of(Status.CONFLICTS), ReconcileReport.Acknowledged.NOT,
                List.of(), "", "");
        assertThat(keys(ReconcileReport.select(SAMPLE, fresh))).containsExactly("conflict-1", "conflict-2");
        assertThat(ReconcileReport.failing(SAMPLE, EnumSet.of(Status.CONFLICTS))).isEqualTo(2);
    }

    @Test
    void summaryCountsByStatusWithTheAcknowledgedApart() {
        assertThat(ReconcileReport.summary(SAMPLE)).isEqualTo("7 findings: 3 conflicts (1 acknowledged), "
                + "1 records-short, 1 possible, 1 confirmed, 1 unverifiable.");
        assertThat(ReconcileReport.summary(SAMPLE.subList(0, 1))).isEqualTo("1 finding: 1 possible.");
        assertThat(ReconcileReport.summary(List.of())).isEqualTo("0 findings.");
    }

    @Test
    void onlyAnUnacknowledgedFindingWithAFailingStatusFailsTheRun() {
        Set<Status> conflicts = EnumSet.of(Status.CONFLICTS);
        assertThat(ReconcileReport.fails(SAMPLE, conflicts)).isTrue();
        assertThat(ReconcileReport.fails(List.of(SAMPLE.get(2)), conflicts)).as("acknowledged").isFalse();
        assertThat(ReconcileReport.fails(SAMPLE, EnumSet.of(Status.RECORDS_SHORT))).isTrue();
        assertThat(ReconcileReport.fails(SAMPLE, EnumSet.noneOf(Status.class))).isFalse();
    }

    @Test
    void tableProjectsSortsAndEndsWithTheNotesThenTheSummary() throws QueryError {
        var catalog = ReconcileReport.CATALOG;
        List<Finding> selected = ReconcileReport.select(SAMPLE, all());
        Table t = ReconcileReport.table(selected,
                List.of(catalog.find("key").orElseThrow(), catalog.find("status").orElseThrow()),
                SortKeys.parse("subject:desc", catalog), 3, List.of("stale acknowledgement"));
        assertThat(t.columns()).extracting(Column::name).containsExactly("key", "status");
        // prague's three first, ties broken by key as every --sort does, then cut to --limit 3.
        assertThat(t.rows()).extracting(r -> r.cells().get(0).asText(", ") + " " + r.cells().get(1).asText(", "))
                .containsExactly("agree-2 confirmed", "conflict-1 conflicts", "unverifiable-1 unverifiable");
        assertThat(t.notes()).containsExactly("stale acknowledgement", ReconcileReport.summary(selected));
    }

    @Test
    void anAcknowledgedFindingIsMutedWhateverItsStatus() {
        assertThat(ReconcileReport.tone(SAMPLE.get(2))).isEqualTo(Tone.MUTED);
        assertThat(ReconcileReport.tone(SAMPLE.get(4))).isEqualTo(Tone.BAD);
        assertThat(ReconcileReport.tone(SAMPLE.get(3))).isEqualTo(Tone.WARN);
    }
}
