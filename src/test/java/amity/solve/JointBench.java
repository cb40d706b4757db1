package amity.solve;

import amity.model.DateInterval;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Not a test: times every query on a problem the size of the shipped data and on 100k items, for the
 * numbers in package-info. Run after {@code mvn test-compile} with
 * {@code java -XX:TieredStopAtLevel=1 -cp target/classes:target/test-classes:CHOCO_CLASS_PATH amity.solve.JointBench}.
 */
public final class JointBench {

    private JointBench() {
    }

    private record Problem(List<Item> items, List<Claim> claims) {
    }

    private static Item item(String id, String date, String group) {
        return new Item(id, DateInterval.of(date), group);
    }

    private static int certainBy(List<Item> items, LocalDate d) {
        return (int) items.stream().filter(it -> it.certain() && !it.signed().latest().isAfter(d)).count();
    }

    /** About the shipped data: 60 agreements (10 uncertain), 34 claims of every kind, some in conflict. */
    private static Problem shipped() {
        List<Item> items = new ArrayList<>();
        List<String> all = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String id = String.format("c%02d", i);
            items.add(item(id, LocalDate.of(1979, 3, 14).plusDays(i * 260L).toString(), "K" + (i % 40)));
            all.add(id);
        }
        String[] uncertain = {"2014/2018", "2016", "1950/2020", "2010/2019", "2015-03/2016-11", "2016/2017", "1990/2016",
            "2016-01/2016-12", "2012/2020", "../2017"};
        for (int i = 0; i < uncertain.length; i++) {
            String id = String.format("u%02d", i);
            items.add(item(id, uncertain[i], "U" + (i % 7)));
            all.add(id);
        }
        List<Claim> claims = new ArrayList<>();
        String[] dates = {"2010-01-01", "2012-06-30", "2014-12-31", "2016-09-03", "2017-12-31", "2019-06-01"};
        for (int k = 0; k < dates.length; k++) {
            int certain = certainBy(items, LocalDate.parse(dates[k]));
            DateInterval d = DateInterval.of(dates[k]);
            claims.add(new Claim.Count("cities-" + dates[k], Tally.count(all, d), Bounds.between(certain + k / 2, certain + k)));
            claims.add(new Claim.Count("countries-" + dates[k], Tally.distinct(all, d), Bounds.atLeast(Math.max(0, certain - 12))));
            DateInterval next = DateInterval.of(dates[Math.min(dates.length - 1, k + 1)]);
            claims.add(new Claim.Step("step-" + k, all, d, next, Bounds.atLeast(0)));
        }
        claims.add(new Claim.Rank("u02-first", "u02", all, 1));
        claims.add(new Claim.Rank("u06-tenth", "u06", all, 10));
        for (int i = 0; i < 8; i++) {
            claims.add(new Claim.Dated("published-" + i, String.format("u%02d", i), DateInterval.of("../2018-0" + (i + 1) + "-15")));
        }
        DateInterval asOf = DateInterval.of("2016-09-03");
        claims.add(new Claim.Linear("breakdown", List.of(
                new Claim.Term(1, Tally.count(all, asOf)),
                new Claim.Term(-1, Tally.count(all.subList(0, 30), asOf)),
                new Claim.Term(-1, Tally.count(all.subList(30, 60), asOf))), Bounds.atLeast(0)));
        claims.add(new Claim.Count("as-of-2021/2022", Tally.count(all, DateInterval.of("2021/2022")), Bounds.atLeast(55)));
        claims.add(new Claim.Dated("u00-late", "u00", DateInterval.of("2018")));
        return new Problem(items, claims);
    }

    /** 100k certain items, 10 uncertain ones, 10 counts over all of them. */
    private static Problem huge() {
        List<Item> items = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            items.add(Item.of("c" + i, DateInterval.of(LocalDate.of(1950, 1, 1).plusDays(i % 25_000).toString())));
            ids.add("c" + i);
        }
        for (int i = 0; i < 10; i++) {
            items.add(Item.of("u" + i, DateInterval.of("2010/2019")));
            ids.add("u" + i);
        }
        List<Claim> claims = new ArrayList<>();
        for (int y = 2010; y <= 2019; y++) {
            LocalDate d = LocalDate.of(y, 12, 31);
            int c = certainBy(items, d);
            claims.add(new Claim.Count("n-" + y, Tally.count(ids, DateInterval.of(d.toString())), Bounds.between(c + y - 2010, c + 10)));
        }
        return new Problem(items, claims);
    }

    public static void main(String[] args) {
        for (String which : List.of("shipped", "100k")) {
            Problem p = which.equals("shipped") ? shipped() : huge();
            long t0 = System.nanoTime();
            Joint j = Joint.of(p.items(), p.claims(), Budget.DEFAULT);
            long t1 = System.nanoTime();
            Feasibility f = j.feasible();
            long t2 = System.nanoTime();
            Conflicts c = j.conflicts();
            long t3 = System.nanoTime();
            j.implied();
            long t4 = System.nanoTime();
            j.grades();
            long t5 = System.nanoTime();
            System.out.printf("%s: model %d ms, feasible %d ms (%s), conflicts %d ms (%d sets), implied %d ms, grades %d ms, all %d ms%n",
                    which, ms(t1 - t0), ms(t2 - t1), f.feasible(), ms(t3 - t2), c.sets().size(), ms(t4 - t3), ms(t5 - t4),
                    ms(t5 - t0));
        }
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }
}
