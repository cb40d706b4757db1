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
    private final Records<Source> sources;
    private final Records<Place> places;
    private final Records<Agreement> agreements;
    private final Records<Program> programs;
    private final Records<Figure> figures;
    private final List<Acknowledgement> acknowledgements;
    private final Map<String, Country> countries;
    private volatile Map<String, List<Agreement>> byParty;
    private final Map<String, List<Agreement>> scanned = new java.util.concurrent.ConcurrentHashMap<>();

    /** The records as read: each agreement's attestations are given their sources' publication dates here. */
    public Dataset(List<Source> sources, List<Place> places, List<Agreement> agreements, List<Program> programs,
            List<Figure> figures, List<Acknowledgement> acknowledgements, Map<String, Country> countries) {
        this(sources, places, agreements, programs, figures, acknowledgements, countries, false);
    }

    private Dataset(List<Source> sources, List<Place> places, List<Agreement> agreements, List<Program> programs,
            List<Figure> figures, List<Acknowledgement> acknowledgements, Map<String, Country> countries,
            boolean published) {
        this.sources = new Records<>(sources);
        this.places = new Records<>(places);
        this.agreements = new Records<>(published ? agreements : withPublicationDates(agreements, this.sources));
        this.programs = new Records<>(programs);
        this.figures = new Records<>(figures);
        this.acknowledgements = acknowledgements;
        this.countries = countries;
    }

    /**
     * Records whose agreements' attestations already carry their sources' publication dates (a
     * snapshot's, or another data set's), taken as they are: no agreement is rebuilt.
     */
    public static Dataset published(List<Source> sources, List<Place> places, List<Agreement> agreements,
            List<Program> programs, List<Figure> figures, List<Acknowledgement> acknowledgements,
            Map<String, Country> countries) {
        return new Dataset(sources, places, agreements, programs, figures, acknowledgements, countries, true);
    }

    /** Each source's publication date by source id, the first source of an id winning (as lookups do). */
    public static Map<String, Published> publicationDates(List<Source> sources) {
        Map<String, Published> out = new HashMap<>(Math.max(16, sources.size() * 2));
        for (Source s : sources) {
            out.putIfAbsent(s.id(), new Published(s.published()));
        }
        return out;
    }

    /**
     * The agreements with each attestation knowing its source's publication date: supplied here, once,
     * so that every signing date reconcile, list and show use is bounded by it.
     */
    private static List<Agreement> withPublicationDates(List<Agreement> agreements, Records<Source> sources) {
        if (agreements.stream().allMatch(a -> a.attested().isEmpty())) {
            return agreements;
        }
        List<Agreement> out = new java.util.ArrayList<>(agreements.size());
        for (Agreement a : agreements) {
            out.add(a.withPublished(id -> sources.get(id).map(Source::published).orElse(DateInterval.UNKNOWN)));
        }
        return java.util.Collections.unmodifiableList(out);
    }

    /** One type's records in file order, and their index by id, built on first use. */
    private static final class Records<T extends Identified> {
        private final List<T> all;
        private volatile Map<String, T> byId;

        Records(List<T> all) {
            this.all = all;
        }

        List<T> all() {
            return all;
        }

        Optional<T> get(String id) {
            Map<String, T> index = byId;
            if (index == null) {
                index = new HashMap<>(Math.max(16, all.size() * 2));
                for (T t : all) {
                    index.putIfAbsent(t.id(), t);
                }
                byId = index;
            }
            return Optional.ofNullable(index.get(id));
        }
    }

    public List<Source> sources() {
        return sources.all();
    }

    public List<Place> places() {
        return places.all();
    }

    public List<Agreement> agreements() {
        return agreements.all();
    }

    public List<Program> programs() {
        return programs.all();
    }

    public List<Figure> figures() {
        return figures.all();
    }

    public List<Acknowledgement> acknowledgements() {
        return acknowledgements;
    }

    public Map<String, Country> countries() {
        return countries;
    }

    public Optional<Place> place(String id) {
        return places.get(id);
    }

    public Optional<Source> source(String id) {
        return sources.get(id);
    }

    public Optional<Agreement> agreement(String id) {
        return agreements.get(id);
    }

    public Optional<Figure> figure(String id) {
        return figures.get(id);
    }

    public Optional<Program> program(String id) {
        return programs.get(id);
    }

    /**
     * The agreements {@code placeId} is a party to, in data order. The first few places asked for
     * (four) are found by a pass over the agreements (a query --of one place needs no more); asking
     * for many (listing places with their counts) builds an index of every party.
     */
    public List<Agreement> agreementsOf(String placeId) {
        Map<String, List<Agreement>> index = byParty;
        if (index == null) {
            if (!scanned.containsKey(placeId) && scanned.size() < 4) {
                findAgreementsOf(java.util.Set.of(placeId));
            }
            List<Agreement> found = scanned.get(placeId);
            if (found != null) {
                return found;
            }
            index = partyLists(agreements.all(), null);
            byParty = index;
        }
        return index.getOrDefault(placeId, List.of());
    }

    /**
     * Finds the agreements of each of {@code placeIds} in one pass, for a report that knows which
     * places it will ask about (reconcile: the places its counts rules are about).
     */
    public void findAgreementsOf(java.util.Set<String> placeIds) {
        java.util.Set<String> wanted = new java.util.HashSet<>(placeIds);
        wanted.removeAll(scanned.keySet());
        if (byParty == null && !wanted.isEmpty()) {
            scanned.putAll(partyLists(agreements.all(), wanted));
        }
    }

    /**
     * Each party's agreements in data order, for the {@code wanted} parties (every party when null).
     * An agreement listing the same place twice (a data error) is listed once.
     */
    private static Map<String, List<Agreement>> partyLists(List<Agreement> agreements, java.util.Set<String> wanted) {
        Map<String, List<Agreement>> out = new HashMap<>();
        if (wanted != null) {
            wanted.forEach(id -> out.put(id, new java.util.ArrayList<>()));
        }
        for (Agreement a : agreements) {
            List<Agreement> last = null;
            for (String party : a.parties()) {
                List<Agreement> list = wanted == null ? out.computeIfAbsent(party, k -> new java.util.ArrayList<>(4))
                        : out.get(party);
                if (list != null && list != last) {
                    list.add(a);
                    last = list;
                }
            }
        }
        out.replaceAll((id, list) -> java.util.Collections.unmodifiableList(list));
        return out;
    }

    public Optional<Country> country(String code) {
        return Optional.ofNullable(countries.get(code));
    }

    /** The records of one type, in file order. */
    public List<? extends Identified> records(RecordType type) {
        return switch (type) {
            case AGREEMENTS -> agreements();
            case PROGRAMS -> programs();
            case FIGURES -> figures();
            case SOURCES -> sources();
            case PLACES -> places();
            case ACKNOWLEDGEMENTS -> acknowledgements();
        };
    }

    /** Every record with an id, by id; when an id is used twice the first record wins. */
    public Map<String, Identified> byId() {
        Map<String, Identified> all = new LinkedHashMap<>();
        for (RecordType type : RecordType.values()) {
            for (Identified r : records(type)) {
                all.putIfAbsent(r.id(), r);
            }
        }
        return all;
    }
}
