package amity.oracle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * Every placement of a world's uncertain days, reduced to what any comparison can tell apart. The
 * days where some window starts or ends, and every known day, cut the calendar into elementary
 * stretches; a placement puts each unknown day in one stretch of its window and, where several share a
 * stretch, orders them (ties allowed, at most as many distinct days as the stretch holds). Two real
 * placements that agree on that are indistinguishable to every "on or before", "before" and "same day"
 * test, so enumerating these is enumerating them all.
 */
final class Placements {
    /** A placement: each variable's position (comparable across variables and known days) and its real days. */
    record Placement(long[] position, long[] earliestDay, long[] latestDay, int index) {
    }

    private static final int CLASSES = 64;

    private final long[] cuts;
    private final long[][] windows;
    final List<Placement> all = new ArrayList<>();
    private final int cap;

    /** Placements of variables with these windows ([lo, hi] days) beside these known days; null when more than {@code cap}. */
    static Placements of(long[][] windows, List<Long> known, int cap) {
        TreeSet<Long> cuts = new TreeSet<>();
        for (long[] w : windows) {
            cuts.add(w[0]);
            cuts.add(w[1] + 1);
        }
        for (long d : known) {
            cuts.add(d);
            cuts.add(d + 1);
        }
        Placements p = new Placements(cuts.stream().mapToLong(Long::longValue).toArray(), windows, cap);
        return p.enumerate() ? p : null;
    }

    private Placements(long[] cuts, long[][] windows, int cap) {
        this.cuts = cuts;
        this.windows = windows;
        this.cap = cap;
    }

    /** The position of a known day: its stretch (of one day), first and only class. */
    long known(long day) {
        return (long) stretch(cuts, day) * CLASSES;
    }

    private static int stretch(long[] cuts, long day) {
        int i = Arrays.binarySearch(cuts, day);
        return i >= 0 ? i : -i - 2;
    }

    private boolean enumerate() {
        int[] at = new int[windows.length];
        return choose(0, at);
    }

    private boolean choose(int v, int[] at) {
        if (v == windows.length) {
            return order(at);
        }
        for (int s = stretch(cuts, windows[v][0]); s <= stretch(cuts, windows[v][1]); s++) {
            at[v] = s;
            if (!choose(v + 1, at)) {
                return false;
            }
        }
        return true;
    }

    /** Every ordering (ties allowed) of the variables sharing a stretch, each a placement. */
    private boolean order(int[] at) {
        List<int[]> groups = new ArrayList<>();
        boolean[] seen = new boolean[at.length];
        for (int v = 0; v < at.length; v++) {
            if (seen[v]) {
                continue;
            }
            List<Integer> g = new ArrayList<>();
            for (int u = v; u < at.length; u++) {
                if (at[u] == at[v]) {
                    g.add(u);
                    seen[u] = true;
                }
            }
            groups.add(g.stream().mapToInt(Integer::intValue).toArray());
        }
        int[] cls = new int[at.length];
        int[] count = new int[at.length];
        return group(0, groups, at, cls, count);
    }

    private boolean group(int g, List<int[]> groups, int[] at, int[] cls, int[] count) {
        if (g == groups.size()) {
            if (all.size() >= cap) {
                return false;
            }
            long[] pos = new long[at.length];
            long[] early = new long[at.length];
            long[] late = new long[at.length];
            for (int v = 0; v < at.length; v++) {
                pos[v] = (long) at[v] * CLASSES + cls[v];
                early[v] = cuts[at[v]] + cls[v];
                late[v] = cuts[at[v] + 1] - 1 - (count[v] - 1 - cls[v]);
            }
            all.add(new Placement(pos, early, late, all.size()));
            return true;
        }
        int[] members = groups.get(g);
        long length = cuts[at[members[0]] + 1] - cuts[at[members[0]]];
        int most = (int) Math.min(members.length, length);
        for (int k = 1; k <= most; k++) {
            if (!surjections(members, 0, k, new int[members.length], g, groups, at, cls, count)) {
                return false;
            }
        }
        return true;
    }

    /** Each way to put the members into exactly k ordered classes. */
    private boolean surjections(int[] members, int i, int k, int[] c, int g, List<int[]> groups, int[] at, int[] cls,
            int[] count) {
        if (i == members.length) {
            boolean[] used = new boolean[k];
            for (int x : c) {
                used[x] = true;
            }
            for (boolean u : used) {
                if (!u) {
                    return true;
                }
            }
            for (int j = 0; j < members.length; j++) {
                cls[members[j]] = c[j];
                count[members[j]] = k;
            }
            return group(g + 1, groups, at, cls, count);
        }
        for (int x = 0; x < k; x++) {
            c[i] = x;
            if (!surjections(members, i + 1, k, c, g, groups, at, cls, count)) {
                return false;
            }
        }
        return true;
    }
}
