package amity.query;

import amity.model.Country;
import amity.model.Dataset;
import amity.model.Qualifier;
import amity.read.Vocabulary;
import amity.text.Nearest;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The fields whose values come from a closed list (the format's word lists, the country table, the
 * subjects and metrics the figures have): testing one of them with = != in or has against a value
 * outside its list can match nothing, so the parser refuses it with "did you mean".
 */
public record ClosedValues(Map<String, Closed> fields) {
    /** A field's possible values, and how a message names them ("a known type"). */
    public record Closed(Collection<String> values, String what) {
    }

    /** No closed field: every value is accepted. */
    public static final ClosedValues NONE = new ClosedValues(Map.of());

    /** The closed fields of one record type: fixed lists, the country table, and values that occur in {@code rows}. */
    public static ClosedValues of(Dataset data, String type, List<? extends Row> rows) {
        Map<String, Closed> f = new HashMap<>();
        Collection<Country> countries = data.countries().values();
        for (String prefix : List.of("", "partner.")) {
            f.put(prefix + "country", new Closed(values(countries, Country::code), "a country code in the table"));
            f.put(prefix + "continent", new Closed(values(countries, Country::continent), "a continent"));
            f.put(prefix + "region", new Closed(values(countries, Country::region), "a UN M49 region"));
            f.put(prefix + "subregion", new Closed(values(countries, Country::subregion), "a UN M49 sub-region"));
        }
        f.put("countries", f.get("country"));
        f.put("continents", f.get("continent"));
        f.put("partner.level", new Closed(Vocabulary.PLACE_LEVELS, "a place level"));
        switch (type) {
            case "agreements" -> {
                f.put("type", new Closed(Vocabulary.AGREEMENT_TYPES, "an agreement type"));
                f.put("level", new Closed(Vocabulary.AGREEMENT_LEVELS, "an agreement level"));
            }
            case "places" -> f.put("level", new Closed(Vocabulary.PLACE_LEVELS, "a place level"));
            case "programs" -> {
                f.put("kind", new Closed(Vocabulary.PROGRAM_KINDS, "a program kind"));
                f.put("recurrence", new Closed(Vocabulary.RECURRENCES, "a recurrence"));
            }
            case "figures" -> {
                f.put("qualifier", new Closed(Arrays.stream(Qualifier.values()).map(Qualifier::slug).toList(),
                        "a qualifier"));
                f.put("subject", occurring(rows, "subject", "the subject of any figure"));
                f.put("metric", occurring(rows, "metric", "the metric of any figure"));
            }
            default -> {
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
        Map<String, Closed> f = new HashMap<>(fields);
        f.put(field, closed);
        return new ClosedValues(Map.copyOf(f));
    }

    /** Why {@code value} cannot be a value of {@code field}, with a suggestion; empty when it can. */
    public Optional<String> problem(String field, String value) {
        Closed c = fields.get(field);
        if (c == null || value.isEmpty() || c.values().isEmpty() || c.values().contains(value)) {
            return Optional.empty();
        }
        List<String> sorted = new TreeSet<>(c.values()).stream().toList();
        String otherwise = sorted.size() <= 12 ? "; use one of: " + String.join(", ", sorted) + "." : ".";
        return Optional.of("'" + value + "' is not " + c.what() + Nearest.hint(value, sorted, otherwise));
    }

    private static Collection<String> values(Collection<Country> countries, Function<Country, String> part) {
        TreeSet<String> s = new TreeSet<>();
        countries.stream().map(part).filter(x -> x != null && !x.isEmpty()).forEach(s::add);
        return s;
    }
}
