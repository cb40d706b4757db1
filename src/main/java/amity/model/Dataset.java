package amity.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everything read from the data paths, plus the country reference table. Lists keep file order. */
public record Dataset(List<Source> sources, List<Place> places, List<Agreement> agreements, List<Program> programs,
        List<Figure> figures, List<Acknowledgement> acknowledgements, Map<String, Country> countries) {

    public Optional<Place> place(String id) {
        return find(places, id);
    }

    public Optional<Source> source(String id) {
        return find(sources, id);
    }

    public Optional<Agreement> agreement(String id) {
        return find(agreements, id);
    }

    public Optional<Figure> figure(String id) {
        return find(figures, id);
    }

    public Optional<Program> program(String id) {
        return find(programs, id);
    }

    public Optional<Country> country(String code) {
        return Optional.ofNullable(countries.get(code));
    }

    /** Every record with an id, by id; when an id is used twice the first record wins. */
    public Map<String, Identified> byId() {
        Map<String, Identified> all = new LinkedHashMap<>();
        for (List<? extends Identified> list : List.of(sources, places, agreements, programs, figures,
                acknowledgements)) {
            for (Identified r : list) {
                all.putIfAbsent(r.id(), r);
            }
        }
        return all;
    }

    private static <T extends Identified> Optional<T> find(List<T> list, String id) {
        for (T t : list) {
            if (t.id().equals(id)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
