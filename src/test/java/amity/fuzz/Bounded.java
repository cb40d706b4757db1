package amity.fuzz;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one fuzz input with a generous bound, so an input that makes amity loop forever fails the
 * test (naming the input) instead of hanging the build. Not a speed check: normal inputs take
 * milliseconds, the bound is seconds.
 */
final class Bounded {
    private static final ExecutorService POOL = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fuzz");
        t.setDaemon(true);
        return t;
    });

    private Bounded() {
    }

    static <T> T run(String input, Callable<T> work) throws Exception {
        Future<T> f = POOL.submit(work);
        try {
            return f.get(20, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new AssertionError("no answer after 20 s (a hang?) for input: " + escape(input));
        } catch (ExecutionException e) {
            throw new AssertionError("uncaught " + e.getCause() + " for input: " + escape(input), e.getCause());
        }
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder("\"");
        s.codePoints().forEach(cp -> sb.append(cp < 0x20 || cp == '"' || cp == '\\' ? String.format("\\u%04x", cp)
                : new String(Character.toChars(cp))));
        return sb.append('"').toString();
    }
}
