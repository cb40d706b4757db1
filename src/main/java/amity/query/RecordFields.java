package amity.query;

import amity.table.FieldType;
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
import amity.model.Key;
import amity.model.Place;
import amity.model.Predecessor;
import amity.model.Program;
import amity.model.RecordType;
import amity.model.Shape;
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

    /** A field as its shape declares it: its key, meaning and value (a date not given has no value). */
    @SuppressWarnings("unchecked")
    private static <R> FieldDef<R> declared(Shape shape, String name) {
        Key<R, ?> key = (Key<R, ?>) shape.key(name).orElseThrow(() -> new IllegalArgumentException(name));
        FieldType type = switch (key.kind()) {
            case TEXTS -> LIST;
            case DATE, ENDING -> DATE;
            case BOOLEAN -> BOOLEAN;
            case NUMBER -> NUMBER;
            default -> TEXT;
        };
        Function<R, Value> read = switch (key.kind()) {
            case TEXT -> r -> Value.text((String) key.of(r));
            case TEXTS -> r -> Value.texts((List<String>) key.of(r));
            case DATE -> r -> given((DateInterval) key.of(r));
            case ENDING -> r -> ending((Ending) key.of(r));
            case BOOLEAN -> r -> new Value.Bool((Boolean) key.of(r));
            case NUMBER -> r -> new Value.Num((java.math.BigDecimal) key.of(r));
            case QUALIFIER -> r -> Value.text(((amity.model.Qualifier) key.of(r)).slug());
            default -> throw new IllegalArgumentException(name + " is a list of records, not a field of the catalog");
        };
        return FieldDef.of(name, type, key.meaning(), read);
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
        f.add(declared(Shape.AGREEMENT, "id"));
        f.add(declared(Shape.AGREEMENT, "parties"));
        f.add(FieldDef.of("names", LIST, "the two places' names", a -> Value.texts(a.parties().stream()
                .map(p -> data.place(p).map(Place::name).orElse(p)).toList())));
        f.add(FieldDef.of("countries", LIST, "the two places' ISO country codes",
                a -> placeCountries(a.parties(), Country::code)));
        f.add(FieldDef.of("continents", LIST, "the two places' continents", a -> new Value.ListOf(a.parties().stream()
                .map(p -> continentOf(p).isEmpty() ? Value.MISSING : Value.text(continentOf(p))).toList())));
        f.add(declared(Shape.AGREEMENT, "type"));
        f.add(declared(Shape.AGREEMENT, "level"));
        f.add(FieldDef.of("signed", DATE, "when it was signed: as written, else what the attestations allow",
                a -> Value.date(a.effectiveSigned())));
        f.add(FieldDef.of("year", DATE, "the year(s) it was signed in", a -> Dates.year(a.effectiveSigned())));
        f.add(FieldDef.of("decade", DATE, "the decade(s) it was signed in", a -> Dates.decade(a.effectiveSigned())));
        f.add(declared(Shape.AGREEMENT, "ended"));
        f.add(FieldDef.of("attestations", NUMBER, "how many source statements it has",
                a -> Value.num(a.attested().size())));
        f.add(FieldDef.of("sources", LIST, "the ids of the sources that attest it",
                a -> Value.texts(a.attested().stream().map(Attestation::source).distinct().toList())));
        f.add(FieldDef.of("publishers", LIST, "the publishers of those sources", a -> Value.texts(a.attested()
                .stream().map(t -> data.source(t.source()).map(Source::publisher).orElse("")).distinct().toList())));
        f.add(FieldDef.of("predecessors", LIST, "the types of the earlier agreements it followed",
                a -> a.predecessors().isEmpty() ? Value.MISSING
                        : Value.texts(a.predecessors().stream().map(Predecessor::type).toList())));
        f.add(declared(Shape.AGREEMENT, "notes"));
        f.add(declared(Shape.AGREEMENT, "certainty"));
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
        f.add(declared(Shape.PLACE, "id"));
        f.add(declared(Shape.PLACE, "name"));
        f.add(declared(Shape.PLACE, "names"));
        f.add(declared(Shape.PLACE, "level"));
        addCountry(f, "", Place::id, "its");
        f.add(declared(Shape.PLACE, "subdivision"));
        f.add(declared(Shape.PLACE, "part_of"));
        f.add(declared(Shape.PLACE, "capital"));
        f.add(FieldDef.of("agreements", NUMBER, "how many agreements it is party to", p -> Value.num(data.agreementsOf(p.id()).size())));
        f.add(declared(Shape.PLACE, "notes"));
        return f;
    }

    private List<FieldDef<Source>> sources() {
        List<FieldDef<Source>> f = new ArrayList<>();
        f.add(declared(Shape.SOURCE, "id"));
        f.add(declared(Shape.SOURCE, "publisher"));
        f.add(declared(Shape.SOURCE, "published"));
        f.add(FieldDef.of("year", DATE, "the year it was published", s -> Dates.year(s.published())));
        f.add(declared(Shape.SOURCE, "title"));
        f.add(declared(Shape.SOURCE, "url"));
        f.add(declared(Shape.SOURCE, "copy_of"));
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
        f.add(declared(Shape.SOURCE, "notes"));
        return f;
    }

    private List<FieldDef<Program>> programs() {
        List<FieldDef<Program>> f = new ArrayList<>();
        f.add(declared(Shape.PROGRAM, "id"));
        f.add(declared(Shape.PROGRAM, "name"));
        f.add(declared(Shape.PROGRAM, "aliases"));
        f.add(declared(Shape.PROGRAM, "kind"));
        f.add(declared(Shape.PROGRAM, "participants"));
        f.add(declared(Shape.PROGRAM, "started"));
        f.add(FieldDef.of("year", DATE, "the year(s) it started", p -> Dates.year(p.started())));
        f.add(FieldDef.of("decade", DATE, "the decade(s) it started", p -> Dates.decade(p.started())));
        f.add(declared(Shape.PROGRAM, "ended"));
        f.add(declared(Shape.PROGRAM, "recurrence"));
        f.add(FieldDef.of("editions", NUMBER, "how many dated occurrences are recorded",
                p -> Value.num(p.editions().size())));
        f.add(FieldDef.of("sources", LIST, "the ids of the sources that attest it",
                p -> Value.texts(p.attested().stream().map(Attestation::source).distinct().toList())));
        f.add(declared(Shape.PROGRAM, "notes"));
        return f;
    }

    private List<FieldDef<Figure>> figures() {
        List<FieldDef<Figure>> f = new ArrayList<>();
        f.add(declared(Shape.FIGURE, "id"));
        f.add(declared(Shape.FIGURE, "subject"));
        f.add(declared(Shape.FIGURE, "metric"));
        f.add(declared(Shape.FIGURE, "scope"));
        f.add(declared(Shape.FIGURE, "value"));
        f.add(declared(Shape.FIGURE, "qualifier"));
        f.add(FieldDef.of("reported", TEXT, "the value with its qualifier, as a reader says it",
                g -> Value.text(g.reported())));
        f.add(declared(Shape.FIGURE, "unit"));
        f.add(FieldDef.of("as_of", DATE, "the date the number describes", g -> Value.date(g.asOf())));
        f.add(FieldDef.of("year", DATE, "the year(s) of as_of", g -> Dates.year(g.asOf())));
        f.add(FieldDef.of(Catalog.SOURCE_ID, TEXT, "the id of the source reporting it", g -> Value.text(g.source())));
        f.add(FieldDef.of("source.publisher", TEXT, "that source's publisher",
                g -> Value.text(data.source(g.source()).map(Source::publisher).orElse(""))));
        f.add(FieldDef.of("source.published", DATE, "when that source was published",
                g -> data.source(g.source()).map(s -> given(s.published())).orElse(Value.MISSING)));
        f.add(declared(Shape.FIGURE, "quote"));
        f.add(FieldDef.of("derivable", BOOLEAN, "whether it has a counts rule",
                g -> new Value.Bool(g.counts().isPresent())));
        f.add(declared(Shape.FIGURE, "part_of"));
        f.add(declared(Shape.FIGURE, "rank_of"));
        f.add(declared(Shape.FIGURE, "alternative_to"));
        f.add(declared(Shape.FIGURE, "interpretation"));
        f.add(declared(Shape.FIGURE, "notes"));
        return f;
    }

    private List<FieldDef<Acknowledgement>> acknowledgements() {
        List<FieldDef<Acknowledgement>> f = new ArrayList<>();
        f.add(declared(Shape.ACKNOWLEDGEMENT, "id"));
        f.add(declared(Shape.ACKNOWLEDGEMENT, "finding"));
        f.add(declared(Shape.ACKNOWLEDGEMENT, "digest"));
        f.add(declared(Shape.ACKNOWLEDGEMENT, "reason"));
        f.add(declared(Shape.ACKNOWLEDGEMENT, "by"));
        f.add(declared(Shape.ACKNOWLEDGEMENT, "date"));
        return f;
    }
}
