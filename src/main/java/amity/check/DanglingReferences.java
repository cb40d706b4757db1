package amity.check;

import amity.model.Agreement;
import amity.model.Attestation;
import amity.model.Dataset;
import amity.model.Edition;
import amity.model.Figure;
import amity.model.Place;
import amity.model.Predecessor;
import amity.model.Program;
import amity.model.Spots;
import amity.problem.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Every id a record names (a party, a source, a figure's subject or total) names a record. */
final class DanglingReferences implements Check {
    @Override
    public List<Problem> run(Dataset d) {
        List<Problem> out = new ArrayList<>();
        Set<String> places = Refs.ids(d.places());
        Set<String> sources = Refs.ids(d.sources());
        Set<String> figures = Refs.ids(d.figures());
        Set<String> agreements = Refs.ids(d.agreements());
        for (Place p : d.places()) {
            Refs.require(p.partOf(), "place", places, () -> p.spots().at("part_of"), out);
        }
        for (Agreement a : d.agreements()) {
            for (int i = 0; i < a.parties().size(); i++) {
                int n = i;
                Refs.require(a.parties().get(i), "place", places, () -> a.spots().at("parties." + n), out);
            }
            attestations(a.attested(), sources, out);
            for (Predecessor p : a.predecessors()) {
                Refs.require(p.source(), "source", sources, () -> p.spots().at("source"), out);
                cites(p.cites(), p.spots(), sources, out);
            }
        }
        for (Program p : d.programs()) {
            for (int i = 0; i < p.participants().size(); i++) {
                int n = i;
                Refs.require(p.participants().get(i), "place", places, () -> p.spots().at("participants." + n),
                        out);
            }
            for (int i = 0; i < p.editions().size(); i++) {
                Edition e = p.editions().get(i);
                int n = i;
                Refs.require(e.place(), "place", places, () -> p.spots().at("editions." + n + ".place"), out);
                Refs.require(e.source(), "source", sources, () -> p.spots().at("editions." + n + ".source"), out);
            }
            attestations(p.attested(), sources, out);
        }
        for (Figure f : d.figures()) {
            Refs.require(f.source(), "source", sources, () -> f.spots().at("source"), out);
            Refs.require(f.partOf(), "figure", figures, () -> f.spots().at("part_of"), out);
            Refs.require(f.alternativeTo(), "figure", figures, () -> f.spots().at("alternative_to"), out);
            Refs.require(f.rankOf(), "agreement", agreements, () -> f.spots().at("rank_of"), out);
            f.counts().ifPresent(c -> Refs.require(c.of(), "place", places, () -> f.spots().at("counts.of"), out));
        }
        return out;
    }

    private static void attestations(List<Attestation> list, Set<String> sources, List<Problem> out) {
        for (Attestation a : list) {
            Refs.require(a.source(), "source", sources, () -> a.spots().at("source"), out);
            Refs.require(a.reports(), "source", sources, () -> a.spots().at("reports"), out);
            if (!a.reports().isEmpty() && a.reports().equals(a.source())) {
                out.add(new Problem(a.spots().at("reports"), a.reports().length(), "a source does not report itself; "
                        + "'reports' names the other source whose words the statement passes on (leave it out "
                        + "when '" + a.source() + "' says it itself)."));
            }
            cites(a.cites(), a.spots(), sources, out);
            for (int i = 0; i < a.cites().size(); i++) {
                if (a.cites().get(i).equals(a.source())) {
                    out.add(new Problem(a.spots().at("cites." + i), a.source().length(), "a statement does not cite "
                            + "its own source '" + a.source() + "'; 'cites' names the pages it rests on."));
                }
            }
        }
    }

    private static void cites(List<String> cites, Spots spots, Set<String> sources, List<Problem> out) {
        for (int i = 0; i < cites.size(); i++) {
            int n = i;
            Refs.require(cites.get(i), "source", sources, () -> spots.at("cites." + n), out);
        }
    }

}
