package amity.read;

import amity.model.Acknowledgement;
import amity.model.Agreement;
import amity.model.Attestation;
import amity.model.Country;
import amity.model.Dataset;
import amity.model.Figure;
import amity.model.Identified;
import amity.model.Origin;
import amity.model.Place;
import amity.model.Program;
import amity.model.Source;
import amity.problem.Problem;
import amity.text.Nearest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What readers have read so far: the records of some data files in file order, their problems and
 * the files' names as messages show them. A {@link RecordReader} adds to one; {@link DataReader}
 * joins one per file and turns the whole into a {@link Dataset}.
 */
public final class Batch {
    final List<Problem> problems = new ArrayList<>();
    final List<Source> sources = new ArrayList<>();
    final List<Place> places = new ArrayList<>();
    final List<Agreement> agreements = new ArrayList<>();
    final List<Program> programs = new ArrayList<>();
    final List<Figure> figures = new ArrayList<>();
    final List<Acknowledgement> acks = new ArrayList<>();
    final List<RecordBinder.LooseAttestation> loose = new ArrayList<>();
    final Map<String, Country> countries = new TreeMap<>();
    final List<String> files = new ArrayList<>();
    final List<SheetReader.Pending> sheets = new ArrayList<>();

    /** Adds what another batch read after everything this one holds. */
    void addAll(Batch other) {
        problems.addAll(other.problems);
        sources.addAll(other.sources);
        places.addAll(other.places);
        agreements.addAll(other.agreements);
        programs.addAll(other.programs);
        figures.addAll(other.figures);
        acks.addAll(other.acks);
        loose.addAll(other.loose);
        countries.putAll(other.countries);
        files.addAll(other.files);
        sheets.addAll(other.sheets);
    }

    /** The data set, with each loose attestation added to the record it names. */
    Dataset dataset() {
        List<Agreement> boundAgreements = new ArrayList<>(agreements);
        List<Program> boundPrograms = new ArrayList<>(programs);
        attachLoose(boundAgreements, boundPrograms);
        return new Dataset(List.copyOf(sources), List.copyOf(places), List.copyOf(boundAgreements),
                List.copyOf(boundPrograms), List.copyOf(figures), List.copyOf(acks),
                Collections.unmodifiableMap(new LinkedHashMap<>(countries)));
    }

    /** Adds each loose attestation to the record it names; an unknown name is a problem. */
    private void attachLoose(List<Agreement> ags, List<Program> progs) {
        for (RecordBinder.LooseAttestation la : loose) {
            if (!la.agreement().isEmpty()) {
                int i = indexOf(ags, la.agreement());
                if (i < 0) {
                    dangling(la, "agreement", la.agreement(), ags.stream().map(Agreement::id).toList());
                    continue;
                }
                Agreement a = ags.get(i);
                ags.set(i, new Agreement(a.id(), a.parties(), a.type(), a.level(), a.signed(), a.ended(),
                        append(a.attested(), la.attestation()), a.predecessors(), a.notes(), a.certainty(),
                        a.spots()));
            } else if (!la.program().isEmpty()) {
                int i = indexOf(progs, la.program());
                if (i < 0) {
                    dangling(la, "program", la.program(), progs.stream().map(Program::id).toList());
                    continue;
                }
                Program p = progs.get(i);
                progs.set(i, new Program(p.id(), p.name(), p.aliases(), p.kind(), p.participants(), p.started(),
                        p.ended(), p.recurrence(), p.editions(), append(p.attested(), la.attestation()), p.notes(),
                        p.spots()));
            }
        }
    }

    private void dangling(RecordBinder.LooseAttestation la, String kind, String id, List<String> ids) {
        Origin at = la.spots().at(kind);
        problems.add(new Problem(at, Fields.width(id), "no " + kind + " has the id '" + id + "'"
                + Nearest.hint(id, ids)));
    }

    private static <T extends Identified> int indexOf(List<T> list, String id) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private static List<Attestation> append(List<Attestation> list, Attestation a) {
        List<Attestation> out = new ArrayList<>(list);
        out.add(a);
        return List.copyOf(out);
    }
}
