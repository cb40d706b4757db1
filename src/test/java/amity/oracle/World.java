package amity.oracle;

import amity.model.Agreement;
import amity.model.Counts;
import amity.model.DateInterval;
import amity.model.Dataset;
import amity.model.Ending;
import amity.model.Figure;
import amity.model.Place;
import amity.model.Qualifier;
import amity.model.Source;
import amity.model.Spots;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * A small data set as the oracle sees it: one subject ({@code s}), its ties with their signing and
 * ending windows in days, and figures about them. It is generated from a seed, turned into the records
 * amity reads ({@link #dataset}), and printed as YAML ({@link #yaml}) so that a failing try can be
 * replayed with {@code bin/amity reconcile --data FILE}.
 */
record World(long seed, List<Tie> ties, List<Fig> figs) {

    /** A window of days [lo, hi] as EDTF text: one day, a month, a year, an open start, or unknown (".."). */
    record Span(String text, long lo, long hi) {
        boolean day() {
            return lo == hi;
        }

        static Span of(String text) {
            if (text.equals("..")) {
                return new Span(text, LocalDate.of(1, 1, 1).toEpochDay(), LocalDate.of(9999, 12, 31).toEpochDay());
            }
            if (text.startsWith("../")) {
                return new Span(text, LocalDate.of(1, 1, 1).toEpochDay(), of(text.substring(3)).hi);
            }
            int slash = text.indexOf('/');
            if (slash > 0) {
                return new Span(text, of(text.substring(0, slash)).lo, of(text.substring(slash + 1)).hi);
            }
            String[] p = text.split("-");
            int y = Integer.parseInt(p[0]);
            if (p.length == 1) {
                return new Span(text, LocalDate.of(y, 1, 1).toEpochDay(), LocalDate.of(y, 12, 31).toEpochDay());
            }
            int m = Integer.parseInt(p[1]);
            if (p.length == 2) {
                LocalDate first = LocalDate.of(y, m, 1);
                return new Span(text, first.toEpochDay(), first.plusMonths(1).minusDays(1).toEpochDay());
            }
            long d = LocalDate.of(y, m, Integer.parseInt(p[2])).toEpochDay();
            return new Span(text, d, d);
        }
    }

    /** A tie of {@code s} with a partner in {@code country}; {@code ended} is null while it lasts. */
    record Tie(String id, String country, String type, Span signed, Span ended, boolean implied) {
    }

    /**
     * A figure: a count (records or distinct partner countries of the ties of type {@code type} and
     * partner country {@code country}, "" for any) or, with {@code rankOf}, an ordinal. {@code partOf}
     * names its total; a total with {@code partsComplete} says its parts are all there is.
     */
    record Fig(String id, String metric, String type, String country, boolean distinct, int value,
            Qualifier qualifier, Span asOf, String partOf, boolean partsComplete, String rankOf, String source) {
        boolean rank() {
            return !rankOf.isEmpty();
        }

        String where() {
            List<String> terms = new ArrayList<>();
            if (!type.isEmpty()) {
                terms.add("type = " + type);
            }
            if (!country.isEmpty()) {
                terms.add("partner.country = " + country);
            }
            return String.join(" and ", terms);
        }

        boolean matches(Tie t) {
            return (type.isEmpty() || type.equals(t.type)) && (country.isEmpty() || country.equals(t.country));
        }

        /** The whole numbers the value allows under its qualifier, as README says it: lo..hi, hi {@link #NO_END} for no end. */
        long[] allows() {
            long v = value;
            return switch (qualifier) {
                case EXACT -> new long[] {v, v};
                case MORE_THAN -> new long[] {v + 1, NO_END};
                case AT_LEAST -> new long[] {v, NO_END};
                case LESS_THAN -> new long[] {0, v - 1};
                case AT_MOST -> new long[] {0, v};
                // 10% either way, rounded inward; 10 * v keeps it in whole numbers.
                case ABOUT -> new long[] {(9 * v + 9) / 10, (11 * v) / 10};
            };
        }
    }

    /** No upper bound. */
    static final long NO_END = Long.MAX_VALUE;
    static final String SUBJECT = "s";
    static final List<String> COUNTRIES = List.of("SE", "DK", "FI", "IS");
    static final List<String> DAYS = List.of("2001-03-15", "2001-06-30", "2001-09-10", "2002-03-15", "2002-06-30",
            "2002-12-31");
    static final List<String> MONTHS = List.of("2001-06", "2002-03");
    static final List<String> YEARS = List.of("2001", "2002", "2001/2002");
    static final List<String> OPEN = List.of("../2001-06-30", "../2002-06-30");
    static final List<String> AS_OF = List.of("2001-06-30", "2001-12-31", "2002-06-30", "2002-12-31");
    static final List<String> ENDED = List.of("2001-12-31", "2002-06-30", "2002-09-10", "2002", "2002-06");
    /** The most ties of uncertain date in one world: keeps the enumeration small. */
    static final int MAX_UNCERTAIN = 4;

    /** A world drawn from {@code seed}: 3 to 9 ties, counts, distinct counts, ranks, a series, a breakdown. */
    static World generate(long seed, java.util.Set<Integer> without) {
        Random r = new Random(seed);
        List<String> days = new ArrayList<>(DAYS);
        int n = 3 + r.nextInt(7);
        List<Tie> ties = new ArrayList<>();
        int uncertain = 0;
        for (int i = 1; i <= n; i++) {
            String signed;
            int kind = uncertain >= MAX_UNCERTAIN ? 0 : r.nextInt(20);
            if (kind < 8 && !days.isEmpty()) {
                signed = pick(r, days);
                if (without.contains(4)) {
                    days.remove(signed); // item 4: no two ties signed the same day
                }
            } else if (kind < 10) {
                signed = pick(r, MONTHS);
            } else if (kind < 13) {
                signed = pick(r, YEARS);
            } else if (kind < 16) {
                signed = pick(r, OPEN);
            } else {
                signed = "..";
            }
            Span s = Span.of(signed);
            uncertain += s.day() ? 0 : 1;
            Span ended = null;
            if (r.nextInt(7) == 0 && !without.contains(3)) { // item 3: ended ties
                Span e = Span.of(pick(r, ENDED));
                ended = e.lo > s.hi ? e : null;
            }
            ties.add(new Tie("s-p" + i, pick(r, COUNTRIES), r.nextInt(5) == 0 ? "friendship" : "sister-city", s, ended,
                    r.nextInt(7) == 0));
        }
        List<Fig> figs = new ArrayList<>();
        int intervals = 0;
        int counts = 1 + r.nextInt(3);
        for (int i = 1; i <= counts; i++) {
            // Item 7: an interval as_of is one unknown day, shared by the figures of one source with that text.
            boolean interval = intervals < 2 && r.nextInt(7) == 0 && !without.contains(7);
            intervals += interval ? 1 : 0;
            figs.add(count(r, "c" + i, "m" + i, n, interval ? Span.of(pick(r, List.of("2001", "2002")))
                    : Span.of(pick(r, AS_OF)), "", false));
        }
        if (r.nextInt(3) == 0) {
            // A series: another figure of the first one's metric, at another date, perhaps by another rule.
            Fig first = figs.get(0);
            Span at;
            do {
                at = Span.of(pick(r, AS_OF));
            } while (at.equals(first.asOf) && r.nextInt(4) != 0);
            figs.add(count(r, "c" + (counts + 1), first.metric, n, at, "", false));
        }
        int ranks = r.nextInt(3);
        for (int i = 1; i <= ranks; i++) {
            Tie target = ties.get(r.nextInt(n));
            Qualifier q = without.contains(5) ? Qualifier.EXACT : qualifier(r); // item 5: ranks of every qualifier
            int rank = 1 + r.nextInt(n) + (q == Qualifier.LESS_THAN ? 1 : 0); // "less than 1" allows no rank
            figs.add(new Fig("k" + i, "rank" + i, "", "", false, rank, q, Span.of("2002-12-31"),
                    "", false, target.id, "news-1"));
        }
        if (r.nextInt(4) == 0) {
            boolean distinct = r.nextBoolean();
            Span at = Span.of(pick(r, AS_OF));
            Fig total = count(r, "t", "total", n, at, "", r.nextInt(5) < 2);
            // Item 6: complete parts under hedged qualifiers ("more than 2" as about 1 + at most 2) are
            // confirmed by reconcile though not every value they allow adds up: complete parts are exact here.
            boolean exact = total.partsComplete && without.contains(6);
            total = new Fig(total.id, total.metric, "", "", distinct, total.value, exact ? Qualifier.EXACT
                    : total.qualifier, at, "", total.partsComplete, "", total.source);
            figs.add(total);
            for (String c : List.of("SE", "DK")) {
                Fig p = count(r, "t-" + c.toLowerCase(java.util.Locale.ROOT), "total-" + c, n / 2 + 1, at, "t", false);
                figs.add(new Fig(p.id, p.metric, "", c, distinct, p.value, exact ? Qualifier.EXACT : p.qualifier, at,
                        "t", false, "", p.source));
            }
        }
        return new World(seed, List.copyOf(ties), List.copyOf(figs));
    }

    private static Fig count(Random r, String id, String metric, int n, Span asOf, String partOf, boolean complete) {
        String type = switch (r.nextInt(6)) {
            case 0 -> "sister-city";
            case 1 -> "friendship";
            default -> "";
        };
        String country = r.nextInt(6) == 0 ? pick(r, COUNTRIES) : "";
        Qualifier q = qualifier(r);
        // "less than 0" allows no count at all: issue 24 item 1, left to its own golden case.
        int value = r.nextInt(n + 2) + (q == Qualifier.LESS_THAN ? 1 : 0);
        return new Fig(id, metric, type, country, r.nextInt(3) == 0, value, q, asOf, partOf, complete, "",
                r.nextBoolean() ? "news-1" : "news-2");
    }

    private static Qualifier qualifier(Random r) {
        return r.nextInt(3) == 0 ? Qualifier.EXACT : Qualifier.values()[r.nextInt(Qualifier.values().length)];
    }

    private static String pick(Random r, List<String> from) {
        return from.get(r.nextInt(from.size()));
    }

    /** The records amity reads for this world: every tie, or without those marked implied. */
    Dataset dataset() {
        DateInterval published = DateInterval.of("2003-12-31");
        List<Source> sources = List.of(new Source("news-1", "Report one", "Press", published, "", "", "document", "",
                Spots.NONE), new Source("news-2", "Report two", "Press", published, "", "", "document", "", Spots.NONE));
        List<Place> places = new ArrayList<>();
        places.add(place(SUBJECT, "NO"));
        for (Tie t : ties) {
            places.add(place(t.id.substring(2), t.country));
        }
        List<Agreement> agreements = new ArrayList<>();
        for (Tie t : ties) {
            agreements.add(new Agreement(t.id, List.of(SUBJECT, t.id.substring(2)), t.type, "municipal",
                    t.signed.text.equals("..") ? DateInterval.UNKNOWN : DateInterval.of(t.signed.text),
                    Ending.of(Optional.ofNullable(t.ended).map(e -> DateInterval.of(e.text))), List.of(), List.of(), "",
                    t.implied ? "implied" : "", Spots.NONE));
        }
        List<Figure> figures = new ArrayList<>();
        for (Fig f : figs) {
            Optional<Counts> counts = f.rank() ? Optional.empty()
                    : Optional.of(new Counts("agreements", SUBJECT, f.where(), f.distinct ? "partner.country" : ""));
            figures.add(new Figure(f.id, SUBJECT, f.metric, "", BigDecimal.valueOf(f.value), f.qualifier, "",
                    DateInterval.of(f.asOf.text), f.source, "q", counts, f.partOf, f.partsComplete, f.rankOf, "", "",
                    "", Spots.NONE));
        }
        return new Dataset(sources, places, agreements, List.of(), figures, List.of(), Map.of());
    }

    private static Place place(String id, String country) {
        return new Place(id, id.toUpperCase(java.util.Locale.ROOT), List.of(), country, "", "city", "", false, "", "", "",
                Spots.NONE);
    }

    /** This world as amity's YAML, for the message of a failing try. */
    String yaml() {
        StringBuilder sb = new StringBuilder("# oracle world, seed " + seed + "\nsources:\n");
        for (String id : List.of("news-1", "news-2")) {
            sb.append("  - {id: ").append(id).append(", title: Report, publisher: Press, published: \"2003-12-31\"}\n");
        }
        sb.append("places:\n  - {id: s, name: S, country: \"NO\", level: city}\n");
        for (Tie t : ties) {
            String p = t.id.substring(2);
            sb.append("  - {id: ").append(p).append(", name: ").append(p.toUpperCase(java.util.Locale.ROOT))
                    .append(", country: \"").append(t.country).append("\", level: city}\n");
        }
        sb.append("agreements:\n");
        for (Tie t : ties) {
            sb.append("  - {id: ").append(t.id).append(", parties: [s, ").append(t.id.substring(2)).append("], type: ")
                    .append(t.type).append(", level: municipal")
                    .append(t.signed.text.equals("..") ? "" : ", signed: \"" + t.signed.text + "\"")
                    .append(t.ended == null ? "" : ", ended: \"" + t.ended.text + "\"")
                    .append(t.implied ? ", certainty: implied" : "").append("}\n");
        }
        sb.append("figures:\n");
        for (Fig f : figs) {
            sb.append("  - {id: ").append(f.id).append(", subject: s, metric: ").append(f.metric).append(", value: ")
                    .append(f.value).append(", qualifier: ").append(f.qualifier.slug()).append(", as_of: \"")
                    .append(f.asOf.text).append("\", source: ").append(f.source).append(", quote: q");
            if (f.rank()) {
                sb.append(", rank_of: ").append(f.rankOf);
            } else {
                sb.append(", counts: {type: agreements, of: s").append(f.where().isEmpty() ? "" : ", where: \""
                        + f.where() + "\"").append(f.distinct ? ", distinct: partner.country" : "").append("}");
            }
            sb.append(f.partOf.isEmpty() ? "" : ", part_of: " + f.partOf)
                    .append(f.partsComplete ? ", parts_complete: true" : "").append("}\n");
        }
        return sb.toString();
    }
}
