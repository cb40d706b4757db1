package amity.report.importing;

import amity.model.Agreement;
import amity.model.Attestation;
import amity.model.Country;
import amity.model.Dataset;
import amity.model.DateInterval;
import amity.model.Ending;
import amity.model.Origin;
import amity.model.Place;
import amity.model.Source;
import amity.model.Spots;
import amity.problem.Problem;
import amity.read.CountryNames;
import amity.read.DataFile;
import amity.read.ImportRules.Template;
import amity.read.ImportRules;
import amity.read.Sheet;
import amity.read.Vocabulary;
import amity.text.Fold;
import amity.text.Nearest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * `amity import`: turns the rows of a spreadsheet into records by the rules, against a data set.
 * Countries resolve from codes, English names and alternative spellings, then the rules' map;
 * places match by id, or by name or one of their names within the country (case and accents
 * aside), else are added with a slug id; the same unordered pair and type is one agreement; each
 * distinct row is one attestation from the rules' source. A second import of the same rows adds
 * nothing. Every problem is collected, located at the cell it comes from.
 */
public final class Import {
    /** What a row did, for the dry run's table, in the order a row's changes come. */
    public enum Kind {
        NEW_SOURCE("new source"), NEW_PLACE("new place"), NEW_AGREEMENT("new agreement"), MERGED("merged"),
        UNCHANGED("unchanged"), SKIPPED("skipped");

        private final String words;

        Kind(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** One change (or row left as it was): its kind, the record it is about, the row (0: none) and what it is. */
    public record Change(Kind kind, String id, int row, String detail) {
    }

    /**
     * The outcome: the output file's records with the additions (written unless there are problems),
     * every change, the problems that stop the import, and the rows skipped with theirs.
     */
    public record Result(DataFile output, List<Change> changes, List<Problem> problems, List<Problem> skipped) {
        /** How many changes of that kind. */
        public long count(Kind kind) {
            return changes.stream().filter(c -> c.kind() == kind).count();
        }

        /** Whether the output file would change. */
        public boolean changed() {
            return changes.stream().anyMatch(c -> c.kind() != Kind.UNCHANGED && c.kind() != Kind.SKIPPED);
        }
    }

    private final Dataset data;
    private final Sheet sheet;
    private final ImportRules rules;
    private final boolean skipUnresolved;
    private final List<Problem> problems = new ArrayList<>();
    private final List<Problem> skipped = new ArrayList<>();
    private final List<Change> changes = new ArrayList<>();
    private final Map<String, Integer> columns = new HashMap<>();

    // The countries: by code, and every folded name with the codes it names.
    private final Map<String, Set<String>> countryNames = new HashMap<>();
    private final Map<String, String> ruleCountries = new HashMap<>();
    private final Map<String, Optional<String>> resolved = new HashMap<>();

    // The places by id and by country and folded name; the ids taken.
    private final Map<String, Place> places = new HashMap<>();
    private final Map<String, List<String>> placeNames = new HashMap<>();
    private final Set<String> ids = new HashSet<>();

    // Agreements by unordered pair and type, with the attestations each already has.
    private final Map<String, String> agreementByPair = new HashMap<>();
    private final Map<String, Set<String>> attested = new HashMap<>();
    private final Set<String> existing = new HashSet<>();

    // The output file's records as they grow.
    private final List<Source> outSources;
    private final List<Place> outPlaces;
    private final LinkedHashMap<String, Agreement> outAgreements = new LinkedHashMap<>();
    private final List<DataFile.Loose> outLoose;

    private Import(Dataset data, DataFile own, Sheet sheet, ImportRules rules, boolean skipUnresolved) {
        this.data = data;
        this.sheet = sheet;
        this.rules = rules;
        this.skipUnresolved = skipUnresolved;
        this.outSources = new ArrayList<>(own.sources());
        this.outPlaces = new ArrayList<>(own.places());
        own.agreements().forEach(a -> outAgreements.put(a.id(), a));
        this.outLoose = new ArrayList<>(own.attestations());
        for (int i = sheet.headers().size() - 1; i >= 0; i--) {
            columns.put(sheet.headers().get(i), i);
        }
        indexCountries();
        Stream.concat(data.places().stream(), own.places().stream()).forEach(this::indexPlace);
        Stream.concat(data.agreements().stream(), own.agreements().stream()).forEach(a -> indexAgreement(a, true));
        for (DataFile.Loose l : own.attestations()) {
            attested.computeIfAbsent(l.agreement(), k -> new HashSet<>()).add(key(l.attestation()));
        }
        Stream.of(data.sources(), data.agreements(), data.programs(), data.figures(), data.acknowledgements(),
                own.sources(), own.agreements()).flatMap(List::stream).forEach(r -> ids.add(r.id()));
    }

    /**
     * Imports the sheet's rows into {@code own} (the output file's records, {@link DataFile#EMPTY} for a
     * new file), against {@code data} (the data set, which may include that file).
     */
    public static Result run(Dataset data, DataFile own, Sheet sheet, ImportRules rules, boolean skipUnresolved,
            IntConsumer progress) {
        Import im = new Import(data, own, sheet, rules, skipUnresolved);
        im.checkRules();
        if (im.problems.isEmpty()) {
            im.addSource();
            int n = 0;
            for (Sheet.Row row : sheet.rows()) {
                im.row(row);
                progress.accept(++n);
            }
        }
        DataFile out = new DataFile(List.copyOf(im.outSources), List.copyOf(im.outPlaces),
                List.copyOf(im.outAgreements.values()), List.copyOf(im.outLoose), own.programs(), own.figures(),
                own.acknowledgements());
        return new Result(out, List.copyOf(im.changes), List.copyOf(im.problems), List.copyOf(im.skipped));
    }

    // ---- the rules against the sheet and the country table

    private void checkRules() {
        List<Template> templates = new ArrayList<>(List.of(rules.type(), rules.level(), rules.signed(), rules.quote()));
        rules.parties().forEach(p -> templates.addAll(List.of(p.id(), p.name(), p.country())));
        for (Template t : templates) {
            for (String c : t.columns()) {
                if (!columns.containsKey(c)) {
                    problems.add(new Problem(t.at(), width(t.text()), "the column '" + c + "' is not in "
                            + sheet.file() + " (its columns are " + String.join(", ", sheet.headers()) + ")"
                            + Nearest.hint(c, sheet.headers())));
                }
            }
        }
        constant(rules.type(), Vocabulary.AGREEMENT_TYPES, "an agreement type");
        constant(rules.level(), Vocabulary.AGREEMENT_LEVELS, "an agreement level");
        for (ImportRules.CountryRule r : rules.countries()) {
            String code = r.code().toUpperCase(java.util.Locale.ROOT);
            if (!data.countries().containsKey(code)) {
                problems.add(new Problem(r.at(), width(r.code()), "'" + r.code() + "' is not a country code"
                        + Nearest.hint(code, data.countries().keySet(), "; write an ISO 3166-1 code such as GB.")));
            } else {
                ruleCountries.put(Fold.key(r.value()), code);
            }
        }
    }

    private void constant(Template t, List<String> words, String what) {
        if (!t.absent() && t.columns().isEmpty() && !words.contains(t.text())) {
            problems.add(new Problem(t.at(), width(t.text()), "'" + t.text() + "' is not " + what
                    + Nearest.hint(t.text(), words, "; use one of " + String.join(", ", words) + ".")));
        }
    }

    private void addSource() {
        Source s = rules.source();
        if (data.source(s.id()).isEmpty() && outSources.stream().noneMatch(o -> o.id().equals(s.id()))) {
            outSources.add(new Source(s.id(), s.title(), s.publisher(), s.published(), s.url(), s.copyOf(), s.kind(),
                    s.notes(), Spots.NONE));
            ids.add(s.id());
            changes.add(new Change(Kind.NEW_SOURCE, s.id(), 0, s.title()));
        }
    }

    // ---- one row

    /** A place a row names: an existing one, or one it would add. */
    private record Resolved(Place place, boolean isNew, String written, Origin at) {
    }

    private void row(Sheet.Row row) {
        List<Problem> found = new ArrayList<>();
        String type = word(row, rules.type(), Vocabulary.AGREEMENT_TYPES, "an agreement type", found);
        // Every agreement has a level; spreadsheets of twin towns list cities.
        String level = rules.level().absent() ? "municipal" : word(row, rules.level(), Vocabulary.AGREEMENT_LEVELS,
                "an agreement level", found);
        DateInterval signed = date(row, found);
        List<Resolved> parties = new ArrayList<>();
        Map<String, Place> pending = new HashMap<>();
        for (ImportRules.Party p : rules.parties()) {
            party(row, p, pending, found).ifPresent(parties::add);
        }
        if (found.isEmpty() && parties.size() == 2 && parties.get(0).place().id().equals(parties.get(1).place().id())) {
            Resolved second = parties.get(1);
            found.add(new Problem(second.at(), width(second.written()), "the row names the same place twice ('"
                    + parties.get(0).written() + "' and '" + second.written() + "' are " + second.place().id()
                    + "); an agreement is between two places."));
        }
        if (!found.isEmpty()) {
            if (skipUnresolved) {
                skipped.addAll(found);
                changes.add(new Change(Kind.SKIPPED, "", row.number(), found.get(0).message()));
            } else {
                problems.addAll(found);
            }
            return;
        }
        for (Resolved r : parties) {
            if (r.isNew() && !places.containsKey(r.place().id())) {
                indexPlace(r.place());
                outPlaces.add(r.place());
                changes.add(new Change(Kind.NEW_PLACE, r.place().id(), row.number(), r.place().name() + ", "
                        + r.place().country()));
            }
        }
        String a = parties.get(0).place().id();
        String b = parties.get(1).place().id();
        String quote = rules.quote().absent() ? row.text().strip() : rules.quote().fill(c -> cell(row, c));
        Attestation att = new Attestation(rules.source().id(), signed, "", quote, List.of(), "", "", Spots.NONE);
        String pair = pair(a, b, type);
        String id = agreementByPair.get(pair);
        if (id == null) {
            id = unique(a + "-" + b, "-" + type);
            Agreement ag = new Agreement(id, List.of(a, b), type, level, DateInterval.UNKNOWN, Ending.LASTS,
                    List.of(att), List.of(), "", Spots.NONE);
            outAgreements.put(id, ag);
            indexAgreement(ag, false);
            changes.add(new Change(Kind.NEW_AGREEMENT, id, row.number(), a + " – " + b + ", " + type));
            return;
        }
        Set<String> has = attested.computeIfAbsent(id, k -> new HashSet<>());
        if (!has.add(key(att))) {
            changes.add(new Change(Kind.UNCHANGED, id, row.number(), "already attested by " + att.source()));
            return;
        }
        Agreement own = outAgreements.get(id);
        if (own != null) {
            List<Attestation> more = new ArrayList<>(own.attested());
            more.add(att);
            outAgreements.put(id, new Agreement(own.id(), own.parties(), own.type(), own.level(), own.signed(),
                    own.ended(), List.copyOf(more), own.predecessors(), own.notes(), own.spots()));
        } else {
            outLoose.add(new DataFile.Loose(id, "", att));
        }
        changes.add(new Change(Kind.MERGED, id, row.number(), existing.contains(id)
                ? "a new attestation of an agreement in the data" : "the same pair as an earlier row"));
    }

    private Optional<Resolved> party(Sheet.Row row, ImportRules.Party p, Map<String, Place> pending,
            List<Problem> found) {
        if (!p.id().absent()) {
            String id = p.id().fill(c -> cell(row, c));
            if (!id.isEmpty()) {
                Origin at = at(row, p.id());
                Place place = places.get(id);
                if (place == null) {
                    found.add(new Problem(at, width(id), "no place has the id '" + id + "'"
                            + Nearest.hint(id, places.keySet())));
                    return Optional.empty();
                }
                return Optional.of(new Resolved(place, false, id, at));
            }
        }
        String name = p.name().fill(c -> cell(row, c));
        String country = p.country().fill(c -> cell(row, c));
        Origin nameAt = at(row, p.name());
        Optional<String> code = country(country, at(row, p.country()), found);
        if (name.isEmpty()) {
            found.add(new Problem(nameAt, 1, "the place's name is empty; every party needs a name."));
            return Optional.empty();
        }
        if (code.isEmpty()) {
            return Optional.empty();
        }
        List<String> matches = placeNames.getOrDefault(code.get() + "\u0000" + Fold.key(name), List.of());
        if (matches.size() > 1) {
            found.add(new Problem(nameAt, width(name), "'" + name + "' is the name of several places in "
                    + code.get() + " (" + String.join(", ", matches) + "); give the party's 'id' in the rules."));
            return Optional.empty();
        }
        if (matches.size() == 1) {
            return Optional.of(new Resolved(places.get(matches.get(0)), false, name, nameAt));
        }
        String key = code.get() + "\u0000" + Fold.key(name);
        Place made = pending.get(key);
        if (made == null) {
            made = new Place(uniquePlace(Fold.slug(name), code.get(), pending), name, List.of(), code.get(), "city",
                    "", false, "", "", "", Spots.NONE);
            pending.put(key, made);
        }
        return Optional.of(new Resolved(made, true, name, nameAt));
    }

    /** A country code for a value: a code, an English name or spelling of one country, else the rules' map. */
    private Optional<String> country(String value, Origin at, List<Problem> found) {
        Optional<String> code = resolved.computeIfAbsent(value, this::resolve);
        if (code.isPresent()) {
            return code;
        }
        Set<String> candidates = countryNames.getOrDefault(Fold.key(value), Set.of());
        if (value.isEmpty()) {
            found.add(new Problem(at, 1, "the country is empty; every party needs one."));
        } else if (candidates.size() > 1) {
            found.add(new Problem(at, width(value), "'" + value + "' could be " + candidates.stream()
                    .map(c -> c + " (" + data.country(c).map(Country::name).orElse(c) + ")")
                    .collect(Collectors.joining(" or ")) + "; say which in the rules' countries map, e.g. \""
                    + value + "\": " + candidates.iterator().next() + "."));
        } else {
            Set<String> known = new TreeSet<>(ruleCountries.keySet());
            data.countries().values().forEach(c -> known.add(c.name()));
            found.add(new Problem(at, width(value), "'" + value + "' is not a country amity knows"
                    + Nearest.hint(value, known, "; add it to the rules' countries map with its ISO code, e.g. \"" + value
                    + "\": GB.")));
        }
        return Optional.empty();
    }

    private Optional<String> resolve(String value) {
        String upper = value.strip().toUpperCase(java.util.Locale.ROOT);
        if (upper.length() == 2 && data.countries().containsKey(upper)) {
            return Optional.of(upper);
        }
        String key = Fold.key(value);
        Set<String> codes = countryNames.getOrDefault(key, Set.of());
        if (codes.size() == 1) {
            return Optional.of(codes.iterator().next());
        }
        return Optional.ofNullable(ruleCountries.get(key));
    }

    private void indexCountries() {
        for (Country c : data.countries().values()) {
            countryNames.computeIfAbsent(Fold.key(c.name()), k -> new TreeSet<>()).add(c.code());
        }
        for (CountryNames.Name n : CountryNames.all()) {
            if (data.countries().containsKey(n.code())) {
                countryNames.computeIfAbsent(Fold.key(n.name()), k -> new TreeSet<>()).add(n.code());
            }
        }
    }

    // ---- cells, words and dates of a row

    private String cell(Sheet.Row row, String column) {
        return row.cell(columns.get(column)).strip();
    }

    /** Where a template's value comes from: the cell of its first column, else the row. */
    private Origin at(Sheet.Row row, Template t) {
        List<String> cols = t.columns();
        return cols.isEmpty() ? row.at(sheet.file(), 0) : row.at(sheet.file(), columns.get(cols.get(0)));
    }

    private String word(Sheet.Row row, Template t, List<String> words, String what, List<Problem> found) {
        String v = t.fill(c -> cell(row, c));
        if (!words.contains(v) && !t.columns().isEmpty()) {
            found.add(new Problem(at(row, t), width(v), "'" + v + "' is not " + what
                    + Nearest.hint(v, words, "; use one of " + String.join(", ", words) + ".")));
        }
        return v;
    }

    private DateInterval date(Sheet.Row row, List<Problem> found) {
        String v = rules.signed().absent() ? "" : rules.signed().fill(c -> cell(row, c));
        if (v.isEmpty()) {
            return DateInterval.UNKNOWN;
        }
        try {
            return DateInterval.parse(v);
        } catch (DateInterval.Malformed e) {
            found.add(new Problem(at(row, rules.signed()), width(v), e.getMessage() + "."));
            return DateInterval.UNKNOWN;
        }
    }

    // ---- indexes and ids

    private void indexPlace(Place p) {
        if (places.putIfAbsent(p.id(), p) != null) {
            return;
        }
        ids.add(p.id());
        Set<String> names = new HashSet<>();
        names.add(Fold.key(p.name()));
        p.names().forEach(n -> names.add(Fold.key(n)));
        for (String n : names) {
            placeNames.computeIfAbsent(p.country() + "\u0000" + n, k -> new ArrayList<>()).add(p.id());
        }
    }

    private void indexAgreement(Agreement a, boolean before) {
        if (before) {
            existing.add(a.id());
        }
        if (a.parties().size() == 2) {
            agreementByPair.putIfAbsent(pair(a.parties().get(0), a.parties().get(1), a.type()), a.id());
        }
        Set<String> keys = attested.computeIfAbsent(a.id(), k -> new HashSet<>());
        a.attested().forEach(att -> keys.add(key(att)));
    }

    private static String pair(String a, String b, String type) {
        return a.compareTo(b) <= 0 ? a + "\u0000" + b + "\u0000" + type : b + "\u0000" + a + "\u0000" + type;
    }

    /** An attestation's identity: the same source, date and words are the same statement. */
    private static String key(Attestation a) {
        return a.source() + "\u0000" + a.date().text() + "\u0000" + a.quote();
    }

    /** The slug, else the slug and the country code, else with a number: the first free id. */
    private String uniquePlace(String slug, String country, Map<String, Place> pending) {
        Set<String> pendingIds = new HashSet<>();
        pending.values().forEach(p -> pendingIds.add(p.id()));
        String withCountry = slug + "-" + country.toLowerCase(java.util.Locale.ROOT);
        String id = slug;
        for (int i = 1; ids.contains(id) || pendingIds.contains(id); i++) {
            id = i == 1 ? withCountry : withCountry + "-" + i;
        }
        return id;
    }

    /** The id, else with {@code suffix}, else with a number. */
    private String unique(String id, String suffix) {
        String found = !ids.contains(id) ? id : !ids.contains(id + suffix) ? id + suffix : null;
        for (int i = 2; found == null; i++) {
            found = ids.contains(id + suffix + "-" + i) ? null : id + suffix + "-" + i;
        }
        ids.add(found);
        return found;
    }

    private static int width(String s) {
        return Math.max(1, s.codePointCount(0, s.length()));
    }
}
