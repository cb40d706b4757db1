package amity.report.reconcile;

import amity.model.Agreement;
import amity.model.Figure;
import amity.model.Truth;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a tie marked implied or uncertain can matter to a finding: a figure behind it counts the tie
 * certainly or possibly as of its date, ranks it, or ranks a tie it may precede. A tie that cannot
 * matter is never named among the records a finding depends on.
 */
final class ImpliedRecords {
    private ImpliedRecords() {
    }

    static boolean mayMatter(ReconcileContext context, Finding finding, Agreement tie) {
        for (Figure g : figures(context, finding)) {
            if (counts(context, g, tie) || ranks(context, g, tie)) {
                return true;
            }
        }
        return false;
    }

    /** The figures a finding rests on: those it names, else the one its key names, with a total's parts. */
    private static List<Figure> figures(ReconcileContext context, Finding finding) {
        List<String> ids = new ArrayList<>(finding.figures());
        if (ids.isEmpty()) {
            ids.add(finding.key().substring(finding.check().length() + 1));
        }
        List<Figure> out = new ArrayList<>();
        for (String id : ids) {
            context.data().figure(id).ifPresent(out::add);
        }
        if (finding.check().equals(BreakdownCheck.NAME)) {
            context.data().figures().stream().filter(g -> ids.contains(g.partOf())).forEach(out::add);
        }
        return out;
    }

    private static boolean counts(ReconcileContext context, Figure g, Agreement tie) {
        Derivation d = context.derivations().of(g);
        if (d == null) {
            return false;
        }
        for (int i = 0; i < d.size(); i++) {
            if (d.row(i).id().equals(tie.id())) {
                return d.truth(i) != Truth.NO;
            }
        }
        return false;
    }

    private static boolean ranks(ReconcileContext context, Figure g, Agreement tie) {
        if (g.rankOf().isEmpty()) {
            return false;
        }
        if (g.rankOf().equals(tie.id())) {
            return true;
        }
        return context.data().agreement(g.rankOf()).filter(target -> RankCheck.peers(context.data(), g.subject(),
                target).contains(tie) && tie.effectiveSigned().before(target.effectiveSigned()) != Truth.NO)
                .isPresent();
    }
}
