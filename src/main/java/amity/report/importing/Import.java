package amity.report.importing;

import amity.model.Agreement;
import amity.model.Attestation;
import amity.model.DateInterval;
import amity.model.Dataset;
import amity.model.Ending;
import amity.model.Origin;
import amity.model.Place;
import amity.model.Source;
import amity.model.Spots;
import amity.read.DataFile;
import amity.read.ImportRules;
import amity.read.ImportRules.Template;
import amity.problem.Problem;
import amity.read.Sheet;
import amity.read.Vocabulary;
import amity.text.Nearest;
import amity.text.PlaceName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.stream.Stream;

/**
 * `amity import`: reads a sheet's rows by the rules and matches them against a data set, keeping
 * only what is new or changed. Countries resolve as {@link ImportCountries} says, places as
 * {@link ImportPlaces} says (else are added); the same unordered pair and type is one agreement.
 * A row's attestation is identified by the rules' source and its quote, which is made of the
 * row's key columns (by default the parties), never of its whole text: the same sheet saved as
 * CSV, TSV or XLSX is the same rows, a second import changes nothing, and a row whose date changed
 * updates the attestation an earlier import wrote for it. Every problem is collected, located at
 * the cell it comes from.
 */
public final class Import {
    /** What a row did, for the dry run's table, in the order a row's changes come. */
    public enum Kind {
        NEW_SOURCE("new source"), NEW_PLACE("new place"), NEW_AGREEMENT("new agreement"), MERGED("merged"),
        UPDATED("updated"), UNCHANGED("unchanged"), SKIPPED("skipped"), CANDIDATE("candidate");

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

    /** A row whose date changed: the attestation {@code source}/{@code quote} of {@code agreement} now says {@code to}. */
    public record Update(String agreement, String source, String quote, DateInterval from, DateInterval to) {
    }

    /**
     * The outcome: the records to add to the output file, the attestations in it to update, every
     * change, the problems that stop the import, and the rows skipped with theirs.
     */
    public record Result(DataFile additions, List<Update> updates, List<Change> changes, List<Problem> problems,
            List<Problem> skipped) {
        /** How many changes of that kind. */
        public long count(Kind kind) {
            return changes.stream().filter(c -> c.kind() == kind).count();
        }

        /** Whether the output file would change. */
        public boolean changed() {
            return !updates.isEmpty() || additions.sources().size() + additions.places().size()
                    + additions.agreements().size() + additions.attestations().size() > 0;
        }
    }

    /** Where an attestation with a given source and quote is: its agreement, its date, and whether in the output file. */
    private record Held(String agreement, DateInterval date, boolean own, int row) {
    }

    private final Dataset data;
    private final Sheet sheet;
    private final ImportRules rules;
    private final Template identity;
    private final boolean skipUnresolved;
    private final List<Problem> problems = new ArrayList<>();
    private final List<Problem> skipped = new ArrayList<>();
    private final List<Change> changes = new ArrayList<>();
    private final Map<String, Integer> columns = new HashMap<>();
    private final ImportCountries countries;
    private final ImportPlaces places;
    private final Set<String> ids = new HashSet<>();

    private final Map<String, String> agreementByPair = new HashMap<>();
    private final Map<String, Held> held = new HashMap<>();
    private final Map<String, String> placeRules = new HashMap<>();

    private final List<Source> newSources = new ArrayList<>();
    private final LinkedHashMap<String, Agreement> newAgreements = new LinkedHashMap<>();
    private final List<DataFile.Loose> newLoose = new ArrayList<>();
    private final List<Update> updates = new ArrayList<>();

    private Import(Dataset data, DataFile own, Sheet sheet, ImportRules rules, boolean skipUnresolved) {
        this.data = data;
        this.sheet = sheet;
        this.rules = rules;
        this.identity = rules.identity();
        this.skipUnresolved = skipUnresolved;
        for (int i = sheet.headers().size() - 1; i >= 0; i--) {
            columns.put(sheet.headers().get(i), i);
        }
        this.countries = new ImportCountries(data, rules, problems);
        this.places = new ImportPlaces(rules.foldAccents(), ids);
        Stream.concat(data.places().stream(), own.places().stream()).forEach(places::index);
        Stream.concat(data.agreements().stream(), own.agreements().stream()).forEach(a -> {
            if (a.parties().size() == 2) {
                agreementByPair.putIfAbsent(pair(a.parties().get(0), a.parties().get(1), a.type()), a.id());
            }
            a.attested().forEach(att -> held.putIfAbsent(key(att.source(), att.quote()),
                    new Held(a.id(), att.date(), false, 0)));
        });
        // What the output file holds is what an import may update.
        own.agreements().forEach(a -> a.attested().forEach(att -> held.put(key(att.source(), att.quote()),
                new Held(a.id(), att.date(), true, 0))));
        own.attestations().forEach(l -> held.put(key(l.attestation().source(), l.attestation().quote()),
                new Held(l.agreement(), l.attestation().date(), true, 0)));
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
            im.candidates();
        }
        DataFile additions = new DataFile(List.copyOf(im.newSources), im.places.added(),
                List.copyOf(im.newAgreements.values()), List.copyOf(im.newLoose), List.of(), List.of(), List.of());
        return new Result(additions, List.copyOf(im.updates), List.copyOf(im.changes), List.copyOf(im.problems),
                List.copyOf(im.skipped));
    }

    // ---- the rules against the sheet

    private void checkRules() {
        List<Template> templates = new ArrayList<>(List.of(rules.type(), rules.level(), rules.signed(), rules.quote()));
        rules.parties().forEach(p -> templates.addAll(List.of(p.id(), p.name(), p.region(), p.country())));
        for (Template t : templates) {
            for (String c : t.columns()) {
                if (!columns.containsKey(c)) {
                    problems.add(new Problem(t.at(), width(t.text()), "the column '" + c + "' is not in "
                            + sheet.file() + " (its columns are " + String.join(", ", sheet.headers()) + ")"
                            + Nearest.hint(c, sheet.headers())));
                }
            }
        }
        for (String c : rules.signed().columns()) {
            if (rules.quote().columns().contains(c)) {
                problems.add(new Problem(rules.quote().at(), width(rules.quote().text()), "the quote names '{" + c
                        + "}', which 'signed' reads too; the quote identifies a row on the next import, so a "
                        + "corrected date would make a second statement instead of updating the first. Leave {"
                        + c + "} out of the quote."));
            }
        }
        constant(rules.type(), Vocabulary.AGREEMENT_TYPES, "an agreement type");
        constant(rules.level(), Vocabulary.AGREEMENT_LEVELS, "an agreement level");
        rules.places().forEach(r -> placeRules.put(PlaceName.same(r.name()), r.id()));
    }

    private void constant(Template t, List<String> words, String what) {
        if (!t.absent() && t.columns().isEmpty() && !words.contains(t.text())) {
            problems.add(new Problem(t.at(), width(t.text()), "'" + t.text() + "' is not " + what
                    + Nearest.hint(t.text(), words, "; use one of " + String.join(", ", words) + ".")));
        }
    }

    private void addSource() {
        Source s = rules.source();
        if (data.source(s.id()).isEmpty() && !ids.contains(s.id())) {
            newSources.add(new Source(s.id(), s.title(), s.publisher(), s.published(), s.url(), s.copyOf(), s.kind(),
                    s.notes(), Spots.NONE));
            ids.add(s.id());
            changes.add(new Change(Kind.NEW_SOURCE, s.id(), 0, s.title()));
        }
    }

    // ---- one row

    /** A place a row names, as it wrote it. */
    private record Named(Place place, String written, Origin at) {
    }

    private void row(Sheet.Row row) {
        int placesBefore = places.addedCount();
        int changesBefore = changes.size();
        List<Problem> found = new ArrayList<>();
        String type = word(row, rules.type(), Vocabulary.AGREEMENT_TYPES, "an agreement type", found);
        // Every agreement has a level; spreadsheets of twin towns list cities.
        String level = rules.level().absent() ? "municipal" : word(row, rules.level(), Vocabulary.AGREEMENT_LEVELS,
                "an agreement level", found);
        DateInterval signed = date(row, found);
        List<Named> parties = new ArrayList<>();
        for (ImportRules.Party p : rules.parties()) {
            party(row, p, found).ifPresent(parties::add);
        }
        if (found.isEmpty() && parties.size() == 2 && parties.get(0).place().id().equals(parties.get(1).place().id())) {
            Named second = parties.get(1);
            found.add(new Problem(second.at(), width(second.written()), "the row names the same place twice ('"
                    + parties.get(0).written() + "' and '" + second.written() + "' are " + second.place().id()
                    + "); an agreement is between two places."));
        }
        if (!found.isEmpty()) {
            // A row that is not imported adds no place.
            places.forgetSince(placesBefore);
            changes.subList(changesBefore, changes.size()).clear();
            if (skipUnresolved) {
                skipped.addAll(found);
                changes.add(new Change(Kind.SKIPPED, "", row.number(), found.get(0).message()));
            } else {
                problems.addAll(found);
            }
            return;
        }
        for (Named n : parties) {
            places.named(n.place(), n.written());
        }
        String a = parties.get(0).place().id();
        String b = parties.get(1).place().id();
        String quote = identity.fill(c -> cell(row, c));
        Attestation att = new Attestation(rules.source().id(), signed, "", quote, List.of(), "", "", Spots.NONE);
        String k = key(att.source(), quote);
        Held before = held.get(k);
        if (before != null) {
            same(row, before, att, found);
            return;
        }
        held.put(k, new Held("", signed, true, row.number()));
        String id = agreementByPair.get(pair(a, b, type));
        if (id == null) {
            id = unique(a + "-" + b, "-" + type);
            agreementByPair.put(pair(a, b, type), id);
            newAgreements.put(id, new Agreement(id, List.of(a, b), type, level, DateInterval.UNKNOWN, Ending.LASTS,
                    List.of(att), List.of(), "", Spots.NONE));
            changes.add(new Change(Kind.NEW_AGREEMENT, id, row.number(), a + " – " + b + ", " + type + dated(signed)));
            return;
        }
        Agreement mine = newAgreements.get(id);
        if (mine != null) {
            List<Attestation> more = new ArrayList<>(mine.attested());
            more.add(att);
            newAgreements.put(id, new Agreement(mine.id(), mine.parties(), mine.type(), mine.level(), mine.signed(),
                    mine.ended(), List.copyOf(more), mine.predecessors(), mine.notes(), mine.certainty(),
                    mine.spots()));
        } else {
            newLoose.add(new DataFile.Loose(id, "", att));
        }
        changes.add(new Change(Kind.MERGED, id, row.number(), (mine == null
                ? "a new attestation of an agreement in the data" : "the same pair as an earlier row") + dated(signed)));
    }

    private static String dated(DateInterval d) {
        return d.given() ? ", " + d.text() : "";
    }

    /** A row whose key was seen before: unchanged, an update of what an import wrote, or a problem. */
    private void same(Sheet.Row row, Held before, Attestation att, List<Problem> found) {
        String what = before.agreement().isEmpty() ? "row " + before.row() : before.agreement();
        if (before.date().equals(att.date())) {
            changes.add(new Change(Kind.UNCHANGED, before.agreement(), row.number(), before.row() > 0
                    ? "the same statement as row " + before.row() : "already attested by " + att.source()));
            return;
        }
        Origin at = at(row, rules.signed());
        String was = before.date().given() ? before.date().text() : "no date";
        if (before.row() > 0) {
            found.add(new Problem(at, width(att.date().text()), "the row repeats row " + before.row() + " ('"
                    + att.quote() + "') with another date (" + was + "); keep one of them."));
        } else if (!before.own()) {
            found.add(new Problem(at, width(att.date().text()), "the row changes the date of '" + att.quote() + "' ("
                    + what + ", " + was + ") in a file of the data set that is not the output; edit it there."));
        } else {
            updates.add(new Update(before.agreement(), att.source(), att.quote(), before.date(), att.date()));
            held.put(key(att.source(), att.quote()), new Held(before.agreement(), att.date(), true, row.number()));
            changes.add(new Change(Kind.UPDATED, before.agreement(), row.number(), "date " + was + " → "
                    + (att.date().given() ? att.date().text() : "none")));
            return;
        }
        if (skipUnresolved) {
            skipped.addAll(found);
            changes.add(new Change(Kind.SKIPPED, "", row.number(), found.get(0).message()));
        } else {
            problems.addAll(found);
        }
    }

    private Optional<Named> party(Sheet.Row row, ImportRules.Party p, List<Problem> found) {
        if (!p.id().absent()) {
            String id = p.id().fill(c -> cell(row, c));
            if (!id.isEmpty()) {
                Origin at = at(row, p.id());
                Place place = places.get(id);
                if (place == null) {
                    found.add(new Problem(at, width(id), "no place has the id '" + id + "'"));
                    return Optional.empty();
                }
                return Optional.of(new Named(place, id, at));
            }
        }
        String name = p.name().fill(c -> cell(row, c));
        Origin nameAt = at(row, p.name());
        Optional<ImportCountries.Resolved> country = countries.resolve(p.country().fill(c -> cell(row, c)),
                at(row, p.country()), found);
        if (name.isEmpty()) {
            found.add(new Problem(nameAt, 1, "the place's name is empty; every party needs a name."));
            return Optional.empty();
        }
        if (country.isEmpty()) {
            return Optional.empty();
        }
        String code = country.get().code();
        // The rules' places map a spelling to a place's id, or to the spelling to read instead.
        String mapped = placeRules.get(PlaceName.same(name));
        if (mapped != null && places.get(mapped) != null && places.get(mapped).country().equals(code)) {
            return Optional.of(new Named(places.get(mapped), name, nameAt));
        }
        String spelling = mapped != null && places.get(mapped) == null ? mapped : name;
        String regionName = p.region().absent() ? country.get().region() : p.region().fill(c -> cell(row, c));
        String region = regionName.isEmpty() ? "" : region(regionName, code);
        Object m = places.match(spelling, code, region);
        if (m instanceof ImportPlaces.Ambiguous amb) {
            found.add(new Problem(nameAt, width(name), "'" + name + "' is the name of several places in " + code
                    + " (" + String.join(", ", amb.ids()) + "); give its region, or map it in the rules' places."));
            return Optional.empty();
        }
        Place place = m instanceof Place known ? known : places.add(spelling, code, "city", region, regionName);
        if (m == null) {
            changes.add(new Change(Kind.NEW_PLACE, place.id(), row.number(), name + ", "
                    + (regionName.isEmpty() ? "" : regionName + ", ") + code));
        }
        return Optional.of(new Named(place, name, nameAt));
    }

    /** The id of a region of a country, a place of level region added when the data has none of that name. */
    private String region(String name, String code) {
        Object m = places.match(name, code, "");
        if (m instanceof Place p) {
            return p.id();
        }
        if (m instanceof ImportPlaces.Ambiguous amb) {
            return amb.ids().get(0);
        }
        Place added = places.add(name, code, "region", "", "");
        changes.add(new Change(Kind.NEW_PLACE, added.id(), 0, name + ", " + code + " (a region)"));
        return added.id();
    }

    private void candidates() {
        for (ImportPlaces.Candidate c : places.candidates()) {
            List<String> sides = new ArrayList<>();
            for (int i = 0; i < c.ids().size(); i++) {
                sides.add(c.names().get(i) + " (" + c.ids().get(i) + ", " + amity.text.Plural.count(c.rows().get(i),
                        "row") + ")");
            }
            changes.add(new Change(Kind.CANDIDATE, String.join(" ", c.ids()), 0, "possible same place in "
                    + c.country() + ": " + String.join(" ~ ", sides) + "; map it in the rules' places to merge, "
                    + "or keep it apart"));
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

    // ---- keys and ids

    private static String pair(String a, String b, String type) {
        return a.compareTo(b) <= 0 ? a + "\u0000" + b + "\u0000" + type : b + "\u0000" + a + "\u0000" + type;
    }

    /** An attestation's identity: its source and its quote (made of the row's key columns). */
    private static String key(String source, String quote) {
        return source + "\u0000" + quote;
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

    static int width(String s) {
        return Math.max(1, s.codePointCount(0, s.length()));
    }
}
