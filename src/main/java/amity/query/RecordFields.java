package amity.query;

import amity.table.Value;
import static amity.table.FieldType.BOOLEAN;
import static amity.table.FieldType.DATE;
import static amity.table.FieldType.LIST;
import static amity.table.FieldType.NUMBER;
import static amity.table.FieldType.TEXT;

import amity.model.Acknowledgement;
import amity.model.Agreement;
import amity.model.Attestation;
import amity.model.Country;
import amity.model.Dataset;
import amity.model.DateInterval;
import amity.model.Ending;
import amity.model.Figure;
import amity.model.Identified;
import amity.model.Place;
import amity.model.Predecessor;
import amity.model.Program;
import amity.model.RecordType;
import amity.model.Source;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The fields each record type exposes to expressions, --fields, --sort and --by, and the rows that
 * carry their values. Agreements seen from one party's side (--of) add the partner's fields.
 */
public final class RecordFields {
    private final Dataset data;

    public RecordFields(Dataset data) {
        this.data = data;
    }

    /** The field definitions of a record type, with partner fields when {@code of} is set. */
    public List<Field> fields(RecordType type, boolean of) {
        return defs(type, of ? "of" : "").stream().map(FieldDef::field).toList();
    }

    /** The field definitions of a queryable record type named on the command line or in a counts rule. */
    public List<Field> fields(String type, boolean of) {
        return fields(named(type), of);
    }

    /** One row per record of {@code type}, in data order; with {@code of}, only that place's agreements. */
    public List<ValueRow> rows(String type, String of) {
        return rows(named(type), of);
    }

    private static RecordType named(String type) {
        return RecordType.queryable(type).orElseThrow(() -> new IllegalArgumentException(type));
    }

    /** One row per record of {@code type}, in data order; with {@code of}, only that place's agreements. */
    public List<ValueRow> rows(RecordType type, String of) {
        List<? extends Identified> records = type == RecordType.AGREEMENTS && !of.isEmpty() ? data.agreementsOf(of)
                : data.records(type);
        List<ValueRow> rows = new ArrayList<>(records.size());
        List<? extends FieldDef<?>> defs = defs(type, of);
        Map<String, Integer> positions = new java.util.HashMap<>();
        for (int i = 0; i < defs.size(); i++) {
            positions.putIfAbsent(defs.get(i).field().name(), i);
        }
        for (Identified r : records) {
            rows.add(new ValueRow(r.id(), new LazyValues(r, defs, positions), r));
        }
        return rows;
    }

    /**
     * A row's values, each read from the record when first asked for: a counts rule reads two or
     * three fields of each of a million rows, a listing reads them all.
     */
    private static final class LazyValues extends java.util.AbstractMap<String, Value> {
        private final Identified record;
        private final List<? extends FieldDef<?>> defs;
        private final Map<String, Integer> positions;
        private final Value[] values;

        LazyValues(Identified record, List<? extends FieldDef<?>> defs, Map<String, Integer> positions) {
            this.record = record;
            this.defs = defs;
            this.positions = positions;
            this.values = new Value[defs.size()];
        }

        @SuppressWarnings("unchecked")
        private Value at(int i) {
            if (values[i] == null) {
                values[i] = ((FieldDef<Identified>) defs.get(i)).read().apply(record);
            }
            return values[i];
        }

        @Override
        public Value get(Object key) {
            Integer i = positions.get(key);
            return i == null ? null : at(i);
        }

        @Override
        public boolean containsKey(Object key) {
            return positions.containsKey(key);
        }

        @Override
        public Set<Map.Entry<String, Value>> entrySet() {
            Map<String, Value> all = new LinkedHashMap<>();
            for (int i = 0; i < defs.size(); i++) {
                all.putIfAbsent(defs.get(i).field().name(), at(i));
            }
            return all.entrySet();
        }
    }

    private List<? extends FieldDef<?>> defs(RecordType type, String of) {
        return switch (type) {
            case AGREEMENTS -> agreements(of);
            case PROGRAMS -> programs();
            case FIGURES -> figures();
            case SOURCES -> sources();
            case PLACES -> places();
            case ACKNOWLEDGEMENTS -> acknowledgements();
        };
    }

    /** An end date; none while the record lasts. */
    private static Value ending(Ending e) {
        return e.date().map(Value::date).orElse(Value.MISSING);
    }

    /** A date of a record; a date not given has no value. */
    private static Value given(DateInterval d) {
        return d.given() ? Value.date(d) : Value.MISSING;
    }

    private Optional<Country> countryOf(String placeId) {
        return data.place(placeId).flatMap(p -> data.country(p.country()));
    }

    private Value placeCountries(List<String> placeIds, Function<Country, String> part) {
        List<Value> out = new ArrayList<>();
        for (String id : placeIds) {
            out.add(countryOf(id).map(c -> Value.text(part.apply(c))).orElse(Value.MISSING));
        }
        return new Value.ListOf(out);
    }

    /** The place's own continent (Moscow: Europe), else its country's; "" when neither is known. */
    private String continentOf(String placeId) {
        return own(placeId, Place::continent, Country::continent);
    }

    /** The place's own region, else its country's. */
    private String regionOf(String placeId) {
        return own(placeId, Place::region, Country::region);
    }

    private String own(String placeId, Function<Place, String> ofPlace, Function<Country, String> ofCountry) {
        return data.place(placeId).map(ofPlace).filter(s -> !s.isEmpty())
                .orElseGet(() -> countryOf(placeId).map(ofCountry).orElse(""));
    }

    private List<FieldDef<Agreement>> agreements(String of) {
        List<FieldDef<Agreement>> f = new ArrayList<>();
        f.add(FieldDef.of("id", TEXT, "the agreement's id", a -> Value.text(a.id())));
        f.add(FieldDef.of("parties", LIST, "the two places' ids", a -> Value.texts(a.parties())));
        f.add(FieldDef.of("names", LIST, "the two places' names", a -> Value.texts(a.parties().stream()
                .map(p -> data.place(p).map(Place::name).orElse(p)).toList())));
        f.add(FieldDef.of("countries", LIST, "the two places' ISO country codes",
                a -> placeCountries(a.parties(), Country::code)));
        f.add(FieldDef.of("continents", LIST, "the two places' continents", a -> new Value.ListOf(a.parties().stream()
                .map(p -> continentOf(p).isEmpty() ? Value.MISSING : Value.text(continentOf(p))).toList())));
        f.add(FieldDef.of("type", TEXT, "sister-city, friendship-city, cooperation, ...", a -> Value.text(a.type())));
        f.add(FieldDef.of("level", TEXT, "municipal, district or provincial", a -> Value.text(a.level())));
        f.add(FieldDef.of("signed", DATE, "when it was signed: as written, else what the attestations allow",
                a -> Value.date(a.effectiveSigned())));
        f.add(FieldDef.of("year", DATE, "the year(s) it was signed in", a -> Dates.year(a.effectiveSigned())));
        f.add(FieldDef.of("decade", DATE, "the decade(s) it was signed in", a -> Dates.decade(a.effectiveSigned())));
        f.add(FieldDef.of("ended", DATE, "when it ended; empty while it lasts", a -> ending(a.ended())));
        f.add(FieldDef.of("attestations", NUMBER, "how many source statements it has",
                a -> Value.num(a.attested().size())));
        f.add(FieldDef.of("sources", LIST, "the ids of the sources that attest it",
                a -> Value.texts(a.attested().stream().map(Attestation::source).distinct().toList())));
        f.add(FieldDef.of("publishers", LIST, "the publishers of those sources", a -> Value.texts(a.attested()
                .stream().map(t -> data.source(t.source()).map(Source::publisher).orElse("")).distinct().toList())));
        f.add(FieldDef.of("predecessors", LIST, "the types of the earlier agreements it followed",
                a -> a.predecessors().isEmpty() ? Value.MISSING
                        : Value.texts(a.predecessors().stream().map(Predecessor::type).toList())));
        f.add(FieldDef.of("notes", TEXT, "the data keeper's notes", a -> Value.text(a.notes())));
        f.add(FieldDef.of("certainty", TEXT, "implied (read from context) or uncertain (a doubtful list entry); "
                + "empty when the sources state the tie", a -> Value.text(a.certainty())));
        if (!of.isEmpty()) {
            f.add(FieldDef.of(Catalog.PARTNER_ID, TEXT, "the other party's place id (partner is accepted for it)", a -> Value.text(partner(a, of))));
            f.add(FieldDef.of("partner.name", TEXT, "the other party's name",
                    a -> Value.text(data.place(partner(a, of)).map(Place::name).orElse(""))));
            f.add(FieldDef.of("partner.level", TEXT, "the other party's level (city, province, ...)",
                    a -> Value.text(data.place(partner(a, of)).map(Place::level).orElse(""))));
            f.add(FieldDef.of("partner.capital", BOOLEAN, "whether the other party is a national capital",
                    a -> data.place(partner(a, of)).map(p -> (Value) new Value.Bool(p.capital()))
                            .orElse(Value.MISSING)));
            addCountry(f, "partner.", a -> partner(a, of), "the other party's");
        }
        return f;
    }

    private static String partner(Agreement a, String of) {
        return a.partnerOf(of);
    }

    /** Country, country name, continent, region and subregion of the place a record points at. */
    private <R> void addCountry(List<FieldDef<R>> f, String prefix, Function<R, String> placeId, String whose) {
        f.add(FieldDef.of(prefix + "country", TEXT, whose + " ISO 3166-1 country code",
                r -> Value.text(data.place(placeId.apply(r)).map(Place::country).orElse(""))));
        f.add(FieldDef.of(prefix + "country_name", TEXT, whose + " country's name",
                r -> Value.text(countryOf(placeId.apply(r)).map(Country::name).orElse(""))));
        f.add(FieldDef.of(prefix + "continent", TEXT, whose + " continent (Asia, Europe, North America, ...): "
                + "the place's own, else its country's", r -> Value.text(continentOf(placeId.apply(r)))));
        f.add(FieldDef.of(prefix + "region", TEXT, whose + " UN M49 region (Africa, Americas, Asia, Europe, Oceania): "
                + "the place's own, else its country's", r -> Value.text(regionOf(placeId.apply(r)))));
        f.add(FieldDef.of(prefix + "subregion", TEXT, whose + " UN M49 sub-region",
                r -> Value.text(countryOf(placeId.apply(r)).map(Country::subregion).orElse(""))));
    }

    private List<FieldDef<Place>> places() {
        List<FieldDef<Place>> f = new ArrayList<>();
        f.add(FieldDef.of("id", TEXT, "the place's id", p -> Value.text(p.id())));
        f.add(FieldDef.of("name", TEXT, "its name in English", p -> Value.text(p.name())));
        f.add(FieldDef.of("names", LIST, "other names: exonyms, native script", p -> Value.texts(p.names())));
        f.add(FieldDef.of("level", TEXT, "city, municipality, district, province, state, region, ...",
                p -> Value.text(p.level())));
        addCountry(f, "", Place::id, "its");
        f.add(FieldDef.of("part_of", TEXT, "the place it is part of", p -> Value.text(p.partOf())));
        f.add(FieldDef.of("capital", BOOLEAN, "whether it is a national capital", p -> new Value.Bool(p.capital())));
        f.add(FieldDef.of("agreements", NUMBER, "how many agreements it is party to", p -> Value.num(data.agreementsOf(p.id()).size())));
        f.add(FieldDef.of("notes", TEXT, "the data keeper's notes", p -> Value.text(p.notes())));
        return f;
    }

    private List<FieldDef<Source>> sources() {
        List<FieldDef<Source>> f = new ArrayList<>();
        f.add(FieldDef.of("id", TEXT, "the source's id", s -> Value.text(s.id())));
        f.add(FieldDef.of("publisher", TEXT, "who published it", s -> Value.text(s.publisher())));
        f.add(FieldDef.of("published", DATE, "when it was published", s -> given(s.published())));
        f.add(FieldDef.of("year", DATE, "the year it was published", s -> Dates.year(s.published())));
        f.add(FieldDef.of("title", TEXT, "its title", s -> Value.text(s.title())));
        f.add(FieldDef.of("url", TEXT, "where it is found", s -> Value.text(s.url())));
        f.add(FieldDef.of("copy_of", TEXT, "the official page it copies", s -> Value.text(s.copyOf())));
        f.add(FieldDef.of("kind", TEXT, "document, or compiled (a secondary list whose rows are its statements)",
                s -> Value.text(s.compiled() ? Source.COMPILED : Source.DOCUMENT)));
        f.add(FieldDef.of("attests", NUMBER, "how many agreements and programs it attests", s -> Value.num(
                data.agreements().stream().filter(a -> a.attested().stream().anyMatch(t -> t.source().equals(s.id())))
                        .count() + data.programs().stream()
                                .filter(p -> p.attested().stream().anyMatch(t -> t.source().equals(s.id()))).count())));
        f.add(FieldDef.of("cited", NUMBER, "how many statements of other sources cite it", s -> Value.num(
                data.agreements().stream().flatMap(a -> a.attested().stream()).filter(t -> t.cites().contains(s.id()))
                        .count())));
        f.add(FieldDef.of("figures", NUMBER, "how many figures it reports",
                s -> Value.num(data.figures().stream().filter(g -> g.source().equals(s.id())).count())));
        f.add(FieldDef.of("notes", TEXT, "the data keeper's notes", s -> Value.text(s.notes())));
        return f;
    }

    private List<FieldDef<Program>> programs() {
        List<FieldDef<Program>> f = new ArrayList<>();
        f.add(FieldDef.of("id", TEXT, "the program's id", p -> Value.text(p.id())));
        f.add(FieldDef.of("name", TEXT, "its name", p -> Value.text(p.name())));
        f.add(FieldDef.of("aliases", LIST, "other names it goes by", p -> Value.texts(p.aliases())));
        f.add(FieldDef.of("kind", TEXT, "committee, training, festival, forum, conference, ...",
                p -> Value.text(p.kind())));
        f.add(FieldDef.of("participants", LIST, "the places taking part", p -> Value.texts(p.participants())));
        f.add(FieldDef.of("started", DATE, "when it started", p -> given(p.started())));
        f.add(FieldDef.of("year", DATE, "the year(s) it started", p -> Dates.year(p.started())));
        f.add(FieldDef.of("decade", DATE, "the decade(s) it started", p -> Dates.decade(p.started())));
        f.add(FieldDef.of("ended", DATE, "when it ended", p -> ending(p.ended())));
        f.add(FieldDef.of("recurrence", TEXT, "once, annual, biennial, irregular or ongoing",
                p -> Value.text(p.recurrence())));
        f.add(FieldDef.of("editions", NUMBER, "how many dated occurrences are recorded",
                p -> Value.num(p.editions().size())));
        f.add(FieldDef.of("sources", LIST, "the ids of the sources that attest it",
                p -> Value.texts(p.attested().stream().map(Attestation::source).distinct().toList())));
        f.add(FieldDef.of("notes", TEXT, "the data keeper's notes", p -> Value.text(p.notes())));
        return f;
    }

    private List<FieldDef<Figure>> figures() {
        List<FieldDef<Figure>> f = new ArrayList<>();
        f.add(FieldDef.of("id", TEXT, "the figure's id", g -> Value.text(g.id())));
        f.add(FieldDef.of("subject", TEXT, "what it counts for: a place id or a label", g -> Value.text(g.subject())));
        f.add(FieldDef.of("metric", TEXT, "what it counts (sister-cities, delegations, ...)",
                g -> Value.text(g.metric())));
        f.add(FieldDef.of("scope", TEXT, "what the number covers", g -> Value.text(g.scope())));
        f.add(FieldDef.of("value", NUMBER, "the number as reported", g -> new Value.Num(g.value())));
        f.add(FieldDef.of("qualifier", TEXT, "exact, about, more-than, at-least, less-than, at-most",
                g -> Value.text(g.qualifier().slug())));
        f.add(FieldDef.of("reported", TEXT, "the value with its qualifier, as a reader says it",
                g -> Value.text(g.reported())));
        f.add(FieldDef.of("unit", TEXT, "what one of it is", g -> Value.text(g.unit())));
        f.add(FieldDef.of("as_of", DATE, "the date the number describes", g -> Value.date(g.asOf())));
        f.add(FieldDef.of("year", DATE, "the year(s) of as_of", g -> Dates.year(g.asOf())));
        f.add(FieldDef.of(Catalog.SOURCE_ID, TEXT, "the id of the source reporting it", g -> Value.text(g.source())));
        f.add(FieldDef.of("source.publisher", TEXT, "that source's publisher",
                g -> Value.text(data.source(g.source()).map(Source::publisher).orElse(""))));
        f.add(FieldDef.of("source.published", DATE, "when that source was published",
                g -> data.source(g.source()).map(s -> given(s.published())).orElse(Value.MISSING)));
        f.add(FieldDef.of("quote", TEXT, "the source's words, verbatim", g -> Value.text(g.quote())));
        f.add(FieldDef.of("derivable", BOOLEAN, "whether it has a counts rule",
                g -> new Value.Bool(g.counts().isPresent())));
        f.add(FieldDef.of("part_of", TEXT, "the figure it is a part of", g -> Value.text(g.partOf())));
        f.add(FieldDef.of("rank_of", TEXT, "the agreement an ordinal is about", g -> Value.text(g.rankOf())));
        f.add(FieldDef.of("alternative_to", TEXT, "the other reading of the same words",
                g -> Value.text(g.alternativeTo())));
        f.add(FieldDef.of("interpretation", TEXT, "how an ambiguous sentence was read",
                g -> Value.text(g.interpretation())));
        f.add(FieldDef.of("notes", TEXT, "the data keeper's notes", g -> Value.text(g.notes())));
        return f;
    }

    private List<FieldDef<Acknowledgement>> acknowledgements() {
        List<FieldDef<Acknowledgement>> f = new ArrayList<>();
        f.add(FieldDef.of("id", TEXT, "the acknowledgement's id", k -> Value.text(k.id())));
        f.add(FieldDef.of("finding", TEXT, "the key of the finding it accepts", k -> Value.text(k.finding())));
        f.add(FieldDef.of("digest", TEXT, "the digest of that finding's inputs", k -> Value.text(k.digest())));
        f.add(FieldDef.of("reason", TEXT, "why the finding is accepted", k -> Value.text(k.reason())));
        f.add(FieldDef.of("by", TEXT, "who accepted it", k -> Value.text(k.by())));
        f.add(FieldDef.of("date", DATE, "when it was accepted", k -> given(k.date())));
        return f;
    }
}
