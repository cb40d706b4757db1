package amity.report.importing;

import amity.model.Place;
import amity.model.Spots;
import amity.text.Fold;
import amity.text.PlaceName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The places an import matches names against: those of the data set and those it adds. A name
 * matches a place of the same country whose name or one of whose names is the same spelling
 * ({@link PlaceName#same}); with a region, only a place in that region (or one not yet placed in
 * any). Names that differ only in accents match when the rules fold them, and otherwise are
 * recorded as candidates for a person to decide.
 */
final class ImportPlaces {
    /** A name that resolves to several places: say which. */
    record Ambiguous(List<String> ids) {
    }

    /** Places whose names differ only in accents, with how many rows named each: listed, never merged silently. */
    record Candidate(String country, List<String> ids, List<String> names, List<Integer> rows) {
    }

    private final boolean foldAccents;
    private final Map<String, Place> byId = new HashMap<>();
    private final Map<String, List<String>> bySame = new HashMap<>();
    private final Map<String, Set<String>> byPlain = new HashMap<>();
    /** The region a row placed a place in that had none written: later rows of another region stay apart. */
    private final Map<String, String> claimed = new HashMap<>();
    /** Places this import adds, by id, in the order added; they may still take names. */
    private final LinkedHashMap<String, Place> added = new LinkedHashMap<>();
    private final Map<String, Integer> rowsPerPlace = new HashMap<>();
    private final Set<String> ids;

    ImportPlaces(boolean foldAccents, Set<String> ids) {
        this.foldAccents = foldAccents;
        this.ids = ids;
    }

    void index(Place p) {
        if (byId.putIfAbsent(p.id(), p) != null) {
            return;
        }
        ids.add(p.id());
        Set<String> keys = new TreeSet<>();
        keys.add(PlaceName.same(p.name()));
        p.names().forEach(n -> keys.add(PlaceName.same(n)));
        for (String k : keys) {
            bySame.computeIfAbsent(p.country() + "\u0000" + k, x -> new ArrayList<>()).add(p.id());
            byPlain.computeIfAbsent(p.country() + "\u0000" + PlaceName.plain(k), x -> new TreeSet<>()).add(p.id());
        }
    }

    Place get(String id) {
        return byId.get(id);
    }

    /**
     * The place a name (in region {@code regionId}, "" for none given) of a country is: one place, an
     * {@link Ambiguous} answer, or empty when no place has that name (the caller adds one).
     */
    Object match(String name, String country, String regionId) {
        List<String> same = bySame.getOrDefault(country + "\u0000" + PlaceName.same(name), List.of());
        if (same.isEmpty() && foldAccents) {
            same = List.copyOf(byPlain.getOrDefault(country + "\u0000" + PlaceName.plain(name), Set.of()));
        }
        List<String> fits = new ArrayList<>();
        for (String id : same) {
            String r = region(id);
            if (regionId.isEmpty() || r.equals(regionId)) {
                fits.add(id);
            }
        }
        if (fits.isEmpty() && !regionId.isEmpty()) {
            // A place written without a region is the one this region names, while no other region claimed it.
            same.stream().filter(id -> region(id).isEmpty()).forEach(fits::add);
            if (fits.size() == 1) {
                claimed.put(fits.get(0), regionId);
            }
        }
        if (fits.size() > 1 && regionId.isEmpty()) {
            List<String> unplaced = fits.stream().filter(id -> region(id).isEmpty()).toList();
            fits = unplaced.size() == 1 ? unplaced : fits;
        }
        if (fits.size() == 1) {
            return byId.get(fits.get(0));
        }
        return fits.isEmpty() ? null : new Ambiguous(fits.stream().sorted().toList());
    }

    private String region(String id) {
        Place p = byId.get(id);
        return !p.partOf().isEmpty() ? p.partOf() : claimed.getOrDefault(id, "");
    }

    /** Adds a place for a name the data does not hold, with a free id made of its name (and region or country). */
    Place add(String name, String country, String level, String regionId, String regionName) {
        String slug = Fold.slug(name);
        String cc = country.toLowerCase(java.util.Locale.ROOT);
        List<String> tries = new ArrayList<>(List.of(slug));
        if (!regionName.isEmpty()) {
            tries.add(slug + "-" + Fold.slug(regionName));
        }
        tries.add(slug + "-" + cc);
        String id = tries.stream().filter(t -> !ids.contains(t)).findFirst().orElse(null);
        for (int i = 2; id == null; i++) {
            id = ids.contains(slug + "-" + cc + "-" + i) ? null : slug + "-" + cc + "-" + i;
        }
        Place p = new Place(id, name, List.of(), country, level, regionId, false, "", "", "", Spots.NONE);
        index(p);
        added.put(id, p);
        return p;
    }

    /** Takes back the places added since {@code mark} (the size of {@link #added()} then): their row could not be imported. */
    void forgetSince(int mark) {
        List<String> late = new ArrayList<>(added.keySet()).subList(mark, added.size());
        for (String id : List.copyOf(late)) {
            added.remove(id);
            byId.remove(id);
            ids.remove(id);
            bySame.values().forEach(l -> l.remove(id));
            byPlain.values().forEach(l -> l.remove(id));
            claimed.remove(id);
        }
    }

    /** How many places were added so far. */
    int addedCount() {
        return added.size();
    }

    /** A row named {@code p} as {@code written}: a place this import adds keeps that spelling among its names. */
    void named(Place p, String written) {
        rowsPerPlace.merge(p.id(), 1, Integer::sum);
        Place mine = added.get(p.id());
        if (mine == null || mine.name().equals(written) || mine.names().contains(written)
                || mine.name().equalsIgnoreCase(written)) {
            return;
        }
        List<String> names = new ArrayList<>(mine.names());
        names.add(written);
        Place more = new Place(mine.id(), mine.name(), List.copyOf(names), mine.country(), mine.level(),
                mine.partOf(), mine.capital(), mine.continent(), mine.region(), mine.notes(), mine.spots());
        added.put(mine.id(), more);
        byId.put(mine.id(), more);
        String key = mine.country() + "\u0000" + PlaceName.same(written);
        List<String> at = bySame.computeIfAbsent(key, x -> new ArrayList<>());
        if (!at.contains(mine.id())) {
            at.add(mine.id());
        }
    }

    /** The places added, with the spellings they absorbed. */
    List<Place> added() {
        return List.copyOf(added.values());
    }

    /**
     * Each group of places of one country whose names are the same but for accents, when a row named
     * one of them and the rules do not fold accents: by country, then the plain name.
     */
    List<Candidate> candidates() {
        if (foldAccents) {
            return List.of();
        }
        Map<String, Candidate> out = new TreeMap<>();
        for (Map.Entry<String, Set<String>> e : byPlain.entrySet()) {
            Set<String> group = e.getValue();
            if (group.size() < 2 || group.stream().noneMatch(rowsPerPlace::containsKey)) {
                continue;
            }
            List<String> groupIds = List.copyOf(group);
            List<String> names = groupIds.stream().map(id -> byId.get(id).name()).toList();
            if (names.stream().map(PlaceName::same).distinct().count() < 2) {
                continue; // same spelling, told apart by region: not an accent question
            }
            List<Integer> rows = groupIds.stream().map(id -> rowsPerPlace.getOrDefault(id, 0)).toList();
            String country = byId.get(groupIds.get(0)).country();
            out.put(e.getKey(), new Candidate(country, groupIds, names, rows));
        }
        return List.copyOf(out.values());
    }
}
