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

    public static void main(String[] args) {
        Env env = new Env(System.getenv(), java.io.InputStream.nullInputStream(), false);
        for (List<String> command : COMMANDS) {
            List<String> full = new ArrayList<>(command);
            if (args.length > 0 && !command.get(0).startsWith("-")) {
                full.addAll(List.of("--data", args[0]));
            }
            String[] a = full.toArray(String[]::new);
            Main.run(a, env, OutputStream.nullOutputStream(), OutputStream.nullOutputStream());
        }
        System.exit(0);
    }
}
