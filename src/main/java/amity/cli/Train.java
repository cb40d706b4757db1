package amity.cli;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The training run bin/amity makes once per jar and JDK to record the start-up archive (CDS or AOT
 * cache): it runs the common commands on the given data in one JVM, output discarded, so the
 * classes each of them needs are in the archive, not only reconcile's.
 */
public final class Train {
    private Train() {
    }

    static final List<List<String>> COMMANDS = List.of(
            List.of("reconcile"),
            List.of("reconcile", "--format", "json"),
            // The joint check's solver (Choco) runs in every reconcile; --implied also walks the readings.
            List.of("reconcile", "--implied"),
            List.of("list", "agreements", "--format", "csv"),
            List.of("list", "figures", "--format", "jsonl"),
            List.of("list", "places", "--format", "tsv"),
            List.of("filter", "agreements", "signed < 2000 and partner.continent = Europe", "--of", "beijing"),
            List.of("aggregate", "agreements", "--of", "beijing", "--by", "partner.continent", "--chart"),
            List.of("aggregate", "agreements", "--of", "beijing", "--by", "year", "--cumulative", "--format", "csv"),
            List.of("show", "beijing", "--format", "markdown"),
            List.of("fields", "agreements"),
            List.of("check"),
            List.of("--version"),
            List.of("--help"));

    /** Usage: Train [--short] DATA; --short only the runs without a command word (bin/amity's small archive). */
    public static void main(String[] args) {
        Env env = new Env(System.getenv(), java.io.InputStream.nullInputStream(), false);
        boolean shortOnly = args.length > 0 && args[0].equals("--short");
        String data = args.length > (shortOnly ? 1 : 0) ? args[shortOnly ? 1 : 0] : null;
        for (List<String> command : COMMANDS) {
            boolean readsData = !Amity.words(command.toArray(String[]::new)).isEmpty();
            if (shortOnly && readsData) {
                continue;
            }
            List<String> full = new ArrayList<>(command);
            if (data != null && readsData) {
                full.addAll(List.of("--data", data));
            }
            String[] a = full.toArray(String[]::new);
            Main.run(a, env, OutputStream.nullOutputStream(), OutputStream.nullOutputStream());
        }
        System.exit(0);
    }
}
