package amity.read;

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

    /**
     * Every shape's fields in the order they are written: part of a snapshot's version. The reading
     * and writing below is written out field by field (a loop over the shapes cost a warm 1M-record
     * run 0.7 s more CPU); SnapshotCodecTest holds it to the shapes.
     */
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
            for (Source s : d.sources()) {
                str(s.id());
                str(s.title());
                str(s.publisher());
                date(s.published());
                str(s.url());
                str(s.copyOf());
                str(s.kind());
                str(s.notes());
            }
            out.writeInt(d.places().size());
            for (Place p : d.places()) {
                str(p.id());
                str(p.name());
                strings(p.names());
                str(p.country());
                str(p.level());
                str(p.partOf());
                out.writeBoolean(p.capital());
                str(p.continent());
                str(p.region());
                str(p.notes());
            }
            out.writeInt(d.agreements().size());
            for (Agreement a : d.agreements()) {
                str(a.id());
                strings(a.parties());
                str(a.type());
                str(a.level());
                date(a.signed());
                ending(a.ended());
                attestations(a.attested());
                out.writeInt(a.predecessors().size());
                for (Predecessor p : a.predecessors()) {
                    str(p.type());
                    date(p.date());
                    str(p.source());
                    str(p.quote());
                    strings(p.cites());
                    str(p.notes());
                }
                str(a.notes());
                str(a.certainty());
            }
            out.writeInt(d.programs().size());
            for (Program p : d.programs()) {
                str(p.id());
                str(p.name());
                strings(p.aliases());
                str(p.kind());
                strings(p.participants());
                date(p.started());
                ending(p.ended());
                str(p.recurrence());
                out.writeInt(p.editions().size());
                for (Edition e : p.editions()) {
                    date(e.date());
                    str(e.place());
                    str(e.title());
                    str(e.source());
                    str(e.quote());
                }
                attestations(p.attested());
                str(p.notes());
            }
            out.writeInt(d.figures().size());
            for (Figure f : d.figures()) {
                str(f.id());
                str(f.subject());
                str(f.metric());
                str(f.scope());
                str(f.value().toString());
                out.writeByte(f.qualifier().ordinal());
                str(f.unit());
                date(f.asOf());
                str(f.source());
                str(f.quote());
                out.writeBoolean(f.counts().isPresent());
                if (f.counts().isPresent()) {
                    Counts c = f.counts().get();
                    str(c.type());
                    str(c.of());
                    str(c.where());
                    str(c.distinct());
                }
                str(f.partOf());
                out.writeBoolean(f.partsComplete());
                str(f.rankOf());
                str(f.alternativeTo());
                str(f.interpretation());
                str(f.notes());
            }
            out.writeInt(d.acknowledgements().size());
            for (Acknowledgement a : d.acknowledgements()) {
                str(a.id());
                str(a.finding());
                str(a.digest());
                str(a.reason());
                str(a.by());
                date(a.date());
            }
            out.writeInt(d.countries().size());
            for (Country c : d.countries().values()) {
                str(c.code());
                str(c.name());
                str(c.nativeName());
                str(c.continent());
                str(c.region());
                str(c.subregion());
            }
        }

        private void attestations(List<Attestation> list) throws IOException {
            out.writeInt(list.size());
            for (Attestation a : list) {
                str(a.source());
                date(a.date());
                str(a.type());
                str(a.quote());
                strings(a.cites());
                str(a.reports());
                str(a.notes());
            }
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
                sources.add(new Source(str(), str(), str(), date(), str(), str(), str(), str(), Spots.NONE));
            }
            n = count();
            List<Place> places = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                places.add(new Place(str(), str(), strings(), str(), str(), str(), bool(), str(), str(), str(),
                        Spots.NONE));
            }
            n = count();
            List<Agreement> agreements = new ArrayList<>(n);
            // Each attestation is made knowing its source's publication date: the data set need not rebuild it.
            Map<String, Published> published = Dataset.publicationDates(sources);
            for (int i = 0; i < n; i++) {
                agreements.add(new Agreement(str(), strings(), str(), str(), date(), ending(),
                        attestations(published), predecessors(), str(), str(), Spots.NONE));
            }
            n = count();
            List<Program> programs = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                String id = str();
                String name = str();
                List<String> aliases = strings();
                String kind = str();
                List<String> participants = strings();
                DateInterval started = date();
                Ending ended = ending();
                String recurrence = str();
                int e = count();
                List<Edition> editions = new ArrayList<>(e);
                for (int j = 0; j < e; j++) {
                    editions.add(new Edition(date(), str(), str(), str(), str()));
                }
                programs.add(new Program(id, name, aliases, kind, participants, started, ended, recurrence,
                        List.copyOf(editions), attestations(Map.of()), str(), Spots.NONE));
            }
            n = count();
            List<Figure> figures = new ArrayList<>(n);
            Qualifier[] qualifiers = Qualifier.values();
            for (int i = 0; i < n; i++) {
                String id = str();
                String subject = str();
                String metric = str();
                String scope = str();
                BigDecimal value = new BigDecimal(str());
                int q = in.get();
                if (q < 0 || q >= qualifiers.length) {
                    throw new IOException("bad qualifier " + q);
                }
                String unit = str();
                DateInterval asOf = date();
                String source = str();
                String quote = str();
                Optional<Counts> counts = bool() ? Optional.of(new Counts(str(), str(), str(), str()))
                        : Optional.empty();
                figures.add(new Figure(id, subject, metric, scope, value, qualifiers[q], unit, asOf, source, quote,
                        counts, str(), bool(), str(), str(), str(), str(), Spots.NONE));
            }
            n = count();
            List<Acknowledgement> acks = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                acks.add(new Acknowledgement(str(), str(), str(), str(), str(), date(), Spots.NONE));
            }
            n = count();
            Map<String, Country> countries = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                Country c = new Country(str(), str(), str(), str(), str(), str());
                countries.put(c.code(), c);
            }
            Dataset d = Dataset.published(List.copyOf(sources), List.copyOf(places), List.copyOf(agreements),
                    List.copyOf(programs), List.copyOf(figures), List.copyOf(acks),
                    java.util.Collections.unmodifiableMap(countries));
            return new Read(d, files);
        }

        /** Attestations, each with its source's date from {@code published} (none for a source not there). */
        private List<Attestation> attestations(Map<String, Published> published) throws IOException {
            int n = count();
            if (n == 1) {
                return List.of(attestation(published));
            }
            List<Attestation> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(attestation(published));
            }
            return List.copyOf(out);
        }

        private Attestation attestation(Map<String, Published> published) throws IOException {
            String source = str();
            return new Attestation(source, date(), str(), str(), strings(), str(), str(), Spots.NONE,
                    source == null ? Published.NONE : published.getOrDefault(source, Published.NONE));
        }

        private List<Predecessor> predecessors() throws IOException {
            int n = count();
            if (n == 0) {
                return List.of();
            }
            List<Predecessor> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(new Predecessor(str(), date(), str(), str(), strings(), str(), Spots.NONE));
            }
            return List.copyOf(out);
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
                    DateInterval d = new DateInterval(text, LocalDate.ofEpochDay(earliest), LocalDate.ofEpochDay(latest),
                            (flags & 2) != 0, (flags & 4) != 0);
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
