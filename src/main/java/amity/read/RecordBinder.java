package amity.read;

import amity.model.Acknowledgement;
import amity.model.Agreement;
import amity.model.Attestation;
import amity.model.Country;
import amity.model.Figure;
import amity.model.Key;
import amity.model.Origin;
import amity.model.Place;
import amity.model.Program;
import amity.model.Qualifier;
import amity.model.Shape;
import amity.model.Source;
import amity.model.Spots;
import amity.problem.Problem;
import amity.read.YNode.YMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the mappings of each top-level list into model records through their {@link Shape}'s keys,
 * reporting every problem on the way.
 */
final class RecordBinder {
    /** A top-level attestation names the record it attests, then has an attestation's keys. */
    static final List<String> LOOSE_ATTESTATION_KEYS = java.util.stream.Stream.concat(
            java.util.stream.Stream.of("agreement", "program"), Shape.ATTESTATION.names().stream()).toList();

    private final List<Problem> problems;
    private final boolean positions;

    RecordBinder(List<Problem> problems, boolean positions) {
        this.problems = problems;
        this.positions = positions;
    }

    private Map<String, Origin> newSpots() {
        return positions ? Fields.newSpots() : Fields.NO_SPOTS;
    }

    /** A record of {@code shape} read from {@code m}, whose values' origins go to a spots map of its own. */
    private Object record(Shape shape, YMap m) {
        Map<String, Origin> s = newSpots();
        return record(shape, new Fields(m, shape, "", problems, s), m, s, "");
    }

    private Object record(Shape shape, Fields f, YMap m, Map<String, Origin> s, String prefix) {
        List<Key<?, ?>> keys = shape.keys();
        Object[] values = new Object[keys.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = value(f, keys.get(i), s, prefix);
        }
        return shape.make(values, Fields.spots(m, s));
    }

    /** The value of one key, as its kind reads it; a value not given is the kind's "not given". */
    private Object value(Fields f, Key<?, ?> key, Map<String, Origin> s, String prefix) {
        String name = key.name();
        boolean required = key.required();
        return switch (key.kind()) {
            case TEXT -> name.equals("id") && required ? f.id()
                    : key.words().closed() ? f.word(name, key.words().words(), required)
                    : required ? f.required(name) : f.text(name);
            case TEXTS -> {
                List<String> texts = f.texts(name);
                if (required && texts.isEmpty()) {
                    f.required(name);
                }
                yield texts;
            }
            case DATE -> f.date(name, required);
            case ENDING -> f.ending(name);
            case BOOLEAN -> f.bool(name);
            case NUMBER -> f.number(name);
            case QUALIFIER -> Qualifier.fromSlug(f.word(name, key.words().words(), true)).orElse(Qualifier.EXACT);
            case ATTESTATIONS, PREDECESSORS, EDITIONS -> nested(f, key, s, prefix);
            case COUNTS -> {
                YMap c = f.map(name);
                yield c == null ? Optional.empty() : Optional.of(record(Shape.COUNTS,
                        new Fields(c, Shape.COUNTS, prefix + name + ".", problems, s), c, s, prefix + name + "."));
            }
        };
    }

    /**
     * The items of a list of nested records. Those that keep their own spots (attestations,
     * predecessors) have a map of their own; the others' values go under "editions.0." in the record's.
     */
    private List<Object> nested(Fields f, Key<?, ?> key, Map<String, Origin> s, String prefix) {
        Shape shape = Shape.of(key.kind()).orElseThrow();
        List<Object> out = new ArrayList<>();
        List<YMap> maps = f.maps(key.name());
        for (int i = 0; i < maps.size(); i++) {
            YMap item = maps.get(i);
            if (item == null) {
                continue;
            }
            if (shape.hasSpots()) {
                out.add(record(shape, item));
            } else {
                String at = prefix + key.name() + "." + i + ".";
                out.add(record(shape, new Fields(item, shape, at, problems, s), item, s, at));
            }
        }
        return List.copyOf(out);
    }

    Source source(YMap m) {
        return (Source) record(Shape.SOURCE, m);
    }

    Place place(YMap m) {
        return (Place) record(Shape.PLACE, m);
    }

    Agreement agreement(YMap m) {
        return (Agreement) record(Shape.AGREEMENT, m);
    }

    Program program(YMap m) {
        return (Program) record(Shape.PROGRAM, m);
    }

    Acknowledgement acknowledgement(YMap m) {
        return (Acknowledgement) record(Shape.ACKNOWLEDGEMENT, m);
    }

    Country country(YMap m) {
        return (Country) record(Shape.COUNTRY, m);
    }

    Figure figure(YMap m) {
        Map<String, Origin> s = newSpots();
        Figure figure = (Figure) record(Shape.FIGURE, new Fields(m, Shape.FIGURE, "", problems, s), m, s, "");
        String metric = figure.metric();
        if (!metric.isEmpty() && !Fields.isSlug(metric)) {
            problems.add(new Problem(s.get("metric"), Fields.width(metric), "the metric '" + metric
                    + "' is not a lowercase slug, e.g. '" + Fields.slugify(metric) + "'."));
        }
        return figure;
    }

    /** A top-level attestation, bound to the agreement or program it names. */
    LooseAttestation looseAttestation(YMap m) {
        Map<String, Origin> s = newSpots();
        Fields f = new Fields(m, Shape.ATTESTATION.what(), LOOSE_ATTESTATION_KEYS, "", problems, s);
        String agreement = f.text("agreement");
        String program = f.text("program");
        if (agreement.isEmpty() == program.isEmpty()) {
            problems.add(new Problem(m.at(), 1, "an attestation in the 'attestations' list names exactly one "
                    + "'agreement' or 'program' it attests."));
        }
        Attestation a = (Attestation) record(Shape.ATTESTATION, f, m, s, "");
        return new LooseAttestation(agreement, program, a, Fields.spots(m, s));
    }

    /** An attestation written apart from its record. */
    record LooseAttestation(String agreement, String program, Attestation attestation, Spots spots) {
    }
}
