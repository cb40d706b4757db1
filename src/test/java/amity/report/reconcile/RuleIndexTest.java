package amity.report.reconcile;

import amity.report.AsOf;
import static org.assertj.core.api.Assertions.assertThat;

import amity.model.Agreement;
import amity.model.DateInterval;
import amity.model.Ending;
import amity.model.Spots;
import amity.model.Truth;
import amity.query.ValueRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The index counts exactly what a pass over every record with AsOf counts, for any dates. */
class RuleIndexTest {
    static final List<String> DATES = List.of("1979-03-14", "1979-03", "1979", "197X", "1980/1989", "../1985",
            "1990/..", "1985?", "1986-02-28", "1999", "19XX", "2000-01-01", "2001/2003");

    record Case(List<String> signed, List<String> ended, List<Integer> matched, String at) {
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<String> date = Arbitraries.of(DATES);
        Arbitrary<String> end = Arbitraries.oneOf(Arbitraries.just(""), date);
        return net.jqwik.api.Combinators.combine(date.list().ofSize(30), end.list().ofSize(30),
                Arbitraries.integers().between(0, 2).list().ofSize(30), date).as(Case::new);
    }

    @Property(tries = 500)
    void countsAsAPassOverEveryRecordDoes(@ForAll("cases") Case c) {
        List<ValueRow> rows = new ArrayList<>();
        Truth[] matched = new Truth[30];
        for (int i = 0; i < 30; i++) {
            Ending ended = c.ended().get(i).isEmpty() ? Ending.LASTS : new Ending.Ended(DateInterval.of(c.ended().get(i)));
            Agreement a = new Agreement("a" + i, List.of("x", "y"), "sister-city", "municipal",
                    DateInterval.of(c.signed().get(i)), ended, List.of(), List.of(), "", Spots.NONE);
            rows.add(new ValueRow(a.id(), Map.of(), a));
            matched[i] = Truth.values()[c.matched().get(i)];
        }
        DateInterval at = DateInterval.of(c.at());
        int lo = 0;
        int hi = 0;
        for (int i = 0; i < 30; i++) {
            Truth t = matched[i].and(AsOf.holds(rows.get(i).record(), at));
            lo += t == Truth.YES ? 1 : 0;
            hi += t != Truth.NO ? 1 : 0;
        }
        assertThat(RuleIndex.of(rows, matched).count(rows, matched, at)).containsExactly(lo, hi);
    }
}
