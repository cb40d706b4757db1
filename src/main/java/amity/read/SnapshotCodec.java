package amity.read;

import amity.model.Acknowledgement;
import amity.model.Agreement;
import amity.model.Country;
import amity.model.Dataset;
import amity.model.DateInterval;
import amity.model.Ending;
import amity.model.Figure;
import amity.model.Place;
import amity.model.Program;
import amity.model.Qualifier;
import amity.model.Shape;
import amity.model.Source;
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
 * and nothing but an error message needs them. Each record is written as its {@link Shape} declares its fields.
 */
final class SnapshotCodec {
    private SnapshotCodec() {
    }

    /** Every shape's fields in the order they are written: part of a snapshot's version, as it decides the layout. */
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

        Out(DataOutputStream out) {
            this.out = out;
        }

        void dataset(Dataset d, List<String> files) throws IOException {
            strings(files);
            records(Shape.SOURCE, d.sources());
            records(Shape.PLACE, d.places());
            records(Shape.AGREEMENT, d.agreements());
            records(Shape.PROGRAM, d.programs());
            records(Shape.FIGURE, d.figures());
            records(Shape.ACKNOWLEDGEMENT, d.acknowledgements());
            records(Shape.COUNTRY, d.countries().values());
        }

        private void records(Shape shape, java.util.Collection<?> records) throws IOException {
            out.writeInt(records.size());
            for (Object r : records) {
                record(shape, r);
            }
        }

        /** A record's values in the order its shape declares them. */
        private void record(Shape shape, Object r) throws IOException {
            for (Shape.Key k : shape.keys()) {
                Object v = k.get().apply(r);
                switch (k.kind()) {
                    case TEXT -> str((String) v);
                    case TEXTS -> strings(texts(v));
                    case DATE -> date((DateInterval) v);
                    case ENDING -> date(((Ending) v).date().orElse(DateInterval.UNKNOWN));
                    case BOOLEAN -> out.writeBoolean((Boolean) v);
                    case NUMBER -> str(v.toString());
                    case QUALIFIER -> out.writeByte(((Qualifier) v).ordinal());
                    case ATTESTATIONS -> records(Shape.ATTESTATION, (List<?>) v);
                    case EDITIONS -> records(Shape.EDITION, (List<?>) v);
                    case COUNTS -> {
                        Optional<?> c = (Optional<?>) v;
                        out.writeBoolean(c.isPresent());
                        if (c.isPresent()) {
                            record(Shape.COUNTS, c.get());
                        }
                    }
                }
            }
        }

        @SuppressWarnings("unchecked")
        private static List<String> texts(Object v) {
            return (List<String>) v;
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

        /** A date: 0 for one not given, else its flags, text and days. */
        private void date(DateInterval d) throws IOException {
            if (!d.given()) {
                out.writeByte(0);
                return;
            }
            out.writeByte(1 | (d.uncertain() ? 2 : 0) | (d.approximate() ? 4 : 0));
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
        /** A date's text decides its interval: a million agreements share a few thousand dates. */
        private final Map<String, DateInterval> dates = new HashMap<>();
        private static final Qualifier[] QUALIFIERS = Qualifier.values();
        /** Each shape's kinds by its ordinal: looked up once per record, not once per field. */
        private static final Shape.Kind[][] KINDS = java.util.Arrays.stream(Shape.values())
                .map(s -> s.keys().stream().map(Shape.Key::kind).toArray(Shape.Kind[]::new))
                .toArray(Shape.Kind[][]::new);

        In(ByteBuffer in) {
            this.in = in;
        }

        record Read(Dataset dataset, List<String> files) {
        }

        Read dataset() throws IOException {
            List<String> files = strings();
            List<Source> sources = records(Shape.SOURCE);
            List<Place> places = records(Shape.PLACE);
            List<Agreement> agreements = records(Shape.AGREEMENT);
            List<Program> programs = records(Shape.PROGRAM);
            List<Figure> figures = records(Shape.FIGURE);
            List<Acknowledgement> acks = records(Shape.ACKNOWLEDGEMENT);
            Map<String, Country> countries = new LinkedHashMap<>();
            for (Country c : this.<Country>records(Shape.COUNTRY)) {
                countries.put(c.code(), c);
            }
            Dataset d = new Dataset(sources, places, agreements, programs, figures, acks,
                    java.util.Collections.unmodifiableMap(countries));
            return new Read(d, files);
        }

        @SuppressWarnings("unchecked")
        private <T> List<T> records(Shape shape) throws IOException {
            int n = count();
            Shape.Kind[] kinds = KINDS[shape.ordinal()];
            // Most nested lists are one attestation: made without an array.
            switch (n) {
                case 0:
                    return List.of();
                case 1:
                    return List.of((T) record(shape, kinds));
                default:
                    break;
            }
            Object[] out = new Object[n];
            for (int i = 0; i < n; i++) {
                out[i] = record(shape, kinds);
            }
            return (List<T>) List.of(out);
        }

        /** A record whose values come in the order its shape declares them. */
        private Object record(Shape shape, Shape.Kind[] kinds) throws IOException {
            Object[] v = new Object[kinds.length];
            for (int i = 0; i < v.length; i++) {
                v[i] = switch (kinds[i]) {
                    case TEXT -> str();
                    case TEXTS -> strings();
                    case DATE -> date();
                    case ENDING -> ending();
                    case BOOLEAN -> bool();
                    case NUMBER -> number();
                    case QUALIFIER -> qualifier();
                    case ATTESTATIONS -> records(Shape.ATTESTATION);
                    case EDITIONS -> records(Shape.EDITION);
                    case COUNTS -> bool() ? Optional.of(record(Shape.COUNTS, KINDS[Shape.COUNTS.ordinal()]))
                            : Optional.empty();
                };
            }
            return shape.make(v);
        }

        private BigDecimal number() throws IOException {
            try {
                return new BigDecimal(str());
            } catch (NumberFormatException | NullPointerException e) {
                throw new IOException("bad number", e);
            }
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
            int flags = in.get();
            if (flags == 0) {
                return DateInterval.UNKNOWN;
            }
            String text = str();
            long earliest = in.getLong();
            long latest = in.getLong();
            DateInterval known = dates.get(text);
            if (known != null && (known.uncertain() ? 2 : 0) + (known.approximate() ? 4 : 0) + 1 == flags) {
                return known;
            }
            try {
                DateInterval d = new DateInterval(text, LocalDate.ofEpochDay(earliest), LocalDate.ofEpochDay(latest),
                        (flags & 2) != 0, (flags & 4) != 0);
                dates.put(text, d);
                return d;
            } catch (java.time.DateTimeException e) {
                throw new IOException("bad date", e);
            }
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
