package amity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import amity.report.reconcile.Reconciler;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** --check, reconcile's help and shell completion all read the one list of reconcile checks. */
class CheckNamesTest {
    @Test
    void helpNamesEveryCheckWithWhatItCompares() {
        Run r = Run.of("reconcile", "--help");
        assertThat(r.status()).isZero();
        String help = r.out().replaceAll("\\s+", " "); // as one line, whatever the help's width
        assertThat(help).contains("Checks: figure (a figure's counts rule evaluated on the records as of its date: "
                + "a range lo..hi, since dates are intervals), series (consecutive figures of the same subject, metric "
                + "and scope), breakdown (parts against their total), rank (an ordinal against the signing order), "
                + "joint (a subject's figures together: the smallest sets that cannot all hold, whatever the uncertain "
                + "dates are), readings (figures read two ways (alternative_to) compared as sets: how many of their checks "
                + "each reading fits), dates (sources that disagree on when an agreement was signed). Statuses:");
        assertThat(help).contains("Only these checks: figure, series, breakdown, rank, joint, readings, dates.");
    }

    @Test
    void theShellCompletesCheckNames() {
        assertThat(ShellCompleterTest.complete("reconcile --check ")).containsExactlyInAnyOrderElementsOf(Reconciler.checkNames());
    }

    @Test
    void anUnknownCheckIsAUsageErrorNamingTheNearest() {
        Run r = Run.with(Map.of(), "", "reconcile", "--check", "figure,rnak");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("amity: --check: 'rnak' is not a check; did you mean 'rank'?\n");
    }
}
