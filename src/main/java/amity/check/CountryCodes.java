package amity.check;

import amity.model.Country;
import amity.model.Dataset;
import amity.model.Place;
import amity.problem.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A place's country is an ISO 3166-1 alpha-2 code from the country table; a place's own continent
 * or region is one the table uses.
 */
final class CountryCodes implements Check {
    /** Codes people write that ISO 3166-1 spells otherwise. */
    private static final java.util.Map<String, String> COMMON_MISTAKES = java.util.Map.of("UK", "GB", "EL", "GR");

    @Override
    public List<Problem> run(Dataset d) {
        List<Problem> out = new ArrayList<>();
        if (d.countries().isEmpty()) {
            return out;
        }
        for (Place p : d.places()) {
            known(p.continent(), "continent", d.countries().values().stream().map(Country::continent), p, out);
            known(p.region(), "region", d.countries().values().stream().map(Country::region), p, out);
            String c = p.country();
            if (c.isEmpty() || d.countries().containsKey(c)) {
                continue;
            }
            String upper = c.toUpperCase(Locale.ROOT);
            String common = COMMON_MISTAKES.get(upper);
            String hint = common != null ? "; ISO 3166-1 writes " + d.countries().get(common).name() + " as '" + common + "'."
                    : d.countries().containsKey(upper) ? "; codes are upper case: '" + upper + "'."
                    : d.countries().values().stream().filter(k -> k.name().equalsIgnoreCase(c)).map(Country::code)
                            .findFirst().map(k -> "; the code for " + c + " is '" + k + "'.")
                            .orElse("; use an ISO 3166-1 alpha-2 code such as 'CN' or 'NO'.");
            out.add(new Problem(p.spots().at("country"), c.length(), "'" + c + "' is not a country code" + hint));
        }
        return out;
    }

    private static void known(String value, String key, java.util.stream.Stream<String> used, Place p,
            List<Problem> out) {
        if (value.isEmpty()) {
            return;
        }
        List<String> words = used.filter(w -> !w.isEmpty()).distinct().sorted().toList();
        if (!words.contains(value)) {
            out.add(new Problem(p.spots().at(key), value.length(), "'" + value + "' is not a " + key
                    + " the country table uses" + amity.text.Nearest.hintOrList(value, words)));
        }
    }
}
