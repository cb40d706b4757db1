package amity.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import amity.check.Checks;
import amity.model.Dataset;
import amity.oracle.Meaning.Claim;
import amity.oracle.Meaning.Expected;
import amity.oracle.Placements.Placement;
import amity.oracle.World.Fig;
import amity.oracle.World.Tie;
import amity.table.Value;
import amity.report.reconcile.Finding;
import amity.report.reconcile.ImpliedReport;
import amity.report.reconcile.Reconciler;
import amity.table.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * reconcile against brute force: on thousands of small generated worlds ({@link World}), every
 * figure, rank, series and breakdown finding's status, derived range, needed and deciding records,
 * whether it depends on implied ties, the joint check's smallest conflicting sets, and every
 * {@code --implied} window with what bounds each end, each compared with what enumerating every
 * placement of the uncertain days gives ({@link Meaning}). Deterministic: the worlds come from fixed
 * seeds; a failure prints the world as YAML to replay with {@code bin/amity reconcile --data FILE}.
 */
class ReconcileOracleTest {
    /** How many worlds one run tries (-Damity.oracle.tries=N for more). */
    static final int TRIES = Integer.getInteger("amity.oracle.tries", 2000);
    /** The first seed (-Damity.oracle.seed=N to try others). */
    static final long SEED = Long.getLong("amity.oracle.seed", 24L);
    /** The most placements one world may have: more and the world is drawn again. */
    static final int CAP = 5_000;
    /**
     * Issue 24's items whose cases are left out, while their fixes are not in (-Damity.oracle.without= to
     * try them all): 2, the open ends cut a few days beyond the problem's dates read back wrong in --implied
     * ("../0001-01-08" for a tie that must precede 2001-03-15) and a bounding set is not always the smallest;
     * 4, a rank's needed counts a same-day peer as one that could come first; 6, complete parts under hedged
     * qualifiers are confirmed though not every value they allow adds up; 7, interval as_of (one day shared
     * per source and text) in series steps and joint sets is not yet what reconcile does; 8, implied_records
     * leaves out implied ties that certainly count.
     */
    static final Set<Integer> WITHOUT = without(System.getProperty("amity.oracle.without", "2,4,6,7,8"));

    private static Set<Integer> without(String items) {
        Set<Integer> out = new TreeSet<>();
        for (String i : items.split(",")) {
            if (!i.isBlank()) {
                out.add(Integer.parseInt(i.strip()));
            }
        }
        return out;
    }

    /** One world's outcome: null when it has too many placements to enumerate. */
    private record Tried(World world, int placements, long nanos, List<String> wrong) {
    }

    @Test
    void reconcileAgreesWithEnumeratingEveryPlacement() {
        // Worlds are tried on every core, a block of seeds at a time, and read back in seed order.
        Map<String, String> example = new LinkedHashMap<>();
        Map<String, Integer> times = new LinkedHashMap<>();
        int tried = 0;
        long placements = 0;
        long nanos = 0;
        for (long from = SEED; tried < TRIES; from += 64) {
            long start = from;
            List<Tried> block = java.util.stream.LongStream.range(start, start + 64).parallel()
                    .mapToObj(ReconcileOracleTest::attempt).toList();
            for (Tried t : block) {
                if (t == null || tried == TRIES) {
                    continue;
                }
                tried++;
                placements += t.placements();
                nanos += t.nanos();
                for (String line : t.wrong()) {
                    String kind = line.substring(0, line.indexOf(':'));
                    times.merge(kind, 1, Integer::sum);
                    example.putIfAbsent(kind, line + "\n" + t.world().yaml());
                }
            }
        }
        StringBuilder report = new StringBuilder();
        times.forEach((kind, n) -> report.append("\n== ").append(kind).append(" (").append(n).append(" times); first:\n")
                .append(example.get(kind)));
        System.out.println("oracle: " + tried + " worlds, " + placements + " placements, " + nanos / 1_000_000
                + " ms in reconcile" + (WITHOUT.isEmpty() ? "" : ", leaving out issue 24 items " + WITHOUT));
        if (Boolean.getBoolean("amity.oracle.report")) {
            try {
                java.nio.file.Files.writeString(java.nio.file.Path.of("target/oracle-report.txt"), report.toString());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        assertThat(times).as("disagreements with the enumeration:%s", report).isEmpty();
    }

    private static Tried attempt(long seed) {
        World w = World.generate(seed, WITHOUT);
        Meaning m = Meaning.of(w, w.ties(), CAP);
        if (m == null) {
            return null;
        }
        Dataset data = w.dataset();
        assertThat(Checks.run(data)).as("world %d passes check:%n%s", seed, w.yaml()).isEmpty();
        List<String> wrong = new ArrayList<>();
        long t0 = System.nanoTime();
        List<Finding> findings = Reconciler.run(data);
        Table table = ImpliedReport.table(data);
        long nanos = System.nanoTime() - t0;
        compare(w, m, findings, table, wrong);
        return new Tried(w, m.all.size(), nanos, wrong);
    }

    private static void compare(World w, Meaning m, List<Finding> findings, Table table, List<String> wrong) {
        Map<String, Finding> byKey = new HashMap<>();
        findings.forEach(f -> byKey.put(f.key(), f));
        List<Tie> present = w.ties().stream().filter(t -> !t.implied()).toList();
        Meaning without = present.size() == w.ties().size() ? null : Meaning.of(w, present, CAP);
        Map<String, Expected> withoutImplied = new HashMap<>();
        if (without != null) {
            expected(without).forEach(x -> withoutImplied.put(x.key(), x));
        }
        for (Expected e : expected(m)) {
            Finding f = byKey.get(e.key());
            if (f == null) {
                wrong.add("missing finding: " + e.key() + " (expected " + e.status() + ")");
                continue;
            }
            compare(e, f, wrong);
            if (without != null) {
                Expected alone = withoutImplied.get(e.key());
                boolean depends = alone == null || !alone.status().equals(e.status());
                if (depends != !f.implied().isEmpty()) {
                    wrong.add(f.check() + ".depends_on_implied: " + e.key() + " reconcile " + !f.implied().isEmpty()
                            + ", enumeration " + depends + " (without the implied ties: "
                            + (alone == null ? "no finding" : alone.status()) + ")");
                } else if (depends && e.key().startsWith("figure/")) {
                    List<String> counted = m.impliedCounted(m.figure(e.key().substring("figure/".length())));
                    // Item 8: only that every tie named can count, while the certain ones may be left out.
                    boolean named = WITHOUT.contains(8) ? counted.containsAll(f.implied())
                            : new TreeSet<>(f.implied()).equals(new TreeSet<>(counted));
                    if (!named) {
                        wrong.add("figure.implied_records: " + e.key() + " reconcile " + f.implied()
                                + ", enumeration (implied ties it possibly counts) " + counted);
                    }
                }
            }
        }
        joint(m, findings, wrong);
        implied(m, table, wrong);
    }


    /** Every non-joint finding the oracle expects, in figure order. */
    private static List<Expected> expected(Meaning m) {
        List<Expected> out = new ArrayList<>();
        Map<String, List<Fig>> parts = new LinkedHashMap<>();
        for (Fig f : m.world.figs()) {
            if (f.rank()) {
                Expected e = m.rank(f);
                if (e != null) {
                    out.add(e);
                }
            } else {
                out.add(m.count(f));
            }
            if (!f.partOf().isEmpty()) {
                parts.computeIfAbsent(f.partOf(), k -> new ArrayList<>()).add(f);
            }
        }
        for (Fig[] s : m.steps()) {
            out.add(m.step(s[0], s[1]));
        }
        parts.forEach((total, list) -> out.add(m.breakdown(m.figure(total), list)));
        return out;
    }

    private static void compare(Expected e, Finding f, List<String> wrong) {
        String at = e.key() + " ";
        if (!f.status().slug().equals(e.status())) {
            wrong.add(f.check() + ".status: " + at + "reconcile " + f.status().slug() + ", enumeration " + e.status()
                    + " | " + f.explanation());
            return;
        }
        if (e.lo() != null && f.derivedLo() != null && (f.derivedLo().compareTo(BigDecimal.valueOf(e.lo())) != 0
                || f.derivedHi().compareTo(BigDecimal.valueOf(e.hi())) != 0)) {
            wrong.add(f.check() + ".derived: " + at + "reconcile " + f.derivedLo() + ".." + f.derivedHi()
                    + ", enumeration " + e.lo() + ".." + e.hi() + " | " + f.explanation());
        }
        if (e.needLo() != null && (f.need().lo() != e.needLo() || f.need().hi() != e.needHi())) {
            wrong.add(f.check() + ".needed: " + at + "reconcile " + f.need().lo() + ".." + f.need().hi()
                    + ", enumeration " + e.needLo() + ".." + e.needHi() + " | " + f.explanation());
        }
        if (e.deciding() != null && !f.need().deciding().equals(e.deciding())) {
            wrong.add(f.check() + ".deciding: " + at + "reconcile " + f.need().deciding() + ", enumeration "
                    + e.deciding() + " | " + f.explanation());
        }
    }

    /** The joint findings name exactly the smallest sets of figures that cannot all hold. */
    private static void joint(Meaning m, List<Finding> findings, List<String> wrong) {
        Set<Set<String>> got = new HashSet<>();
        for (Finding f : findings) {
            if (f.check().equals("joint")) {
                got.add(new TreeSet<>(f.figures()));
            }
        }
        Set<Set<String>> want = m.conflicts(m.claims());
        if (!got.equals(want)) {
            wrong.add("joint.sets: reconcile " + got + ", enumeration " + want);
        }
    }

    /** Each --implied row: its window, and that what it says bounds each end is a smallest set that does. */
    private static void implied(Meaning m, Table table, List<String> wrong) {
        List<Claim> claims = m.claims();
        List<Integer> readings = m.readings(claims);
        Set<String> listed = new HashSet<>();
        for (Table.TableRow row : table.rows()) {
            String id = row.cells().get(0).asText(", ");
            List<String> aside = texts(row.cells().get(6));
            listed.add(id + " " + new TreeSet<>(aside));
            Integer reading = readings.stream().filter(r -> Meaning.figures(claims, all(claims) & ~r)
                    .equals(new TreeSet<>(aside))).findFirst().orElse(null);
            if (reading == null) {
                wrong.add("implied.set_aside: " + id + " set aside " + aside + ", enumeration's readings set aside "
                        + readings.stream().map(r -> Meaning.figures(claims, all(claims) & ~r)).toList());
                continue;
            }
            int v = m.signingVariable(id);
            if (v < 0) {
                wrong.add("implied.listed: " + id + " is listed though its date is known");
                continue;
            }
            if (WITHOUT.contains(2) && m.window(v)[0] == OPEN_START) {
                continue; // item 2: an open start is cut a few days before the problem's dates
            }
            long[] window = window(m, claims, reading, v);
            var implied = ((Value.Date) row.cells().get(3)).date();
            if (implied.earliest().toEpochDay() != window[0] || implied.latest().toEpochDay() != window[1]) {
                wrong.add("implied.window: " + id + " (set aside " + aside + ") reconcile " + implied + ", enumeration "
                        + LocalDate.ofEpochDay(window[0]) + "/" + LocalDate.ofEpochDay(window[1]));
                continue;
            }
            bound(m, claims, reading, v, true, window, texts(row.cells().get(4)), id, wrong);
            bound(m, claims, reading, v, false, window, texts(row.cells().get(5)), id, wrong);
        }
        for (int r : readings) {
            Set<String> aside = Meaning.figures(claims, all(claims) & ~r);
            for (Tie t : m.world.ties()) {
                int v = m.signingVariable(t.id());
                if (v < 0 || (WITHOUT.contains(2) && m.window(v)[0] == OPEN_START)) {
                    continue;
                }
                long[] window = window(m, claims, r, v);
                boolean narrowed = window[0] > m.window(v)[0] || window[1] < m.window(v)[1];
                if (narrowed && !listed.contains(t.id() + " " + aside)) {
                    wrong.add("implied.unlisted: " + t.id() + " (set aside " + aside + ") is implied "
                            + LocalDate.ofEpochDay(window[0]) + "/" + LocalDate.ofEpochDay(window[1])
                            + " but --implied does not list it");
                }
            }
        }
    }

    private static final long OPEN_START = World.Span.of("..").lo();

    private static int all(List<Claim> claims) {
        return (1 << claims.size()) - 1;
    }

    private static List<String> texts(Value v) {
        return v instanceof Value.ListOf l ? l.items().stream().map(i -> i.asText(", ")).toList() : List.of();
    }

    /** The earliest and latest day variable {@code v} takes where the claims of {@code set} hold. */
    private static long[] window(Meaning m, List<Claim> claims, int set, int v) {
        long lo = Long.MAX_VALUE;
        long hi = Long.MIN_VALUE;
        for (int p = 0; p < m.all.size(); p++) {
            if (m.meets(claims, set, p)) {
                Placement pl = m.all.get(p);
                lo = Math.min(lo, pl.earliestDay()[v]);
                hi = Math.max(hi, pl.latestDay()[v]);
            }
        }
        return new long[] {lo, hi};
    }

    /**
     * The figures named as bounding one end: empty where the record's own window ends there; else the
     * claims of the reading they name rule out every day beyond, and none of them can be left out.
     */
    private static void bound(Meaning m, List<Claim> claims, int reading, int v, boolean earliest, long[] window,
            List<String> named, String id, List<String> wrong) {
        String end = earliest ? "earliest_bounded_by" : "latest_bounded_by";
        boolean own = earliest ? window[0] == m.window(v)[0] : window[1] == m.window(v)[1];
        if (own) {
            if (!named.isEmpty()) {
                wrong.add("implied." + end + ": " + id + " names " + named + " though its own record sets that end");
            }
            return;
        }
        int set = 0;
        for (int c = 0; c < claims.size(); c++) {
            if ((reading >> c & 1) == 1 && named.containsAll(claims.get(c).figures())) {
                set |= 1 << c;
            }
        }
        if (!Meaning.figures(claims, set).equals(new TreeSet<>(named)) || beyond(m, claims, set, v, earliest, window)) {
            wrong.add("implied." + end + ": " + id + " names " + named + ", which do not rule out every day "
                    + (earliest ? "before " + LocalDate.ofEpochDay(window[0]) : "after " + LocalDate.ofEpochDay(window[1])));
            return;
        }
        boolean open = m.world.ties().stream().anyMatch(t -> t.signed().lo() == OPEN_START);
        if (WITHOUT.contains(2) && open) {
            return; // item 2: beside open-ended ties the set named is one that bounds, not always a smallest
        }
        for (int c = 0; c < claims.size(); c++) {
            if ((set >> c & 1) == 1 && !beyond(m, claims, set & ~(1 << c), v, earliest, window)) {
                wrong.add("implied." + end + ": " + id + " names " + named + ", not a smallest set: "
                        + claims.get(c).id() + " is not needed");
                return;
            }
        }
    }

    /** Whether the claims of {@code set} allow variable {@code v} a day beyond that end of the window. */
    private static boolean beyond(Meaning m, List<Claim> claims, int set, int v, boolean earliest, long[] window) {
        for (int p = 0; p < m.all.size(); p++) {
            Placement pl = m.all.get(p);
            boolean out = earliest ? pl.earliestDay()[v] < window[0] : pl.latestDay()[v] > window[1];
            if (out && m.meets(claims, set, p)) {
                return true;
            }
        }
        return false;
    }
}
