package amity.report.importing;

import amity.model.Country;
import amity.model.Dataset;
import amity.model.Origin;
import amity.read.CountryNames;
import amity.read.ImportRules;
import amity.problem.Problem;
import amity.text.Fold;
import amity.text.Nearest;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The country a sheet's cell names: an ISO code, an English name or spelling of one country, else
 * the rules' countries map; "Lower Saxony, Germany" is a region of a country when the whole cell
 * is not a country.
 */
final class ImportCountries {
    /** A country code, and the region the cell named before it ("" for none). */
    record Resolved(String code, String region) {
    }

    private final Dataset data;
    private final Map<String, Set<String>> names = new HashMap<>();
    private final Map<String, String> ruleCountries = new HashMap<>();
    private final Map<String, Optional<Resolved>> cache = new HashMap<>();

    ImportCountries(Dataset data, ImportRules rules, List<Problem> problems) {
        this.data = data;
        for (Country c : data.countries().values()) {
            names.computeIfAbsent(Fold.key(c.name()), k -> new TreeSet<>()).add(c.code());
        }
        for (CountryNames.Name n : CountryNames.all()) {
            if (data.countries().containsKey(n.code())) {
                names.computeIfAbsent(Fold.key(n.name()), k -> new TreeSet<>()).add(n.code());
            }
        }
        for (ImportRules.CountryRule r : rules.countries()) {
            String code = r.code().toUpperCase(Locale.ROOT);
            if (!data.countries().containsKey(code)) {
                problems.add(new Problem(r.at(), Import.width(r.code()), "'" + r.code() + "' is not a country code"
                        + Nearest.hint(code, data.countries().keySet(), "; write an ISO 3166-1 code such as GB.")));
            } else {
                ruleCountries.put(Fold.key(r.value()), code);
            }
        }
    }

    /** The country of a cell, or empty with the reason added to {@code found}. */
    Optional<Resolved> resolve(String value, Origin at, List<Problem> found) {
        Optional<Resolved> r = cache.computeIfAbsent(value, this::lookUp);
        if (r.isPresent()) {
            return r;
        }
        Set<String> candidates = names.getOrDefault(Fold.key(value), Set.of());
        if (value.isEmpty()) {
            found.add(new Problem(at, 1, "the country is empty; every party needs one."));
        } else if (candidates.size() > 1) {
            found.add(new Problem(at, Import.width(value), "'" + value + "' could be " + candidates.stream()
                    .map(c -> c + " (" + data.country(c).map(Country::name).orElse(c) + ")")
                    .collect(Collectors.joining(" or ")) + "; say which in the rules' countries map, e.g. \""
                    + value + "\": " + candidates.iterator().next() + "."));
        } else {
            Set<String> known = new TreeSet<>(ruleCountries.keySet());
            data.countries().values().forEach(c -> known.add(c.name()));
            found.add(new Problem(at, Import.width(value), "'" + value + "' is not a country amity knows"
                    + Nearest.hint(value, known, "; add it to the rules' countries map with its ISO code, e.g. \""
                    + value + "\": GB.")));
        }
        return Optional.empty();
    }

    private Optional<Resolved> lookUp(String value) {
        Optional<String> whole = code(value);
        if (whole.isPresent()) {
            return Optional.of(new Resolved(whole.get(), ""));
        }
        int comma = value.lastIndexOf(',');
        if (comma > 0) {
            Optional<String> last = code(value.substring(comma + 1));
            String region = value.substring(0, comma).strip();
            if (last.isPresent() && !region.isEmpty()) {
                return Optional.of(new Resolved(last.get(), region));
            }
        }
        return Optional.empty();
    }

    private Optional<String> code(String value) {
        String key = Fold.key(value);
        String rule = ruleCountries.get(key);
        if (rule != null) {
            return Optional.of(rule);
        }
        String upper = value.strip().toUpperCase(Locale.ROOT);
        if (upper.length() == 2 && data.countries().containsKey(upper)) {
            return Optional.of(upper);
        }
        Set<String> codes = names.getOrDefault(key, Set.of());
        return codes.size() == 1 ? Optional.of(codes.iterator().next()) : Optional.empty();
    }
}
