package amity.query;

import amity.model.Country;
import amity.model.Dataset;
import amity.model.Identified;
import amity.model.Key;
import amity.model.RecordType;
import amity.model.Shape;
import amity.model.Vocabulary;
import amity.text.Nearest;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The fields whose values come from a closed list (the format's word lists, the country table, the
 * records' ids, the subjects and metrics the figures have): testing one of them with = != in or has against a value
 * outside its list can match nothing, so the parser refuses it with "did you mean".
 */
public record ClosedValues(Map<String, Supplier<Closed>> fields) {
    /** A field's possible values, and how a message names them ("a known type"). */
    public record Closed(Collection<String> values, String what) {
    }

    /** No closed field: every value is accepted. */
    public static final ClosedValues NONE = new ClosedValues(Map.of());

    /** The closed fields of one record type: fixed lists, the country table, and values that occur in {@code rows}. */
    public static ClosedValues of(Dataset data, String type, List<? extends Row> rows) {
        // Each list is made only when an expression tests its field: ids of a million records cost time.
        Map<String, Supplier<Closed>> f = new HashMap<>();
        Collection<Country> countries = data.countries().values();
        for (String prefix : List.of("", "partner.")) {
            f.put(prefix + "country", countries(countries, Country::code, "a country code in the table"));
            f.put(prefix + "continent", countries(countries, Country::continent, "a continent"));
            f.put(prefix + "region", countries(countries, Country::region, "a UN M49 region"));
            f.put(prefix + "subregion", countries(countries, Country::subregion, "a UN M49 sub-region"));
        }
        f.put("countries", f.get("country"));
        f.put("continents", f.get("continent"));
        f.put("partner.level", words(Shape.PLACE.key("level").orElseThrow().words()));
        Supplier<Closed> places = lazy(() -> ids(data.places(), "the id of any place"));
        Supplier<Closed> sources = lazy(() -> ids(data.sources(), "the id of any source"));
        for (String name : List.of("parties", "partner", "partner.id", "participants")) {
            f.put(name, places);
        }
        f.put("sources", sources);
        f.put("source", sources);
        f.put(Catalog.SOURCE_ID, sources);
        RecordType recordType = RecordType.named(type).orElse(RecordType.ACKNOWLEDGEMENTS);
        // The format's word lists, as the record type's fields declare them.
        for (Key<?, ?> key : recordType.shape().keys()) {
            if (key.words().closed()) {
                f.put(key.name(), words(key.words()));
            }
        }
        switch (recordType) {
            case AGREEMENTS -> f.put("id", lazy(() -> ids(data.agreements(), "the id of any agreement")));
            case PLACES -> {
                f.put("id", places);
                f.put("part_of", places);
            }
            case SOURCES -> f.put("id", sources);
            case PROGRAMS -> f.put("id", lazy(() -> ids(data.programs(), "the id of any program")));
            case FIGURES -> {
                Supplier<Closed> figures = lazy(() -> ids(data.figures(), "the id of any figure"));
                f.put("id", figures);
                f.put("part_of", figures);
                f.put("alternative_to", figures);
                f.put("rank_of", lazy(() -> ids(data.agreements(), "the id of any agreement")));
                f.put("subject", lazy(() -> occurring(rows, "subject", "the subject of any figure")));
                f.put("metric", lazy(() -> occurring(rows, "metric", "the metric of any figure")));
            }
            case ACKNOWLEDGEMENTS -> {
            }
        }
        return new ClosedValues(Map.copyOf(f));
    }

    /** The values {@code field} has in {@code rows}, as a closed list named {@code what}. */
    public static Closed occurring(List<? extends Row> rows, String field, String what) {
        TreeSet<String> seen = new TreeSet<>();
        for (Row r : rows) {
            String s = r.get(field).asText("; ");
            if (!s.isEmpty()) {
                seen.add(s);
            }
        }
        return new Closed(seen, what);
    }

    /** These closed fields and one more. */
    public ClosedValues with(String field, Closed closed) {
        Map<String, Supplier<Closed>> f = new HashMap<>(fields);
        f.put(field, () -> closed);
        return new ClosedValues(Map.copyOf(f));
    }

    /** Why {@code value} cannot be a value of {@code field}, with a suggestion; empty when it can. */
    public Optional<String> problem(String field, String value) {
        Supplier<Closed> lazy = fields.get(field);
        if (lazy == null || value.isEmpty()) {
            return Optional.empty();
        }
        Closed c = lazy.get();
        if (c.values().isEmpty() || c.values().contains(value)) {
            return Optional.empty();
        }
        List<String> sorted = new TreeSet<>(c.values()).stream().toList();
        String otherwise = sorted.size() <= 12 ? "; use one of: " + String.join(", ", sorted) + "." : ".";
        return Optional.of("'" + value + "' is not " + c.what() + Nearest.hint(value, sorted, otherwise));
    }

    private static Supplier<Closed> words(Vocabulary v) {
        Closed c = new Closed(v.words(), v.what());
        return () -> c;
    }

    /** A list made once, the first time it is asked for. */
    private static Supplier<Closed> lazy(Supplier<Closed> make) {
        Closed[] made = new Closed[1];
        return () -> {
            if (made[0] == null) {
                made[0] = make.get();
            }
            return made[0];
        };
    }

    private static Closed ids(List<? extends Identified> records, String what) {
        return new Closed(records.stream().map(Identified::id).collect(java.util.stream.Collectors.toSet()), what);
    }

    /** One part of every country in the table (codes, continents, ...), as a closed list. */
    private static Supplier<Closed> countries(Collection<Country> countries, Function<Country, String> part,
            String what) {
        return lazy(() -> {
            TreeSet<String> s = new TreeSet<>();
            countries.stream().map(part).filter(x -> x != null && !x.isEmpty()).forEach(s::add);
            return new Closed(s, what);
        });
    }
}
