package amity.report.reconcile;

import amity.model.Acknowledgement;
import amity.model.Agreement;
import amity.model.Dataset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs every reconcile check over a data set and marks the findings the data acknowledges. Each
 * check lives in its own class; this one only lists and gathers them.
 */
public final class Reconciler {
    /**
     * Every reconcile check, in the order their findings are listed. Adding a check is one new
     * {@link ReconcileCheck} file and one line here; --check, help, completion and the man page read this list.
     */
    public static final List<ReconcileCheck> CHECKS = List.of(new FigureCheck(), new SeriesCheck(),
            new BreakdownCheck(), new RankCheck(), new JointCheck(), new ReadingsCheck(), new DatesCheck());

    private Reconciler() {
    }

    /** The checks' names, in order: what --check accepts. */
    public static List<String> checkNames() {
        return CHECKS.stream().map(ReconcileCheck::name).toList();
    }

    /** The names as a sentence says them: "figure, series, breakdown, rank or dates". */
    static String checkList() {
        List<String> names = checkNames();
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }

    /**
     * Every check's findings, acknowledged where the data says so. A finding whose status differs when
     * the agreements marked {@code certainty: implied} or {@code uncertain} are left out (or that exists
     * only with them) says so and names them.
     */
    public static List<Finding> run(Dataset data) {
        ReconcileContext context = ReconcileContext.of(data);
        List<Finding> all = findings(context, CHECKS);
        List<Agreement> implied = data.agreements().stream().filter(Agreement::implied).toList();
        if (implied.isEmpty()) {
            return all;
        }
        // The arithmetic checks run again without them; the solver does not: a joint set depends on
        // them when it disputes their dates.
        Map<String, Status> without = new HashMap<>();
        findings(ReconcileContext.of(withoutImplied(data)), CHECKS.stream().filter(c -> !(c instanceof JointCheck)).toList())
                .forEach(f -> without.put(f.key(), f.status()));
        List<Finding> out = new ArrayList<>(all.size());
        for (Finding f : all) {
            boolean joint = f.check().equals(JointCheck.NAME);
            if (joint ? implied.stream().noneMatch(x -> f.need().deciding().contains(x.id()))
                    : without.get(f.key()) == f.status()) {
                out.add(f);
                continue;
            }
            // Name the implied records that decide it where there are such, else those its figures can count.
            List<String> near = implied.stream().map(Agreement::id).filter(f.need().deciding()::contains).toList();
            if (near.isEmpty()) {
                near = implied.stream().filter(a -> ImpliedRecords.mayMatter(context, f, a)).map(Agreement::id)
                        .toList();
            }
            if (near.isEmpty()) {
                near = implied.stream().filter(a -> a.parties().contains(f.subject())).map(Agreement::id).toList();
            }
            out.add(f.dependingOn(near.isEmpty() ? implied.stream().map(Agreement::id).toList() : near));
        }
        return out;
    }

    /** The data set as if the agreements marked implied or uncertain were absent: --without-implied. */
    public static Dataset withoutImplied(Dataset data) {
        return Dataset.published(data.sources(), data.places(), data.agreements().stream().filter(a -> !a.implied())
                .toList(), data.programs(), data.figures(), data.acknowledgements(), data.countries());
    }

    private static List<Finding> findings(ReconcileContext context, List<ReconcileCheck> checks) {
        Dataset data = context.data();
        List<Finding> out = new ArrayList<>();
        for (ReconcileCheck c : checks) {
            List<Finding> found = c.run(context);
            out.addAll(found);
            context.earlier().addAll(found);
        }
        return acknowledge(out, data.acknowledgements());
    }

    private static List<Finding> acknowledge(List<Finding> findings, List<Acknowledgement> acks) {
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings) {
            Finding marked = f;
            for (Acknowledgement a : acks) {
                if (a.finding().equals(f.key()) && a.digest().equals(f.digest())) {
                    marked = f.acknowledge(a.reason());
                }
            }
            out.add(marked);
        }
        return out;
    }

    /**
     * Notes on acknowledgements that no longer apply: their finding's inputs changed (new digest),
     * or no finding has their key any more.
     */
    public static List<String> staleAcknowledgements(Dataset data, List<Finding> all) {
        List<String> notes = new ArrayList<>();
        for (Acknowledgement a : data.acknowledgements()) {
            var match = all.stream().filter(f -> f.key().equals(a.finding())).findFirst();
            if (match.isEmpty()) {
                notes.add("Acknowledgement " + a.id() + " names no finding: '" + a.finding() + "'.");
            } else if (Digest.oldStyle(a.digest())) {
                notes.add("Acknowledgement " + a.id() + " has an old-style digest (" + a.digest() + "): digests now "
                        + "start with a letter and are made another way. If " + a.finding() + " still deserves it, "
                        + "set its digest to " + match.get().digest() + " (what `amity reconcile --fields key,digest` "
                        + "shows).");
            } else if (!match.get().digest().equals(a.digest())) {
                notes.add("Acknowledgement " + a.id() + " no longer applies: the inputs of " + a.finding()
                        + " changed (digest " + a.digest() + ", now " + match.get().digest() + ").");
            }
        }
        return notes;
    }
}
