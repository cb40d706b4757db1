package amity.cli;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What the man pages say beyond picocli's model: the environment amity reads, the pages to see also,
 * and section headings in man's style (picocli writes "Exit status:" as help does). Applied by
 * {@link GenerateDocs} to the AsciiDoc that picocli-codegen's ManPageGenerator writes.
 */
final class ManPageSections {
    private ManPageSections() {
    }

    /** One environment variable and what amity does with it. */
    record Variable(String name, String meaning) {
    }

    static final List<Variable> ENVIRONMENT = List.of(
            new Variable("AMITY_DATA", "The data paths to read (':'-separated) when a command has no --data; "
                    + "unset or empty: the data/ shipped with amity."),
            new Variable("AMITY_JAVA", "The java that bin/amity runs (a JDK 17 or newer; exit 69 otherwise); "
                    + "unset: the newest it finds in JAVA_HOME, PATH and the usual folders."),
            new Variable("AMITY_SNAPSHOT", "'off' turns off the snapshot of unchanged data that makes later runs "
                    + "start faster."),
            new Variable("NO_COLOR", "When set and not empty, no colour unless --color=always."),
            new Variable("XDG_CACHE_HOME", "Where the snapshots (amity/snapshots) and bin/amity's start-up "
                    + "archive (amity/) are kept; unset: ~/.cache."),
            new Variable("XDG_STATE_HOME", "Where amity shell keeps its history (amity/history); unset: "
                    + "~/.local/state."));

    /** The data format's page, which the build writes from docs/amity-data.5.adoc. */
    static final String DATA_PAGE = "amity-data(5)";

    private static final String END = "// end::picocli-generated-full-manpage[]";
    private static final String EXIT_STATUS = "// tag::picocli-generated-man-section-exit-status[]";

    /** One generated page ({@code page} as in "amity-list") completed, among all the {@code pages}. */
    static String complete(String adoc, String page, List<String> pages) {
        String out = adoc.replace("==  Exit status:", "== Exit status").replace("==  Examples:", "== Examples");
        if (page.equals("amity")) {
            String env = "== Environment\n\n" + ENVIRONMENT.stream()
                    .map(v -> "*" + v.name() + "*::\n  " + v.meaning() + "\n").collect(Collectors.joining("\n"))
                    + "\n";
            out = out.replace(EXIT_STATUS, env + EXIT_STATUS);
        }
        String seeAlso = pages.stream().filter(p -> !p.equals(page)).map(p -> "*" + p + "*(1)")
                .collect(Collectors.joining(", ")) + ", *" + DATA_PAGE.replace("(5)", "*(5)");
        return out.replace(END, "== See also\n\n" + seeAlso + "\n\n" + END);
    }
}
