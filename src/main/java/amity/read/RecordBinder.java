package amity.read;

import amity.model.Acknowledgement;
import amity.model.Agreement;
import amity.model.Attestation;
import amity.model.Country;
import amity.model.Counts;
import amity.model.DateInterval;
import amity.model.Edition;
import amity.model.Ending;
import amity.model.Figure;
import amity.model.Origin;
import amity.model.Place;
import amity.model.Predecessor;
import amity.model.Program;
import amity.model.Qualifier;
import amity.model.RecordType;
import amity.model.Shape;
import amity.model.Source;
import amity.model.Spots;
import amity.problem.Problem;
import amity.read.YNode.YMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns the mappings of each top-level list into model records, reporting every problem on the way. */
final class RecordBinder {
    /** A top-level attestation names the record it attests, then has an attestation's keys. */
    static final List<String> LOOSE_ATTESTATION_KEYS = java.util.stream.Stream.concat(
            java.util.stream.Stream.of("agreement", "program"), Shape.ATTESTATION.names().stream()).toList();
    private static final List<String> QUALIFIERS = java.util.Arrays.stream(Qualifier.values()).map(Qualifier::slug)
            .toList();

    private final List<Problem> problems;
    private final boolean positions;

    RecordBinder(List<Problem> problems, boolean positions) {
        this.problems = problems;
        this.positions = positions;
    }

    private Map<String, Origin> newSpots() {
        return positions ? Fields.newSpots() : Fields.NO_SPOTS;
    }

    Source source(YMap m) {
        Map<String, Origin> s = newSpots();
        Fields f = new Fields(m, Shape.SOURCE, "", problems, s);
        return new Source(f.id(), f.required("title"), f.required("publisher"), f.date("published", true),
                f.text("url"), f.text("copy_of"), f.word("kind", Source.KINDS, false), f.text("notes"),
                Fields.spots(m, s));
    }

    Place place(YMap m) {
        Map<String, Origin> s = newSpots();
        Fields f = new Fields(m, Shape.PLACE, "", problems, s);
        return new Place(f.id(), f.required("name"), f.texts("names"), f.required("country"),
                f.word("level", Vocabulary.PLACE_LEVELS, true), f.text("part_of"), f.bool("capital"),
                f.text("continent"), f.text("region"), f.text("notes"), Fields.spots(m, s));
    }

    Agreement agreement(YMap m) {
        Map<String, Origin> s = newSpots();
        Fields f = new Fields(m, Shape.AGREEMENT, "", problems, s);
        String id = f.id();
        List<String> parties = f.texts("parties");
        if (parties.isEmpty()) {
            f.required("parties");
        }
        String type = f.word("type", Vocabulary.AGREEMENT_TYPES, true);
        String level = f.word("level", Vocabulary.AGREEMENT_LEVELS, true);
        DateInterval signed = f.date("signed", false);
        Ending ended = f.ending("ended");
        List<Attestation> attested = attestations(f, s);
        List<Predecessor> predecessors = predecessors(f);
        String notes = f.text("notes");
        String certainty = f.word("certainty", Agreement.CERTAINTIES, false);
        return new Agreement(id, parties, type, level, signed, ended, attested, predecessors, notes, certainty,
                Fields.spots(m, s));
    }

    private List<Predecessor> predecessors(Fields f) {
        List<Predecessor> out = new ArrayList<>();
        for (YMap p : f.maps("predecessors")) {
            if (p == null) {
                continue;
            }
            Map<String, Origin> ps = newSpots();
            Fields pf = new Fields(p, Shape.PREDECESSOR, "", problems, ps);
            out.add(new Predecessor(pf.word("type", Vocabulary.AGREEMENT_TYPES, true), pf.date("date", true),
                    pf.required("source"), pf.required("quote"), pf.texts("cites"), pf.text("notes"),
                    Fields.spots(p, ps)));
        }
        return out;
    }

    private List<Attestation> attestations(Fields f, Map<String, Origin> s) {
        List<Attestation> out = new ArrayList<>();
        List<YMap> maps = f.maps("attested");
        for (int i = 0; i < maps.size(); i++) {
            YMap a = maps.get(i);
            if (a == null) {
                continue;
            }
            Map<String, Origin> as = newSpots();
            out.add(attestation(new Fields(a, Shape.ATTESTATION, "", problems, as), a, as));
        }
        return out;
    }

    private Attestation attestation(Fields af, YMap m, Map<String, Origin> spots) {
        String source = af.required("source");
        DateInterval date = af.date("date", false);
        String type = af.word("type", Vocabulary.AGREEMENT_TYPES, false);
        String quote = af.required("quote");
        return new Attestation(source, date, type, quote, af.texts("cites"), af.text("reports"), af.text("notes"),
                Fields.spots(m, spots));
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
        return new LooseAttestation(agreement, program, attestation(f, m, s), Fields.spots(m, s));
    }

    /** An attestation written apart from its record. */
    record LooseAttestation(String agreement, String program, Attestation attestation, Spots spots) {
    }

    Program program(YMap m) {
        Map<String, Origin> s = newSpots();
        Fields f = new Fields(m, Shape.PROGRAM, "", problems, s);
        String id = f.id();
        String name = f.required("name");
        List<String> aliases = f.texts("aliases");
        String kind = f.word("kind", Vocabulary.PROGRAM_KINDS, true);
        List<String> participants = f.texts("participants");
        DateInterval started = f.date("started", false);
        Ending ended = f.ending("ended");
        String recurrence = f.word("recurrence", Vocabulary.RECURRENCES, false);
        List<Edition> editions = new ArrayList<>();
        List<YMap> maps = f.maps("editions");
        for (int i = 0; i < maps.size(); i++) {
            YMap e = maps.get(i);
            if (e == null) {
                continue;
            }
            Fields ef = new Fields(e, Shape.EDITION, "editions." + i + ".", problems, s);
            DateInterval date = ef.date("date", true);
            editions.add(new Edition(date, ef.text("place"), ef.text("title"),
                    ef.text("source"), ef.text("quote")));
        }
        List<Attestation> attested = attestations(f, s);
        return new Program(id, name, aliases, kind, participants, started, ended, recurrence, editions, attested,
                f.text("notes"), Fields.spots(m, s));
    }

    Figure figure(YMap m) {
        Map<String, Origin> s = newSpots();
        Fields f = new Fields(m, Shape.FIGURE, "", problems, s);
        String id = f.id();
        String subject = f.required("subject");
        String metric = f.required("metric");
        if (!metric.isEmpty() && !Fields.isSlug(metric)) {
            problems.add(new Problem(s.get("metric"), Fields.width(metric), "the metric '" + metric
                    + "' is not a lowercase slug, e.g. '" + Fields.slugify(metric) + "'."));
        }
        String scope = f.text("scope");
        var value = f.number("value");
        String q = f.word("qualifier", QUALIFIERS, true);
        Qualifier qualifier = Qualifier.fromSlug(q).orElse(Qualifier.EXACT);
        String unit = f.text("unit");
        DateInterval asOf = f.date("as_of", true);
        String source = f.required("source");
        String quote = f.required("quote");
        Optional<Counts> counts = Optional.empty();
        YMap c = f.map("counts");
        if (c != null) {
            Fields cf = new Fields(c, Shape.COUNTS, "counts.", problems, s);
            counts = Optional.of(new Counts(cf.word("type", RecordType.queryableNames(), true), cf.text("of"),
                    cf.text("where"), cf.text("distinct")));
        }
        return new Figure(id, subject, metric, scope, value, qualifier, unit,
                asOf, source, quote, counts, f.text("part_of"),
                f.bool("parts_complete"), f.text("rank_of"), f.text("alternative_to"), f.text("interpretation"),
                f.text("notes"), Fields.spots(m, s));
    }

    Acknowledgement acknowledgement(YMap m) {
        Map<String, Origin> s = newSpots();
        Fields f = new Fields(m, Shape.ACKNOWLEDGEMENT, "", problems, s);
        return new Acknowledgement(f.id(), f.required("finding"), f.required("digest"), f.required("reason"),
                f.text("by"), f.date("date", false), Fields.spots(m, s));
    }

    Country country(YMap m) {
        Map<String, Origin> s = newSpots();
        Fields f = new Fields(m, Shape.COUNTRY, "", problems, s);
        return new Country(f.required("code"), f.required("name"), f.text("native_name"), f.text("continent"),
                f.text("region"), f.text("subregion"));
    }
}
