package amity.cli;

import amity.report.reconcile.Reconciler;
import java.util.Iterator;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;

/** The reconcile checks' names for --check (its converter, values and shell completion), from the one registry. */
final class CheckNames extends NamedValues {
    CheckNames() {
        super("a check");
    }

    /** The line of reconcile's description that {@link Help} replaces with every check and what it compares. */
    static final String HELP_LINE = "Checks:";

    @Override
    public Iterator<String> iterator() {
        return Reconciler.checkNames().iterator();
    }

    /**
     * Writes the checks into reconcile's description (--help and the man page): the line {@link #HELP_LINE}
     * becomes "Checks: figure (...), series (...), ...".
     */
    static void describe(CommandSpec spec) {
        String line = HELP_LINE + " " + Reconciler.CHECKS.stream()
                .map(c -> c.name() + " (" + c.description() + ")").collect(Collectors.joining(", ")) + ".";
        String[] description = spec.usageMessage().description().clone();
        for (int i = 0; i < description.length; i++) {
            if (description[i].equals(HELP_LINE)) {
                description[i] = line;
            }
        }
        spec.usageMessage().description(description);
    }
}
