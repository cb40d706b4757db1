package amity.check;

import amity.model.Dataset;
import amity.model.Figure;
import amity.model.Qualifier;
import amity.read.Problem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parts of a total (figures naming it in part_of) cannot add up to more than it, counting only
 * parts whose value is a floor (exact, at least, more than) and readings that are not alternatives.
 */
final class PartsWithinTotal implements Check {
    @Override
    public List<Problem> run(Dataset d) {
        Map<String, List<Figure>> parts = new LinkedHashMap<>();
        for (Figure f : d.figures()) {
            if (!f.partOf().isEmpty()) {
                parts.computeIfAbsent(f.partOf(), k -> new ArrayList<>()).add(f);
            }
        }
        List<Problem> out = new ArrayList<>();
        parts.forEach((totalId, list) -> {
            Optional<Figure> total = d.figure(totalId);
            if (total.isEmpty() || total.get().qualifier() == Qualifier.MORE_THAN
                    || total.get().qualifier() == Qualifier.AT_LEAST || total.get().qualifier() == Qualifier.ABOUT) {
                return;
            }
            BigDecimal sum = BigDecimal.ZERO;
            for (Figure p : list) {
                if (p.qualifier() == Qualifier.EXACT || p.qualifier() == Qualifier.AT_LEAST
                        || p.qualifier() == Qualifier.MORE_THAN) {
                    sum = sum.add(p.value());
                }
            }
            if (sum.compareTo(total.get().value()) > 0) {
                Figure last = list.get(list.size() - 1);
                out.add(new Problem(last.spots().at("part_of"), totalId.length(), "the parts of '" + totalId
                        + "' add up to " + sum.toPlainString() + ", more than its " + total.get().reported() + ".",
                        total.get().spots().at("value")));
            }
        });
        return out;
    }
}
