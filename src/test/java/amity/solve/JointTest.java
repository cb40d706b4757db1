package amity.solve;

import static org.assertj.core.api.Assertions.assertThat;

import amity.model.DateInterval;
import amity.model.Truth;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JointTest {

    private static Item item(String id, String date) {
        return Item.of(id, DateInterval.of(date));
    }

    private static DateInterval d(String text) {
        return DateInterval.of(text);
    }

    private static Claim count(String id, List<String> items, String asOf, Bounds bounds) {
        return new Claim.Count(id, Tally.count(items, d(asOf)), bounds);
    }

    private static Window only(Implied implied) {
        assertThat(implied.readings()).hasSize(1);
        assertThat(implied.readings().get(0).windows()).hasSize(1);
        return implied.readings().get(0).windows().get(0);
    }

    private static final List<Item> THREE = List.of(item("a", "2016-01-01"), item("u1", "2015/2017"), item("u2", "2015/2017"));
    private static final List<String> ALL3 = List.of("a", "u1", "u2");

    @Test
    void twoClaimsThatEachFitAloneConflictJointly() {
        List<Claim> claims = List.of(
                count("by-mid-2016", ALL3, "2016-06-30", Bounds.atLeast(3)),
                count("unrelated", List.of("a"), "2016-12-31", Bounds.exactly(1)),
                count("by-end-2016", ALL3, "2016-12-31", Bounds.between(0, 2)));
        Joint joint = Joint.of(THREE, claims, Budget.DEFAULT);

        assertThat(joint.feasible()).isEqualTo(new Feasibility(Truth.NO, false));
        assertThat(joint.conflicts()).isEqualTo(new Conflicts(
                List.of(new Conflict(List.of("by-mid-2016", "by-end-2016"), List.of("u1", "u2"))), true, false));
        Grades grades = joint.grades();
        assertThat(grades.alone()).extracting(Grade::status)
                .containsExactly(ClaimStatus.POSSIBLE, ClaimStatus.CONFIRMED, ClaimStatus.POSSIBLE);
        assertThat(grades.setAside()).containsExactly("by-mid-2016");
        assertThat(grades.jointly()).extracting(Grade::status)
                .containsExactly(ClaimStatus.CONFLICTS, ClaimStatus.CONFIRMED, ClaimStatus.POSSIBLE);
    }

    @Test
    void conflictingClaimsGiveOneReadingPerLargestSetThatHolds() {
        List<Claim> claims = List.of(
                count("by-mid-2016", ALL3, "2016-06-30", Bounds.atLeast(3)),
                count("by-end-2016", ALL3, "2016-12-31", Bounds.between(0, 2)));
        Implied implied = Joint.of(THREE, claims, Budget.DEFAULT).implied();

        assertThat(implied.readings()).extracting(Reading::setAside)
                .containsExactly(List.of("by-mid-2016"), List.of("by-end-2016"));
        Window u1 = implied.readings().get(1).windows().get(0);
        assertThat(u1.item()).isEqualTo("u1");
        assertThat(u1.latest()).isEqualTo(LocalDate.of(2016, 6, 30));
        assertThat(u1.boundingLatest()).containsExactly("by-mid-2016");
    }

    @Test
    void aCountBoundsTheLatestDay() {
        List<Item> items = List.of(item("u", "2010/2020"));
        Window w = only(Joint.of(items, List.of(count("five-by-2014", List.of("u"), "2014-12-31", Bounds.exactly(1))),
                Budget.DEFAULT).implied());

        assertThat(w).isEqualTo(new Window("u", d("2010/2020"), LocalDate.of(2010, 1, 1), LocalDate.of(2014, 12, 31),
                List.of(), List.of("five-by-2014")));
        assertThat(w.implied().toString()).isEqualTo("2010/2014");
    }

    @Test
    void aRankBoundsTheLatestDayAndTiesShareTheRank() {
        List<Item> items = List.of(item("tokyo", "1970/1990"), item("osaka", "1979-03-14"), item("kyoto", "1985-05-01"));
        Claim first = new Claim.Rank("tokyo-first", "tokyo", List.of("tokyo", "osaka", "kyoto"), 1);
        Window w = only(Joint.of(items, List.of(first), Budget.DEFAULT).implied());

        assertThat(w.earliest()).isEqualTo(LocalDate.of(1970, 1, 1));
        assertThat(w.latest()).isEqualTo(LocalDate.of(1979, 3, 14));
        assertThat(w.boundingLatest()).containsExactly("tokyo-first");
    }

    @Test
    void aRankAboveOneBoundsTheEarliestDay() {
        List<Item> items = List.of(item("x", "1970/1990"), item("p", "1979-03-14"), item("q", "1985-06-01"));
        Claim third = new Claim.Rank("x-third", "x", List.of("p", "q", "x"), 3);
        Window w = only(Joint.of(items, List.of(third), Budget.DEFAULT).implied());

        assertThat(w.earliest()).isEqualTo(LocalDate.of(1985, 6, 2));
        assertThat(w.latest()).isEqualTo(LocalDate.of(1990, 12, 31));
        assertThat(w.boundingEarliest()).containsExactly("x-third");
        assertThat(w.boundingLatest()).isEmpty();
    }

    @Test
    void aPublicationDateBoundsTheLatestDayOfAnUnknownDate() {
        List<Item> items = List.of(Item.of("ottawa", DateInterval.UNKNOWN));
        Claim published = new Claim.Dated("people-daily-2000", "ottawa", d("../2000-09-19"));
        Window w = only(Joint.of(items, List.of(published), Budget.DEFAULT).implied());

        assertThat(w.earliest()).isEqualTo(DateInterval.OPEN_START);
        assertThat(w.latest()).isEqualTo(LocalDate.of(2000, 9, 19));
        assertThat(w.boundingEarliest()).isEmpty();
        assertThat(w.boundingLatest()).containsExactly("people-daily-2000");
    }

    @Test
    void aPublicationDateConflictsWithALaterClaimedDate() {
        List<Item> items = List.of(Item.of("ottawa", DateInterval.UNKNOWN));
        List<Claim> claims = List.of(
                new Claim.Dated("people-daily-2000", "ottawa", d("../2000-09-19")),
                new Claim.Dated("city-site-2009", "ottawa", d("2009")));
        Conflicts c = Joint.of(items, claims, Budget.DEFAULT).conflicts();

        assertThat(c.sets()).containsExactly(new Conflict(List.of("people-daily-2000", "city-site-2009"), List.of("ottawa")));
    }

    /** "8 holds only if exactly 5 of these 7 were signed by 2016-09-03". */
    @Test
    void gradesSayHowManyUncertainItemsAreNeededAndWhichDecide() {
        List<Item> items = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            items.add(item("c" + i, "2015-0" + i + "-01"));
            ids.add("c" + i);
        }
        for (int i = 1; i <= 7; i++) {
            items.add(item("u" + i, "2016"));
            ids.add("u" + i);
        }
        Claim eight = count("eight", ids, "2016-09-03", Bounds.exactly(8));
        Claim atLeastThree = count("three", ids, "2016-09-03", Bounds.atLeast(3));
        Claim u1Late = new Claim.Dated("u1-late", "u1", d("2016-10/2016-12"));
        Grades g = Joint.of(items, List.of(eight, atLeastThree, u1Late), Budget.DEFAULT).grades();

        assertThat(g.alone()).containsExactly(
                new Grade("eight", ClaimStatus.POSSIBLE, 5, 5, List.of("u1", "u2", "u3", "u4", "u5", "u6", "u7")),
                new Grade("three", ClaimStatus.CONFIRMED, 0, 7, List.of("u1", "u2", "u3", "u4", "u5", "u6", "u7")),
                new Grade("u1-late", ClaimStatus.POSSIBLE, 1, 1, List.of("u1")));
        assertThat(g.jointly()).containsExactly(
                new Grade("eight", ClaimStatus.POSSIBLE, 5, 5, List.of("u2", "u3", "u4", "u5", "u6", "u7")),
                new Grade("three", ClaimStatus.CONFIRMED, 5, 5, List.of("u2", "u3", "u4", "u5", "u6", "u7")),
                new Grade("u1-late", ClaimStatus.POSSIBLE, 1, 1, List.of("u1")));
        assertThat(g.setAside()).isEmpty();
        assertThat(g.stoppedEarly()).isFalse();
    }

    @Test
    void aDistinctCountCountsGroupKeysOnce() {
        List<Item> items = List.of(
                new Item("prague", d("2014-01-01"), "CZ"),
                new Item("brno", d("2014/2018"), "CZ"),
                new Item("riga", d("2014/2018"), "LV"));
        Claim twoCountries = new Claim.Count("two-countries", Tally.distinct(List.of("prague", "brno", "riga"), d("2016-09-03")),
                Bounds.exactly(2));
        Joint joint = Joint.of(items, List.of(twoCountries), Budget.DEFAULT);

        Reading r = joint.implied().readings().get(0);
        assertThat(r.windows()).extracting(Window::item, Window::latest)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("brno", LocalDate.of(2018, 12, 31)),
                        org.assertj.core.groups.Tuple.tuple("riga", LocalDate.of(2016, 9, 3)));
        assertThat(joint.grades().alone().get(0)).isEqualTo(new Grade("two-countries", ClaimStatus.POSSIBLE, 1, 2,
                List.of("brno", "riga")));
    }

    @Test
    void aStepCountsTheItemsSignedWithinIt() {
        List<Item> items = List.of(item("sure", "2016-03-30"), item("u1", "2016-03/2016-04"), item("u2", "2016-03/2016-04"));
        Claim rise = new Claim.Step("rise", List.of("sure", "u1", "u2"), d("2016-03-28"), d("2016-04-05"), Bounds.exactly(3));
        Grades g = Joint.of(items, List.of(rise), Budget.DEFAULT).grades();

        assertThat(g.alone()).containsExactly(new Grade("rise", ClaimStatus.POSSIBLE, 2, 2, List.of("u1", "u2")));
    }

    @Test
    void aBreakdownsPartsCannotExceedItsTotal() {
        List<Item> items = List.of(item("a", "2016-01-01"), item("b", "2016-01-02"), item("u", "2015/2017"));
        Tally total = Tally.count(List.of("a", "u"), d("2016-06-30"));
        Tally part = Tally.count(List.of("a", "b", "u"), d("2016-06-30"));
        Claim remainder = new Claim.Linear("remainder", List.of(new Claim.Term(1, total), new Claim.Term(-1, part)),
                Bounds.atLeast(0));
        Joint joint = Joint.of(items, List.of(remainder), Budget.DEFAULT);

        assertThat(joint.feasible().feasible()).isEqualTo(Truth.NO);
        assertThat(joint.grades().alone()).containsExactly(new Grade("remainder", ClaimStatus.CONFLICTS, 0, 0, List.of()));
    }

    @Test
    void anAsOfIntervalIsADayOfItsOwn() {
        List<Item> items = List.of(item("x", "2022-06-01"), item("y", "2023-03-01"));
        Claim both = count("two-by-2021/2022", List.of("x", "y"), "2021/2022", Bounds.exactly(2));
        Claim one = count("one-by-2021/2022", List.of("x", "y"), "2021/2022", Bounds.exactly(1));

        assertThat(Joint.of(items, List.of(both), Budget.DEFAULT).feasible().feasible()).isEqualTo(Truth.NO);
        assertThat(Joint.of(items, List.of(one), Budget.DEFAULT).grades().alone())
                .containsExactly(new Grade("one-by-2021/2022", ClaimStatus.POSSIBLE, 1, 1, List.of("x")));
    }

    /**
     * 20 uncertain items, 10 of them signed by mid-2016 but at most 9 by the end of it: only search shows
     * it. Each starts on a day of its own, so they are not interchangeable (not a crowd).
     */
    private static Joint hard(Budget budget) {
        return Joint.of(hardItems(), hardClaims(), budget);
    }

    private static List<Item> hardItems() {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            items.add(item(String.format("u%02d", i), String.format("2010-01-%02d/2020-12-31", i + 1)));
        }
        return items;
    }

    private static List<Claim> hardClaims() {
        List<String> ids = hardItems().stream().map(Item::id).toList();
        List<Claim> claims = new ArrayList<>();
        claims.add(count("by-mid-2016", ids, "2016-06-30", Bounds.atLeast(10)));
        claims.add(count("by-end-2016", ids, "2016-12-31", Bounds.between(0, 9)));
        for (int i = 0; i < 10; i++) {
            claims.add(count("step-" + i, ids, (2011 + i % 9) + "-01-01", Bounds.atLeast(0)));
        }
        return claims;
    }

    @Test
    void aLimitStopsTheSearchAndTheAnswerSaysSo() {
        Joint limited = hard(new Budget(1));
        Feasibility f = limited.feasible();
        assertThat(f).isEqualTo(new Feasibility(Truth.MAYBE, true));
        Conflicts c = limited.conflicts();
        assertThat(c.stoppedEarly()).isTrue();
        assertThat(c.complete()).isFalse();

        Joint full = hard(Budget.DEFAULT);
        assertThat(full.feasible()).isEqualTo(new Feasibility(Truth.NO, false));
        assertThat(full.conflicts().sets()).extracting(Conflict::claims)
                .containsExactly(List.of("by-mid-2016", "by-end-2016"));
    }

    @Test
    void aQuestionALimitCutShortIsNotSearchedAgainWithNoMoreTime() {
        java.util.Map<String, Item> items = new java.util.LinkedHashMap<>();
        hardItems().forEach(i -> items.put(i.id(), i));
        Oracle oracle = new Oracle(new Encoding(items, hardClaims()), new Budget(1));
        java.util.BitSet all = new java.util.BitSet();
        all.set(0, hardClaims().size());
        for (int query = 0; query < 2; query++) {
            oracle.startQuery();
            assertThat(oracle.sat(all, List.of())).isEqualTo(Oracle.Answer.UNKNOWN);
            assertThat(oracle.stopped()).isTrue();
        }
        assertThat(oracle.calls()).isEqualTo(1);
    }

    @Test
    void theSameProblemGivesTheSameAnswersOnEveryRun() {
        List<String> first = answers();
        for (int run = 0; run < 3; run++) {
            assertThat(answers()).isEqualTo(first);
        }
    }

    private static List<String> answers() {
        List<Claim> claims = List.of(
                count("by-mid-2016", ALL3, "2016-06-30", Bounds.atLeast(3)),
                count("by-end-2016", ALL3, "2016-12-31", Bounds.between(0, 2)),
                new Claim.Rank("u2-first", "u2", ALL3, 1),
                new Claim.Dated("u1-published", "u1", d("../2016-03-01")));
        Joint joint = Joint.of(THREE, claims, Budget.DEFAULT);
        return List.of(joint.feasible().toString(), joint.conflicts().toString(), joint.implied().toString(),
                joint.grades().toString());
    }

    @Test
    void certainItemsAreConstantsSoAHugeProblemHasFewVariables() {
        List<Item> items = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            String id = "c" + i;
            items.add(item(id, LocalDate.of(1950, 1, 1).plusDays(i % 20_000).toString()));
            ids.add(id);
        }
        for (int i = 0; i < 10; i++) {
            items.add(item("u" + i, "2000/2010"));
            ids.add("u" + i);
        }
        long certainBy2004 = items.stream().filter(it -> it.certain() && !it.signed().latest().isAfter(LocalDate.of(2004, 12, 31))).count();
        Claim c = count("huge", ids, "2004-12-31", Bounds.exactly(Math.toIntExact(certainBy2004) + 4));
        Joint joint = Joint.of(items, List.of(c), Budget.DEFAULT);

        Grade g = joint.grades().alone().get(0);
        assertThat(g.neededMin()).isEqualTo(4);
        assertThat(g.neededMax()).isEqualTo(4);
        assertThat(g.deciding()).hasSize(10);
        assertThat(joint.implied().readings().get(0).windows()).hasSize(10);
    }

    @Test
    void noClaimsHoldTogetherAndImplyNothing() {
        Joint joint = Joint.of(THREE, List.of(), Budget.DEFAULT);

        assertThat(joint.feasible()).isEqualTo(new Feasibility(Truth.YES, false));
        assertThat(joint.conflicts()).isEqualTo(new Conflicts(List.of(), true, false));
        assertThat(joint.implied()).isEqualTo(new Implied(List.of(new Reading(List.of(), List.of())), false));
    }

    @Test
    void aClaimOnAnItemTheProblemDoesNotHoldIsRefused() {
        assertThatThrownBy(() -> Joint.of(THREE, List.of(count("n", List.of("a", "zz"), "2016", Bounds.atLeast(1))), Budget.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("claim n names item zz, which the problem does not hold");
        assertThatThrownBy(() -> Joint.of(THREE, List.of(count("n", ALL3, "2016", Bounds.atLeast(1)),
                count("n", ALL3, "2017", Bounds.atLeast(1))), Budget.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("claim n is given twice");
    }

    /**
     * Interchangeable items (one window, counted alike) are one crowd: the answers are those of the same
     * items taken one by one, which a claim that holds anyway (a window as wide as each item's own) forces.
     */
    @Test
    void aCrowdAnswersAsItsItemsOneByOne() {
        List<Item> items = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            items.add(item("u" + i, "2010/2020"));
            ids.add("u" + i);
        }
        items.add(item("v", "2012/2018"));
        ids.add("v");
        List<Claim> claims = new ArrayList<>(List.of(
                count("two-by-2012", ids, "2012-12-31", Bounds.atLeast(2)),
                count("at-most-one-by-2011", ids, "2011-06-30", Bounds.between(0, 1)),
                count("four-by-2014", ids, "2014-12-31", Bounds.exactly(4)),
                count("three-by-2014", ids, "2014-12-31", Bounds.between(0, 3)),
                new Claim.Step("two-in-2015", ids, d("2014-12-31"), d("2015-12-31"), Bounds.exactly(2))));
        Joint crowd = Joint.of(items, claims, Budget.DEFAULT);
        List<Claim> oneByOne = new ArrayList<>(claims);
        for (String id : ids) {
            oneByOne.add(new Claim.Dated("own-" + id, id, items.get(ids.indexOf(id)).signed()));
        }
        Joint single = Joint.of(items, oneByOne, Budget.DEFAULT);

        assertThat(crowd.feasible()).isEqualTo(new Feasibility(Truth.NO, false));
        assertThat(crowd.conflicts()).isEqualTo(single.conflicts());
        assertThat(crowd.conflicts().sets()).extracting(Conflict::claims)
                .containsExactly(List.of("four-by-2014", "three-by-2014"));
        assertThat(crowd.implied()).isEqualTo(single.implied());
        assertThat(crowd.implied().readings()).extracting(Reading::setAside)
                .containsExactly(List.of("four-by-2014"), List.of("three-by-2014"));
        Grades grades = crowd.grades();
        Grades expected = single.grades();
        assertThat(grades.alone()).isEqualTo(expected.alone().subList(0, claims.size()));
        assertThat(grades.jointly()).isEqualTo(expected.jointly().subList(0, claims.size()));
    }

    @Test
    void aCrowdOfHundredsSettlesWithinAFewDeadEnds() {
        List<Item> items = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 800; i++) {
            items.add(item(String.format("u%03d", i), "2000/2009"));
            ids.add(String.format("u%03d", i));
        }
        List<Claim> claims = new ArrayList<>();
        for (int y = 0; y < 9; y++) {
            claims.add(count("by-200" + y, ids, "200" + y + "-12-31", Bounds.atLeast(50 * y)));
        }
        claims.add(count("few-by-2004", ids, "2004-06-30", Bounds.between(0, 300)));
        claims.add(count("many-by-2003", ids, "2003-12-31", Bounds.atLeast(350)));
        Joint joint = Joint.of(items, claims, new Budget(100));

        assertThat(joint.conflicts()).isEqualTo(new Conflicts(List.of(new Conflict(
                List.of("few-by-2004", "many-by-2003"), ids)), true, false));
        Implied implied = joint.implied();
        assertThat(implied.stoppedEarly()).isFalse();
        assertThat(implied.readings()).hasSize(2);
        assertThat(implied.readings().get(0).windows()).hasSize(800).noneMatch(Window::undecided);
    }
}
