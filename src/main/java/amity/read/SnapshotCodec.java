package amity.read;

// GENERATED at build time from the declarations in amity.model.Shape (by CodecSource): edit those, not this file.
// FormatFilesTest fails when it is stale (mvn test -Dtest=FormatFilesTest -Damity.update=true).

import amity.model.Acknowledgement;
import amity.model.Agreement;
import amity.model.Attestation;
import amity.model.Counts;
import amity.model.Country;
import amity.model.Dataset;
import amity.model.DateInterval;
import amity.model.Edition;
import amity.model.Ending;
import amity.model.Figure;
import amity.model.Place;
import amity.model.Predecessor;
import amity.model.Program;
import amity.model.Published;
import amity.model.Qualifier;
import amity.model.Shape;
import amity.model.Source;
import amity.model.Spots;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The records of a checked data set in a compact binary form, for {@link Snapshot}. Every distinct
 * string is written once and then referred to by number, so a party id read back is the same String
 * as its place's id. Positions (spots) are not kept: a snapshot exists only for data without errors,
 * and nothing but an error message needs them.
 */
final class SnapshotCodec {
    private SnapshotCodec() {
    }

    /** Every shape's fields in the order they are written: part of a snapshot's version. */
    static String layout() {
        StringBuilder sb = new StringBuilder();
        for (Shape s : Shape.values()) {
            sb.append(s.name()).append(':');
            s.keys().forEach(k -> sb.append(k.name()).append('=').append(k.kind()).append(','));
            sb.append('\n');
        }
        return sb.toString();
    }

    /** Writes records; strings go through a table. */
    static final class Out {
        private final DataOutputStream out;
        private final Map<String, Integer> strings = new HashMap<>();
        private final Map<DateInterval, Integer> dates = new HashMap<>();

        Out(DataOutputStream out) {
            this.out = out;
        }

        void dataset(Dataset d, List<String> files) throws IOException {
            strings(files);
            out.writeInt(d.sources().size());
            for (Source r : d.sources()) {
                source(r);
            }
            out.writeInt(d.places().size());
            for (Place r : d.places()) {
                place(r);
            }
            out.writeInt(d.agreements().size());
            for (Agreement r : d.agreements()) {
                agreement(r);
            }
            out.writeInt(d.programs().size());
            for (Program r : d.programs()) {
                program(r);
            }
            out.writeInt(d.figures().size());
            for (Figure r : d.figures()) {
                figure(r);
            }
            out.writeInt(d.acknowledgements().size());
            for (Acknowledgement r : d.acknowledgements()) {
                acknowledgement(r);
            }
            out.writeInt(d.countries().size());
            for (Country r : d.countries().values()) {
                country(r);
            }
        }

        private void source(Source r) throws IOException {
            str(r.id());
            str(r.title());
            str(r.publisher());
            date(r.published());
            str(r.url());
            str(r.copyOf());
            str(r.kind());
            str(r.notes());
        }

        private void place(Place r) throws IOException {
            str(r.id());
            str(r.name());
            strings(r.names());
            str(r.country());
            str(r.level());
            str(r.partOf());
            out.writeBoolean(r.capital());
            str(r.continent());
            str(r.region());
            str(r.notes());
        }

        private void agreement(Agreement r) throws IOException {
            str(r.id());
            strings(r.parties());
            str(r.type());
            str(r.level());
            date(r.signed());
            ending(r.ended());
            out.writeInt(r.attested().size());
            for (Attestation x : r.attested()) {
                attestation(x);
            }
            out.writeInt(r.predecessors().size());
            for (Predecessor x : r.predecessors()) {
                predecessor(x);
            }
            str(r.notes());
            str(r.certainty());
        }

        private void program(Program r) throws IOException {
            str(r.id());
            str(r.name());
            strings(r.aliases());
            str(r.kind());
            strings(r.participants());
            date(r.started());
            ending(r.ended());
            str(r.recurrence());
            out.writeInt(r.editions().size());
            for (Edition x : r.editions()) {
                edition(x);
            }
            out.writeInt(r.attested().size());
            for (Attestation x : r.attested()) {
                attestation(x);
            }
            str(r.notes());
        }

        private void figure(Figure r) throws IOException {
            str(r.id());
            str(r.subject());
            str(r.metric());
            str(r.scope());
            str(r.value().toString());
            out.writeByte(r.qualifier().ordinal());
            str(r.unit());
            date(r.asOf());
            str(r.source());
            str(r.quote());
            out.writeBoolean(r.counts().isPresent());
            if (r.counts().isPresent()) {
                counts(r.counts().get());
            }
            str(r.partOf());
            out.writeBoolean(r.partsComplete());
            str(r.rankOf());
            str(r.alternativeTo());
            str(r.interpretation());
            str(r.notes());
        }

        private void acknowledgement(Acknowledgement r) throws IOException {
            str(r.id());
            str(r.finding());
            str(r.digest());
            str(r.reason());
            str(r.by());
            date(r.date());
        }

        private void country(Country r) throws IOException {
            str(r.code());
            str(r.name());
            str(r.nativeName());
            str(r.continent());
            str(r.region());
            str(r.subregion());
        }

        private void attestation(Attestation r) throws IOException {
            str(r.source());
            date(r.date());
            str(r.type());
            str(r.quote());
            strings(r.cites());
            str(r.reports());
            str(r.notes());
        }

        private void predecessor(Predecessor r) throws IOException {
            str(r.type());
            date(r.date());
            str(r.source());
            str(r.quote());
            strings(r.cites());
            str(r.notes());
        }

        private void edition(Edition r) throws IOException {
            date(r.date());
            str(r.place());
            str(r.title());
            str(r.source());
            str(r.quote());
        }

        private void counts(Counts r) throws IOException {
            str(r.type());
            str(r.of());
            str(r.where());
            str(r.distinct());
        }

        private void strings(List<String> list) throws IOException {
            out.writeInt(list.size());
            for (String s : list) {
                str(s);
            }
        }

        private void ending(Ending e) throws IOException {
            date(e.date().orElse(DateInterval.UNKNOWN));
        }

        /**
         * A date: -1 for one not given, its number when seen before, else -2 and its flags, text and days
         * (a million agreements share a few thousand dates).
         */
        private void date(DateInterval d) throws IOException {
            if (!d.given()) {
                out.writeInt(-1);
                return;
            }
            Integer known = dates.get(d);
            if (known != null) {
                out.writeInt(known);
                return;
            }
            dates.put(d, dates.size());
            out.writeInt(-2);
            out.writeByte((d.uncertain() ? 2 : 0) | (d.approximate() ? 4 : 0));
            str(d.text());
            out.writeLong(d.earliest().toEpochDay());
            out.writeLong(d.latest().toEpochDay());
        }

        /** A string: -1 for null, its number when seen before, else -2 and its UTF-8 bytes. */
        private void str(String s) throws IOException {
            if (s == null) {
                out.writeInt(-1);
                return;
            }
            Integer known = strings.get(s);
            if (known != null) {
                out.writeInt(known);
                return;
            }
            strings.put(s, strings.size());
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            out.writeInt(-2);
            out.writeInt(b.length);
            out.write(b);
        }
    }

    /**
     * Reads what {@link Out} wrote, straight from the snapshot's bytes; any inconsistency is an
     * IOException (the snapshot is then ignored).
     */
    static final class In {
        private static final Qualifier[] QUALIFIERS = Qualifier.values();
        private final ByteBuffer in;
        private final List<String> strings = new ArrayList<>();
        private final List<DateInterval> dates = new ArrayList<>();

        In(ByteBuffer in) {
            this.in = in;
        }

        record Read(Dataset dataset, List<String> files) {
        }

        Read dataset() throws IOException {
            List<String> files = strings();
            int n = count();
            List<Source> sources = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                sources.add(source());
            }
            n = count();
            List<Place> places = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                places.add(place());
            }
            n = count();
            List<Agreement> agreements = new ArrayList<>(n);
            // Each attestation is made knowing its source's publication date: the data set need not rebuild it.
            Map<String, Published> published = Dataset.publicationDates(sources);
            for (int i = 0; i < n; i++) {
                agreements.add(agreement(published));
            }
            n = count();
            List<Program> programs = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                programs.add(program(Map.of()));
            }
            n = count();
            List<Figure> figures = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                figures.add(figure());
            }
            n = count();
            List<Acknowledgement> acks = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                acks.add(acknowledgement());
            }
            n = count();
            Map<String, Country> countries = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                Country c = country();
                countries.put(c.code(), c);
            }
            Dataset d = Dataset.published(List.copyOf(sources), List.copyOf(places), List.copyOf(agreements),
                    List.copyOf(programs), List.copyOf(figures), List.copyOf(acks),
                    java.util.Collections.unmodifiableMap(countries));
            return new Read(d, files);
        }

        private Source source() throws IOException {
            String id = str();
            String title = str();
            String publisher = str();
            DateInterval published = date();
            String url = str();
            String copyOf = str();
            String kind = str();
            String notes = str();
            return new Source(id, title, publisher, published, url, copyOf, kind, notes, Spots.NONE);
        }

        private Place place() throws IOException {
            String id = str();
            String name = str();
            List<String> names = strings();
            String country = str();
            String level = str();
            String partOf = str();
            boolean capital = bool();
            String continent = str();
            String region = str();
            String notes = str();
            return new Place(id, name, names, country, level, partOf, capital, continent, region, notes, Spots.NONE);
        }

        private Agreement agreement(Map<String, Published> published) throws IOException {
            String id = str();
            List<String> parties = strings();
            String type = str();
            String level = str();
            DateInterval signed = date();
            Ending ended = ending();
            List<Attestation> attested = attestations(published);
            List<Predecessor> predecessors = predecessors();
            String notes = str();
            String certainty = str();
            return new Agreement(id, parties, type, level, signed, ended, attested, predecessors, notes, certainty, Spots.NONE);
        }

        private Program program(Map<String, Published> published) throws IOException {
            String id = str();
            String name = str();
            List<String> aliases = strings();
            String kind = str();
            List<String> participants = strings();
            DateInterval started = date();
            Ending ended = ending();
            String recurrence = str();
            List<Edition> editions = editions();
            List<Attestation> attested = attestations(published);
            String notes = str();
            return new Program(id, name, aliases, kind, participants, started, ended, recurrence, editions, attested, notes, Spots.NONE);
        }

        private Figure figure() throws IOException {
            String id = str();
            String subject = str();
            String metric = str();
            String scope = str();
            BigDecimal value = new BigDecimal(str());
            Qualifier qualifier = qualifier();
            String unit = str();
            DateInterval asOf = date();
            String source = str();
            String quote = str();
            Optional<Counts> counts = bool() ? Optional.of(counts()) : Optional.empty();
            String partOf = str();
            boolean partsComplete = bool();
            String rankOf = str();
            String alternativeTo = str();
            String interpretation = str();
            String notes = str();
            return new Figure(id, subject, metric, scope, value, qualifier, unit, asOf, source, quote, counts, partOf, partsComplete, rankOf, alternativeTo, interpretation, notes, Spots.NONE);
        }

        private Acknowledgement acknowledgement() throws IOException {
            String id = str();
            String finding = str();
            String digest = str();
            String reason = str();
            String by = str();
            DateInterval date = date();
            return new Acknowledgement(id, finding, digest, reason, by, date, Spots.NONE);
        }

        private Country country() throws IOException {
            String code = str();
            String name = str();
            String nativeName = str();
            String continent = str();
            String region = str();
            String subregion = str();
            return new Country(code, name, nativeName, continent, region, subregion);
        }

        private Attestation attestation(Map<String, Published> published) throws IOException {
            String source = str();
            DateInterval date = date();
            String type = str();
            String quote = str();
            List<String> cites = strings();
            String reports = str();
            String notes = str();
            return new Attestation(source, date, type, quote, cites, reports, notes, Spots.NONE,
                    source == null ? Published.NONE : published.getOrDefault(source, Published.NONE));
        }

        private List<Attestation> attestations(Map<String, Published> published) throws IOException {
            int n = count();
            switch (n) {
                case 0:
                    return List.of();
                case 1:
                    return List.of(attestation(published));
                default:
                    break;
            }
            List<Attestation> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(attestation(published));
            }
            return List.copyOf(out);
        }

        private Predecessor predecessor() throws IOException {
            String type = str();
            DateInterval date = date();
            String source = str();
            String quote = str();
            List<String> cites = strings();
            String notes = str();
            return new Predecessor(type, date, source, quote, cites, notes, Spots.NONE);
        }

        private List<Predecessor> predecessors() throws IOException {
            int n = count();
            switch (n) {
                case 0:
                    return List.of();
                case 1:
                    return List.of(predecessor());
                default:
                    break;
            }
            List<Predecessor> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(predecessor());
            }
            return List.copyOf(out);
        }

        private Edition edition() throws IOException {
            DateInterval date = date();
            String place = str();
            String title = str();
            String source = str();
            String quote = str();
            return new Edition(date, place, title, source, quote);
        }

        private List<Edition> editions() throws IOException {
            int n = count();
            switch (n) {
                case 0:
                    return List.of();
                case 1:
                    return List.of(edition());
                default:
                    break;
            }
            List<Edition> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(edition());
            }
            return List.copyOf(out);
        }

        private Counts counts() throws IOException {
            String type = str();
            String of = str();
            String where = str();
            String distinct = str();
            return new Counts(type, of, where, distinct);
        }

        private Qualifier qualifier() throws IOException {
            int q = in.get();
            if (q < 0 || q >= QUALIFIERS.length) {
                throw new IOException("bad qualifier " + q);
            }
            return QUALIFIERS[q];
        }

        private List<String> strings() throws IOException {
            int n = count();
            // Most lists are a record's two parties or one name: made without an intermediate copy.
            switch (n) {
                case 0:
                    return List.of();
                case 1:
                    return List.of(str());
                case 2:
                    return List.of(str(), str());
                default:
                    break;
            }
            List<String> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(str());
            }
            return List.copyOf(out);
        }

        private Ending ending() throws IOException {
            DateInterval d = date();
            return d.given() ? new Ending.Ended(d) : Ending.LASTS;
        }

        private DateInterval date() throws IOException {
            int i = in.getInt();
            if (i == -1) {
                return DateInterval.UNKNOWN;
            }
            if (i == -2) {
                int flags = in.get();
                if ((flags & ~6) != 0) {
                    throw new IOException("bad date flags " + flags);
                }
                String text = str();
                long earliest = in.getLong();
                long latest = in.getLong();
                try {
                    DateInterval d = new DateInterval(text, LocalDate.ofEpochDay(earliest),
                            LocalDate.ofEpochDay(latest), (flags & 2) != 0, (flags & 4) != 0);
                    dates.add(d);
                    return d;
                } catch (java.time.DateTimeException e) {
                    throw new IOException("bad date", e);
                }
            }
            if (i < 0 || i >= dates.size()) {
                throw new IOException("bad date reference " + i);
            }
            return dates.get(i);
        }

        private boolean bool() {
            return in.get() != 0;
        }

        private int count() throws IOException {
            int n = in.getInt();
            // Every element takes at least a byte: a larger count is damage, not a reason to allocate.
            if (n < 0 || n > in.remaining()) {
                throw new IOException("bad count " + n);
            }
            return n;
        }

        private String str() throws IOException {
            int i = in.getInt();
            if (i == -1) {
                return null;
            }
            if (i == -2) {
                int length = count();
                String s = new String(in.array(), in.arrayOffset() + in.position(), length, StandardCharsets.UTF_8);
                in.position(in.position() + length);
                strings.add(s);
                return s;
            }
            if (i < 0 || i >= strings.size()) {
                throw new IOException("bad string reference " + i);
            }
            return strings.get(i);
        }
    }
}
