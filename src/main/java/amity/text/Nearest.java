package amity.text;

import java.util.Collection;
import java.util.Optional;

/** Finds the closest known name to a misspelt one, for "did you mean" hints. */
public final class Nearest {
    private Nearest() {
    }

    /** The candidate at the smallest edit distance, when that distance is small for the word's length. */
    public static Optional<String> to(String word, Collection<String> candidates) {
        if (word.length() > 64) {
            return Optional.empty();
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(word.toLowerCase(java.util.Locale.ROOT), c.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance || (d == bestDistance && best != null && c.compareTo(best) < 0)) {
                best = c;
                bestDistance = d;
            }
        }
        int allowed = Math.max(2, word.length() / 3);
        // A name that shares nothing with the word is no suggestion, however short both are.
        return best != null && bestDistance <= allowed && bestDistance < Math.min(word.length(), best.length())
                ? Optional.of(best) : Optional.empty();
    }

    /** "; did you mean 'x'?" or "." — the tail every unknown-name message shares. */
    public static String hint(String word, Collection<String> candidates) {
        return hint(word, candidates, ".");
    }

    /** "; did you mean 'x'?", or {@code otherwise} when no candidate is near. */
    public static String hint(String word, Collection<String> candidates, String otherwise) {
        return to(word, candidates).map(c -> "; did you mean '" + c + "'?").orElse(otherwise);
    }

    /** "; did you mean 'x'?", or "; use one of: a, b, c." listing every candidate when none is near. */
    public static String hintOrList(String word, Collection<String> candidates) {
        return hint(word, candidates, "; use one of: " + String.join(", ", candidates) + ".");
    }

    /** Optimal string alignment distance (Damerau-Levenshtein with adjacent transpositions). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
