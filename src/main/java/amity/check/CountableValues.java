package amity.check;

import amity.model.Allowed;
import amity.model.Dataset;
import amity.model.Figure;
import amity.problem.Problem;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A figure that counts records (a counts rule, a rank, a part of a total) reports a value its qualifier
 * lets some whole number take: "exact 1.5" or "less than 0" can never be a count, and a rank starts at 1.
 */
final class CountableValues implements Check {
    @Override
    public List<Problem> run(Dataset d) {
        List<Problem> out = new ArrayList<>();
        for (Figure f : d.figures()) {
            boolean rank = !f.rankOf().isEmpty();
            if (!rank && f.counts().isEmpty() && f.partOf().isEmpty()) {
                continue;
            }
            BigDecimal least = rank ? BigDecimal.ONE : BigDecimal.ZERO;
            if (wholeNumbers(f.qualifier().allows(f.value()), least)) {
                continue;
            }
            String what = rank ? "a rank is a whole number from 1" : "a count is a whole number from 0";
            String said = "'" + (f.qualifier().words() + f.value().toPlainString()).strip() + "'";
            String fix = f.value().stripTrailingZeros().scale() > 0
                    ? "write a whole number, or the qualifier the source implies (about " + f.value().toPlainString() + ")"
                    : "check the value and the qualifier against the quote";
            out.add(new Problem(f.spots().at("value"), f.value().toPlainString().length(), what + ", and " + said
                    + " allows none; " + fix + "."));
        }
        return out;
    }

    /** Whether {@code allowed} holds a whole number of at least {@code least}. */
    private static boolean wholeNumbers(Allowed allowed, BigDecimal least) {
        BigDecimal lo = allowed.lo().setScale(0, RoundingMode.CEILING).max(least);
        return allowed.hi().map(h -> h.setScale(0, RoundingMode.FLOOR).compareTo(lo) >= 0).orElse(true);
    }
}
