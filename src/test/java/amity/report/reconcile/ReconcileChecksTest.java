package amity.report.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import amity.check.Checks;
import amity.model.Dataset;
import amity.read.DataReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each reconcile check on a small sample written here (in the manner of hledger's sample journal):
 * Riverton and five partners, signed 1990-05-01, in 1995, in the 1990s (199X), on 2005-06-01 and
 * on a date nobody recorded; each test adds the figures it weighs against them.
 */
class ReconcileChecksTest {
    static final String SAMPLE = """
            sources:
              - {id: gazette-1996, title: Riverton gazette, publisher: Gazette, published: "1996-02-01"}
              - {id: gazette-2011, title: Riverton gazette, publisher: Gazette, published: "2011-12-31"}
            places:
              - {id: riverton, name: Riverton, country: "NO", level: city}
              - {id: alpha, name: Alpha, country: "SE", level: city}
              - {id: bravo, name: Bravo, country: "DK", level: city}
              - {id: charlie, name: Charlie, country: "FI", level: city}
              - {id: delta, name: Delta, country: "SE", level: city}
              - {id: echo, name: Echo, country: "IS", level: city}
            agreements:
              - {id: riverton-alpha, parties: [riverton, alpha], type: sister-city, level: municipal, signed: "1990-05-01"}
              - {id: riverton-bravo, parties: [riverton, bravo], type: sister-city, level: municipal, signed: "1995"}
              - {id: riverton-charlie, parties: [riverton, charlie], type: sister-city, level: municipal, signed: "199X"}
              - {id: riverton-delta, parties: [riverton, delta], type: sister-city, level: municipal, signed: "2005-06-01"}
              - {id: riverton-echo, parties: [riverton, echo], type: sister-city, level: municipal}
            """;

    @TempDir
    Path dir;

    /** The sample with these figures (the body of a figures list, one flow mapping a line) added. */
    private ReconcileContext sample(String... figures) throws IOException, DataReader.Unreadable {
        Files.writeString(dir.resolve("sample.yaml"), SAMPLE);
        StringBuilder sb = new StringBuilder(figures.length == 0 ? "" : "figures:\n");
        for (String f : figures) {
            sb.append("  - {").append(f).append(", source: gazette-2011, quote: \"q\"}\n");
        }
        Files.writeString(dir.resolve("figures.yaml"), sb.toString());
        DataReader.Result r = DataReader.load(DataReader.Request.of(List.of(dir.toString())));
        assertThat(r.problems()).isEmpty();
        Dataset data = r.dataset();
        assertThat(Checks.run(data)).isEmpty();
        return ReconcileContext.of(data);
    }

    /** A finding in one line: key, status, derived range, difference, explanation. */
    private static String line(Finding f) {
        String derived = f.derivedLo() == null ? "-" : f.derivedLo().compareTo(f.derivedHi()) == 0
                ? f.derivedLo().toPlainString() : f.derivedLo() + ".." + f.derivedHi();
        String diff = f.difference() == null ? "-" : f.difference().toPlainString();
        return f.key() + " | " + f.status().slug() + " | " + derived + " | " + diff + " | " + f.explanation();
    }

    private static List<String> lines(ReconcileCheck check, ReconcileContext context) {
        List<Finding> found = check.run(context);
        assertThat(found).allSatisfy(f -> assertThat(f.check()).isEqualTo(check.name()));
        return found.stream().map(ReconcileChecksTest::line).toList();
    }

    private static final String RULE = "counts: {type: agreements, of: riverton}";

    @Test
    void figureCheckGivesEachFigureARangeAndAStatus() throws Exception {
        ReconcileContext c = sample(
                "id: p1996, subject: riverton, metric: partners, value: 1, qualifier: exact, as_of: \"1996-01-01\", "
                        + RULE,
                "id: p2000, subject: riverton, metric: partners-2000, value: 3, qualifier: exact, as_of: \"2000-01-01\", "
                        + RULE,
                "id: p2010, subject: riverton, metric: partners-2010, value: 5, qualifier: more-than, "
                        + "as_of: \"2010-01-01\", " + RULE,
                "id: about, subject: riverton, metric: partners-about, value: 4, qualifier: about, "
                        + "as_of: \"2010-01-01\", " + RULE,
                "id: visits, subject: riverton, metric: visits, value: 12, qualifier: exact, as_of: \"2010-01-01\"");
        assertThat(lines(new FigureCheck(), c)).containsExactly(
                "figure/p1996 | conflicts | 2..4 | -1 | At least 2 agreements certainly existed as of 1996-01-01, "
                        + "more than the 1 reported.",
                "figure/p2000 | possible | 3..4 | 0 | The records give 3..4 agreements as of 2000-01-01; 3 holds only if "
                        + "riverton-echo was not signed by 2000-01-01.",
                "figure/p2010 | records-short | 4..5 | 1 | The records give at most 5 agreements as of 2010-01-01; 1 "
                        + "more needed to reach 6 (“more than 5”).",
                // about 4 allows only 4 (3.6..4.4, rounded inward): the records' 4..5 hold it if echo is later.
                "figure/about | possible | 4..5 | 0 | The records give 4..5 agreements as of 2010-01-01; “about 4” "
                        + "holds only if riverton-echo was not signed by 2010-01-01.",
                "figure/visits | unverifiable | - | - | No counts rule and no other figure to compare with.");
    }

    @Test
    void seriesCheckComparesEachStepWithWhatTheRecordsAllowInBetween() throws Exception {
        ReconcileContext c = sample(
                "id: p1996, subject: riverton, metric: partners, value: 1, qualifier: exact, as_of: \"1996-01-01\", "
                        + RULE,
                "id: p2000, subject: riverton, metric: partners, value: 3, qualifier: exact, as_of: \"2000-01-01\", "
                        + RULE,
                "id: p2010, subject: riverton, metric: partners, value: 5, qualifier: more-than, "
                        + "as_of: \"2010-01-01\", " + RULE,
                "id: p2011, subject: riverton, metric: partners, value: 2, qualifier: exact, as_of: \"2011-01-01\", "
                        + RULE,
                "id: p2011b, subject: riverton, metric: partners, value: 4, qualifier: exact, as_of: \"2011-01-01\", "
                        + RULE,
                "id: district, subject: riverton, metric: partners, scope: district, value: 9, qualifier: exact, "
                        + "as_of: \"2011-01-01\"");
        assertThat(lines(new SeriesCheck(), c)).containsExactly(
                "series/p1996/p2000 | possible | 0..2 | 0 | The step from 1 (1996-01-01, gazette-2011) to 3 (2000-01-01,"
                        + " gazette-2011) (+2) fits the records, which allow +0..+2, only if all of these 2 were signed"
                        + " after 1996-01-01 and by 2000-01-01: riverton-charlie, riverton-echo.",
                // Delta (2005) certainly comes in between, echo may: +1..+2, though the two counts alone allow +0..+2.
                "series/p2000/p2010 | records-short | 1..2 | 1 | The count rises by 3 or more from 3 (2000-01-01, "
                        + "gazette-2011) to more than 5 (2010-01-01, gazette-2011), but the records allow +1..+2 in "
                        + "between.",
                "series/p2010/p2011 | conflicts | 0..1 | -4 | The count falls by 4 from more than 5 (2010-01-01, "
                        + "gazette-2011) to 2 (2011-01-01, gazette-2011), but the records certainly add 0 in between.",
                "series/p2011/p2011b | conflicts | - | 2 | Two sources give different values for the same date: 2 "
                        + "(2011-01-01, gazette-2011) to 4 (2011-01-01, gazette-2011).",
                "scope/district | unverifiable | - | - | Scope 'district' is a series of its own; not compared with "
                        + "'unscoped' (5 figures).");
    }

    /** A part of total {@code of}: its value and qualifier, and a rule counting one partner country. */
    private static String part(String id, String of, String value, String country) {
        return "id: " + id + ", subject: riverton, metric: partners-" + id + ", " + value + ", as_of: \"2010-01-01\", "
                + "part_of: " + of + (country.isEmpty() ? "" : ", counts: {type: agreements, of: riverton, where: "
                        + "\"partner.country = " + country + "\"}");
    }

    private static String total(String id, String value, String more) {
        return "id: " + id + ", subject: riverton, metric: partners-" + id + ", " + value + ", as_of: \"2010-01-01\""
                + more;
    }

    @Test
    void breakdownCheckFitsThePartsUnderTheirQualifiersAndTheRemainderAgainstTheRecords() throws Exception {
        String rule = ", " + RULE;
        ReconcileContext c = sample(
                total("t5", "value: 5, qualifier: exact", rule),
                part("t5-se", "t5", "value: 2, qualifier: exact", "SE"),
                part("t5-dk", "t5", "value: 1, qualifier: exact", "DK"),
                total("t3", "value: 3, qualifier: exact", rule),
                part("t3-se", "t3", "value: 2, qualifier: exact", "SE"),
                part("t3-dk", "t3", "value: 1, qualifier: exact", "DK"),
                total("open", "value: 3, qualifier: more-than", rule),
                part("open-se", "open", "value: 2, qualifier: exact", "SE"),
                part("open-dk", "open", "value: 1, qualifier: exact", "DK"),
                total("whole", "value: 4, qualifier: exact, parts_complete: true", ""),
                part("whole-se", "whole", "value: 2, qualifier: exact", ""),
                part("whole-dk", "whole", "value: 1, qualifier: exact", ""),
                total("about", "value: 100, qualifier: exact", ""),
                part("about-east", "about", "value: 60, qualifier: about", ""),
                part("about-west", "about", "value: 50, qualifier: about", ""),
                total("more", "value: 100, qualifier: exact", ""),
                part("more-east", "more", "value: 60, qualifier: more-than", ""),
                part("more-west", "more", "value: 40, qualifier: exact", ""));
        assertThat(lines(new BreakdownCheck(), c)).containsExactly(
                // Echo (no date) may be outside too: 2 leaves room for both.
                "breakdown/t5 | confirmed | 1 | 0 | 5 split as 2 (t5-se) + 1 (t5-dk) leaves 2; the records certainly "
                        + "place 1 outside the named parts: riverton-charlie, and possibly 1 more of uncertain date.",
                "breakdown/t3 | conflicts | 1 | -1 | 3 split as 2 (t3-se) + 1 (t3-dk) leaves 0, but the records "
                        + "certainly place 1 outside the named parts: riverton-charlie.",
                // "more than 3" may be 4, which leaves room for Charlie but not also for Echo.
                "breakdown/open | possible | 1 | 0 | more than 3 split as 2 (open-se) + 1 (open-dk) leaves at least 1; "
                        + "the records certainly place 1 outside the named parts: riverton-charlie, and possibly 1 more "
                        + "of uncertain date, for which it may have no room.",
                "breakdown/whole | conflicts | - | 1 | 4 split as 2 (whole-se) + 1 (whole-dk) leaves 1, though the "
                        + "parts are declared complete.",
                // 54..66 and 45..55 make 99..121, which can be 100.
                "breakdown/about | possible | - | - | 100 split as about 60 (about-east) + about 50 (about-west) leaves "
                        + "0..1; the parts fit the total only for some of the values their qualifiers allow; no counts "
                        + "rules to test the remainder with.",
                // At least 61 and 40 make at least 101.
                "breakdown/more | conflicts | - | -1 | 100 split as more than 60 (more-east) + 40 (more-west) leaves "
                        + "at most -1: the parts exceed the total.");
    }

    @Test
    void rankCheckPlacesTheAgreementAmongItsPeersBySigningDate() throws Exception {
        String delta = ", qualifier: exact, as_of: \"2010-01-01\", rank_of: riverton-delta";
        ReconcileContext c = sample(
                "id: r4, subject: riverton, metric: rank, value: 4" + delta,
                "id: r2, subject: riverton, metric: rank, value: 2" + delta,
                "id: r7, subject: riverton, metric: rank, value: 7" + delta);
        // Three are certainly earlier; riverton-echo, of no recorded date, may or may not be.
        String among = " among riverton's municipal sister-city agreements";
        assertThat(lines(new RankCheck(), c)).containsExactly(
                "rank/r4 | possible | 4..5 | 0 | riverton-delta (signed 2005-06-01) is number 4..5 by signing date"
                        + among + "; 4 holds only if riverton-echo was not signed before it.",
                "rank/r2 | conflicts | 4..5 | -2 | 3 agreements were certainly signed before riverton-delta "
                        + "(2005-06-01)" + among + ", so it is at least number 4, not 2.",
                "rank/r7 | records-short | 4..5 | 2 | Only 4 agreements could precede riverton-delta (2005-06-01)"
                        + among + "; 2 earlier ones are missing from the records.");
    }

    @Test
    void datesCheckNamesSourcesThatCannotBothBeRight() throws Exception {
        Files.writeString(dir.resolve("attestations.yaml"), """
                attestations:
                  - {agreement: riverton-echo, source: gazette-1996, date: "1994", quote: "since 1994"}
                  - {agreement: riverton-echo, source: gazette-2011, date: "2003", quote: "signed in 2003"}
                  - {agreement: riverton-alpha, source: gazette-1996, date: "1990", quote: "since 1990"}
                """);
        assertThat(lines(new DatesCheck(), sample())).containsExactly(
                "dates/riverton-echo | conflicts | - | - | Sources disagree on when riverton-echo was signed: "
                        + "gazette-1996 gives 1994, gazette-2011 gives 2003; gazette-2011 dates it 2003, after "
                        + "gazette-1996 (published 1996-02-01) already stated it. Quotes: gazette-1996 (1994): "
                        + "\u201csince 1994\u201d gazette-2011 (2003): \u201csigned in 2003\u201d");
    }

    @Test
    void datesCheckCallsHearsayRefutedByAnEarlierStatementNoConflictAndIgnoresPredecessors() throws Exception {
        Files.writeString(dir.resolve("attestations.yaml"), """
                sources:
                  - {id: op-ed, title: An op-ed, publisher: Op-ed, published: "2021"}
                places:
                  - {id: foxtrot, name: Foxtrot, country: "NO", level: city}
                agreements:
                  - id: riverton-foxtrot
                    parties: [riverton, foxtrot]
                    type: sister-city
                    level: municipal
                    attested:
                      - {source: gazette-2011, date: "1994", quote: "since 1994"}
                    predecessors:
                      - {type: cooperation, date: "1985", source: gazette-1996, quote: "a cooperation pact of 1985"}
                attestations:
                  - {agreement: riverton-echo, source: gazette-1996, date: "1994", quote: "since 1994"}
                  - {agreement: riverton-echo, source: gazette-2011, reports: op-ed, date: "2003", quote: "op-ed: 2003"}
                """);
        assertThat(lines(new DatesCheck(), sample())).containsExactly(
                "dates/riverton-echo | confirmed | - | - | No live disagreement on when riverton-echo was signed (1994): "
                        + "op-ed's 2003, as gazette-2011 reports it, is refuted by gazette-1996, which already stated "
                        + "the tie (1994) when it was published on 1996-02-01. Quotes: gazette-1996 (1994): "
                        + "\u201csince 1994\u201d gazette-2011 (2003 reporting op-ed): \u201cop-ed: 2003\u201d");
    }

    @Test
    void theRegistryNamesEachCheckOnceAndRunsThemInItsOrder() throws Exception {
        assertThat(Reconciler.checkNames()).containsExactly("figure", "series", "breakdown", "rank", "joint", "readings", "dates");
        assertThat(new HashSet<>(Reconciler.checkNames())).hasSameSizeAs(Reconciler.CHECKS);
        assertThat(Reconciler.CHECKS).allSatisfy(k -> assertThat(k.description()).isNotBlank().doesNotContain("\n"));
        Dataset data = sample("id: p1996, subject: riverton, metric: partners, value: 1, qualifier: exact, "
                + "as_of: \"1996-01-01\", " + RULE, "id: r4, subject: riverton, metric: rank, value: 4, "
                + "qualifier: exact, as_of: \"2010-01-01\", rank_of: riverton-delta").data();
        assertThat(Reconciler.run(data)).extracting(Finding::key).containsExactly("figure/p1996", "rank/r4");
        assertThat(Reconciler.checkList()).isEqualTo("figure, series, breakdown, rank, joint, readings or dates");
    }

    /**
     * Twenty partners each signed on an unknown day from its own start in January 2010 to 2020: "10 by
     * mid-2016" and "at most 9 by the end of 2016" each fit alone but not together, which only search
     * shows. With a budget of one dead end the solver cannot tell, and says so in a finding of its own
     * and in every --implied row; with the default budget it finds the conflict.
     */
    @Test
    void aReachedBudgetIsAnUndecidedFindingNeverASilentAbsence() throws Exception {
        StringBuilder yaml = new StringBuilder("""
                sources:
                  - {id: herald, title: Herald, publisher: Herald, published: "2021-01-01"}
                places:
                  - {id: hub, name: Hub, country: "NO", level: city}
                """);
        for (int i = 0; i < 20; i++) {
            yaml.append(String.format("  - {id: p%02d, name: P%02d, country: SE, level: city}%n", i, i));
        }
        yaml.append("agreements:\n");
        for (int i = 0; i < 20; i++) {
            yaml.append(String.format("  - {id: hub-p%02d, parties: [hub, p%02d], type: sister-city, level: municipal, "
                    + "signed: \"2010-01-%02d/2020-12-31\"}%n", i, i, i + 1));
        }
        yaml.append("""
                figures:
                  - {id: ten-mid-2016, subject: hub, metric: partners, value: 10, qualifier: at-least, as_of: "2016-06-30",
                     source: herald, quote: "q", counts: {type: agreements, of: hub}}
                  - {id: nine-end-2016, subject: hub, metric: partners-2016, value: 9, qualifier: at-most,
                     as_of: "2016-12-31", source: herald, quote: "q", counts: {type: agreements, of: hub}}
                """);
        Files.writeString(dir.resolve("hub.yaml"), yaml.toString());
        DataReader.Result r = DataReader.load(DataReader.Request.of(List.of(dir.toString())));
        assertThat(r.problems()).isEmpty();
        Dataset data = r.dataset();

        List<Finding> cut = new JointCheck().run(ReconcileContext.of(data, new amity.solve.Budget(1)));
        assertThat(cut).extracting(Finding::key, Finding::status, Finding::undecided)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("joint/ten-mid-2016+nine-end-2016",
                        Status.UNDECIDED, true));
        assertThat(cut.get(0).explanation()).isEqualTo("The solver reached its work budget (1 dead end per call) "
                + "for hub: whether its 2 figures that hang on uncertain dates (ten-mid-2016, nine-end-2016) can all "
                + "hold at once is not known; no conflict among them is claimed.");
        amity.table.Table implied = ImpliedReport.table(data, new amity.solve.Budget(1));
        assertThat(implied.rows()).hasSize(20).allSatisfy(row -> assertThat(row.cells().get(7))
                .isEqualTo(new amity.table.Value.Bool(true)));
        assertThat(implied.notes().get(0)).startsWith("The solver reached its work budget (1 dead end per call) for "
                + "hub: it could not bound hub-p00, hub-p01, ");

        List<Finding> settled = new JointCheck().run(ReconcileContext.of(data));
        assertThat(settled).extracting(Finding::key, Finding::status, Finding::undecided)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("joint/ten-mid-2016+nine-end-2016",
                        Status.CONFLICTS, false));
        assertThat(ImpliedReport.table(data, amity.solve.Budget.DEFAULT).rows())
                .noneMatch(row -> row.cells().get(7).equals(new amity.table.Value.Bool(true)));
    }
}
