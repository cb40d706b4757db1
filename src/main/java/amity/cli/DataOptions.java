package amity.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Where the records come from: --data, else AMITY_DATA, else the data/ shipped with amity. */
public final class DataOptions {
    @Option(names = "--data", paramLabel = "PATH",
            description = "A data file or folder (repeatable; '-' reads standard input). Default: $AMITY_DATA "
                    + "(':'-separated), else the data/ shipped with amity.")
    List<String> paths = new ArrayList<>();

    /** The paths to read, or empty for the shipped data. */
    List<String> resolve(Env env) {
        if (!paths.isEmpty()) {
            return paths;
        }
        List<String> out = new ArrayList<>();
        for (String p : env.get("AMITY_DATA").split(":")) {
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }
}
