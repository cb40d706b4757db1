package amity.check;

import amity.model.Agreement;
import amity.model.Attestation;
import amity.model.Dataset;
import amity.model.DateInterval;
import amity.model.Figure;
import amity.model.Origin;
import amity.model.Predecessor;
import amity.model.Program;
import amity.model.Source;
import amity.model.Truth;
import amity.problem.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A source cannot report a figure, a tie or a predecessor dated after it was published. */
final class DatesAgainstSources implements Check {
    @Override
    public List<Problem> run(Dataset d) {
        Map<String, Source> sources = d.sources().stream().filter(s -> s.published().given())
                .collect(Collectors.toMap(Source::id, Function.identity(), (a, b) -> a));
        List<Problem> out = new ArrayList<>();
        for (Figure f : d.figures()) {
            after(f.asOf(), sources.get(f.source()), "the figure is as of", f.spots().at("as_of"), out);
        }
        for (Agreement a : d.agreements()) {
            attestations(a.attested(), sources, out);
            for (Predecessor p : a.predecessors()) {
                after(p.date(), sources.get(p.source()), "the source dates the predecessor", p.spots().at("date"), out);
            }
        }
        for (Program p : d.programs()) {
            attestations(p.attested(), sources, out);
        }
        return out;
    }

    private static void attestations(List<Attestation> list, Map<String, Source> sources, List<Problem> out) {
        for (Attestation a : list) {
            after(a.date(), sources.get(a.source()), "the source dates the tie", a.spots().at("date"), out);
        }
    }

    private static void after(DateInterval date, Source s, String what, Origin at, List<Problem> out) {
        if (s == null || date.openStart()) {
            return;
        }
        if (s.published().before(date) == Truth.YES) {
            out.add(new Problem(at, date.text().length(), what + " " + date + ", after its source '" + s.id()
                    + "' was published (" + s.published() + ")."));
        }
    }
}
