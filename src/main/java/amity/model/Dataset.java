package amity.model;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything read from the data paths, plus the country reference table. Lists keep file order;
 * lookups by id go through an index built on first use (when an id is used twice, the first wins).
 * Indexes are published through volatile fields: `amity shell` can still be finishing a cancelled
 * query on the same data while the next one starts (an index may then be built twice, never seen
 * half-built).
 */
public final class Dataset {
    private final List<Source> sources;
    private final List<Place> places;
    private final List<Agreement> agreements;
    private final List<Program> programs;
    private final List<Figure> figures;
    private final List<Acknowledgement> acknowledgements;
    private final Map<String, Country> countries;
    private volatile Map<String, Place> placeIndex;
    private volatile Map<String, Source> sourceIndex;
    private volatile Map<String, Agreement> agreementIndex;
    private volatile Map<String, Figure> figureIndex;
    private volatile Map<String, Program> programIndex;
    private volatile Map<String, List<Agreement>> byParty;
    private final Map<String, List<Agreement>> scanned = new java.util.concurrent.ConcurrentHashMap<>();

    public Dataset(List<Source> sources, List<Place> places, List<Agreement> agreements, List<Program> programs,
            List<Figure> figures, List<Acknowledgement> acknowledgements, Map<String, Country> countries) {
        this.sources = sources;
        this.places = places;
        this.agreements = agreements;
        this.programs = programs;
        this.figures = figures;
        this.acknowledgements = acknowledgements;
        this.countries = countries;
    }

    public List<Source> sources() {
        return sources;
    }

    public List<Place> places() {
        return places;
    }

    public List<Agreement> agreements() {
        return agreements;
    }

    public List<Program> programs() {
        return programs;
    }

    public List<Figure> figures() {
        return figures;
    }

    public List<Acknowledgement> acknowledgements() {
        return acknowledgements;
    }

    public Map<String, Country> countries() {
        return countries;
    }

    public Optional<Place> place(String id) {
        Map<String, Place> index = placeIndex;
        if (index == null) {
            index = index(places);
            placeIndex = index;
        }
        return Optional.ofNullable(index.get(id));
    }

    public Optional<Source> source(String id) {
        Map<String, Source> index = sourceIndex;
        if (index == null) {
            index = index(sources);
            sourceIndex = index;
        }
        return Optional.ofNullable(index.get(id));
    }

    public Optional<Agreement> agreement(String id) {
        Map<String, Agreement> index = agreementIndex;
        if (index == null) {
            index = index(agreements);
            agreementIndex = index;
        }
        return Optional.ofNullable(index.get(id));
    }

    public Optional<Figure> figure(String id) {
        Map<String, Figure> index = figureIndex;
        if (index == null) {
            index = index(figures);
            figureIndex = index;
        }
        return Optional.ofNullable(index.get(id));
    }

    public Optional<Program> program(String id) {
        Map<String, Program> index = programIndex;
        if (index == null) {
            index = index(programs);
            programIndex = index;
        }
        return Optional.ofNullable(index.get(id));
    }

    /**
     * The agreements {@code placeId} is a party to, in data order. The first few places asked for
     * (four) are found by a pass over the agreements (a query --of one place needs no more); asking for
     * many (listing places with their counts) builds an index of every party.
     */
    public List<Agreement> agreementsOf(String placeId) {
        Map<String, List<Agreement>> index = byParty;
        if (index == null) {
            List<Agreement> found = scanned.get(placeId);
            if (found != null) {
                return found;
            }
            if (scanned.size() < 4) {
                List<Agreement> out = new java.util.ArrayList<>();
                for (Agreement a : agreements) {
                    if (a.parties().contains(placeId)) {
                        out.add(a);
                    }
                }
                List<Agreement> fixed = java.util.Collections.unmodifiableList(out);
                scanned.put(placeId, fixed);
                return fixed;
            }
            index = new HashMap<>();
            for (Agreement a : agreements) {
                for (String party : a.parties()) {
                    List<Agreement> list = index.computeIfAbsent(party, k -> new java.util.ArrayList<>(4));
                    // An agreement listing the same place twice (a data error) is still listed once.
                    if (list.isEmpty() || list.get(list.size() - 1) != a) {
                        list.add(a);
                    }
                }
            }
            byParty = index;
        }
        return index.getOrDefault(placeId, List.of());
    }

    /**
     * Finds the agreements of each of {@code placeIds} in one pass, for a report that knows which
     * places it will ask about (reconcile: the places its counts rules are about).
     */
    public void findAgreementsOf(java.util.Set<String> placeIds) {
        Map<String, List<Agreement>> found = new HashMap<>();
        for (String id : placeIds) {
            if (!scanned.containsKey(id)) {
                found.put(id, new java.util.ArrayList<>());
            }
        }
        if (byParty != null || found.isEmpty()) {
            return;
        }
        for (Agreement a : agreements) {
            List<Agreement> last = null;
            for (String party : a.parties()) {
                List<Agreement> list = found.get(party);
                if (list != null && list != last) {
                    list.add(a);
                    last = list;
                }
            }
        }
        found.forEach((id, list) -> scanned.put(id, java.util.Collections.unmodifiableList(list)));
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

    private static <T extends Identified> Map<String, T> index(List<T> list) {
        Map<String, T> out = new HashMap<>(Math.max(16, list.size() * 2));
        for (T t : list) {
            out.putIfAbsent(t.id(), t);
        }
        return out;
    }
}
