package amity.read;

import amity.problem.Problem;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostileYamlTest {
    @TempDir
    Path dir;

    private DataReader.Result read(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return DataReader.load(DataReader.Request.of(List.of(f.toString())));
    }

    @Test
    void loadsFilesFarLargerThanSnakeYamlsDefaultLimit() throws Exception {
        StringBuilder sb = new StringBuilder("places:\n");
        String pad = "x".repeat(200);
        int n = 0;
        while (sb.length() < 4_500_000) {
            sb.append("  - id: p").append(n).append("\n    name: \"").append(pad).append("\"\n    country: \"CN\"\n")
                    .append("    level: city\n");
            n++;
        }
        DataReader.Result r = read("big.yaml", sb.toString());
        assertThat(r.problems()).isEmpty();
        assertThat(r.dataset().places()).hasSize(n);
    }

    @Test
    void refusesAliasesSoNothingExpands() throws Exception {
        String laughs = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
                + "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n";
        DataReader.Result r = read("laughs.yaml", laughs);
        assertThat(r.problems()).extracting(Problem::message)
                .containsExactly("YAML aliases such as '*a' are not accepted; write the value out.");
    }

    @Test
    void boundsNestingDepth() throws Exception {
        String deep = "places: " + "[".repeat(200) + "]".repeat(200) + "\n";
        DataReader.Result r = read("deep.yaml", deep);
        assertThat(r.problems()).hasSize(1);
        assertThat(r.problems().get(0).message()).isEqualTo("values are nested more than 64 levels deep.");
    }

    @Test
    void neverInstantiatesTaggedClasses() throws Exception {
        DataReader.Result r = read("tag.yaml", "places:\n  - !!javax.script.ScriptEngineManager [x]\n");
        assertThat(r.problems()).extracting(Problem::message).containsExactly(
                "YAML tags such as '!!javax.script.ScriptEngineManager' are not accepted; write plain values.");
    }

    @Test
    void readsNorwayAsATextNotFalse() throws Exception {
        DataReader.Result r = read("no.yaml", "places:\n  - id: oslo\n    name: Oslo\n    country: NO\n"
                + "    level: city\n");
        assertThat(r.problems()).isEmpty();
        assertThat(r.dataset().places().get(0).country()).isEqualTo("NO");
    }

    @Test
    void keepsUnquotedDatesAsWritten() throws Exception {
        DataReader.Result r = read("d.yaml", "sources:\n  - id: s\n    title: T\n    publisher: P\n"
                + "    published: 2000-09-19\n");
        assertThat(r.problems()).isEmpty();
        assertThat(r.dataset().sources().get(0).published().text()).isEqualTo("2000-09-19");
    }

    @Test
    void reportsAFileThatIsNotUtf8() throws Exception {
        Path f = dir.resolve("latin1.yaml");
        Files.write(f, new byte[] {'a', ':', ' ', (byte) 0xe9, '\n'});
        DataReader.Result r = DataReader.load(DataReader.Request.of(List.of(f.toString())));
        assertThat(r.problems()).extracting(Problem::message)
                .containsExactly("the byte 0xE9 is not UTF-8; save the file as UTF-8 (it may be Latin-1 or "
                        + "Windows-1252).");
        assertThat(r.problems().get(0).at().column()).isEqualTo(4);
    }
}
