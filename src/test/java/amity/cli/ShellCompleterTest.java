package amity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import amity.model.Dataset;
import amity.read.DataReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jline.reader.Candidate;
import org.jline.reader.impl.DefaultParser;
import org.junit.jupiter.api.Test;

class ShellCompleterTest {
    static final Dataset DATA = shipped();

    static Dataset shipped() {
        try {
            return DataReader.load(DataReader.Request.of(List.of("data"))).dataset();
        } catch (DataReader.Unreadable e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> complete(String line) {
        var cl = Amity.commandLine(new Env(Map.of(), System.in, false), new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()));
        ShellCompleter c = new ShellCompleter(cl, () -> DATA);
        List<Candidate> out = new ArrayList<>();
        c.complete(null, new DefaultParser().parse(line, line.length()), out);
        return out.stream().map(Candidate::value).toList();
    }

    @Test
    void completesCommandsOptionsFieldsAndIds() {
        assertThat(complete("")).contains("reconcile", "list", "aggregate", "reload", "exit");
        assertThat(complete("list ")).contains("agreements", "figures", "places");
        assertThat(complete("reconcile --st")).contains("--status");
        assertThat(complete("list agreements --of beijing --fields id,")).contains("id,partner.country", "id,signed");
        assertThat(complete("aggregate figures --by ")).contains("source.publisher", "metric");
        assertThat(complete("list agreements --of ")).contains("prague", "tokyo");
        assertThat(complete("reconcile --explain ")).contains("pd2000-added-1990s");
        assertThat(complete("show ")).contains("beijing-ottawa", "people-daily-2000-09-19");
        assertThat(complete("list places --format ")).contains("csv", "json", "markdown");
    }
}
