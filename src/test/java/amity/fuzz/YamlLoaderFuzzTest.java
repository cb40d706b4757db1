package amity.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import amity.cli.Run;
import amity.problem.Problem;
import amity.read.DataReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The YAML loader and the checks on random and mutated data: every input ends in records or in
 * problems that each have a line and a column, and the whole command never ends in anything but
 * 0, 65 or 66 with an internal error.
 */
class YamlLoaderFuzzTest {
    /** A small valid data file the mutations start from. */
    static final String SEED = """
            sources:
              - {id: daily, title: Daily, publisher: Daily, published: "2000-09-19"}
            places:
              - {id: beijing, name: Beijing, names: [北京], country: CN, level: city}
              - id: paris
                name: Paris
                country: FR
                level: city
            agreements:
              - id: beijing-paris
                parties: [beijing, paris]
                type: sister-city
                level: municipal
                signed: "1979-03-14"
                attested: [{source: daily, quote: "Paris", date: "197X"}]
            figures:
              - id: daily-27
                subject: beijing
                metric: sister-cities
                value: 27
                qualifier: more-than
                as_of: "2000"
                source: daily
                quote: "more than 27 sister cities"
                counts: {type: agreements, of: beijing, where: "signed < 2000 and type = sister-city"}
            """;

    /** Pieces that matter to a YAML scanner, a date parser or the binder. */
    static final List<String> TOKENS = List.of("places:", "agreements:", "figures:", "sources:", "\n", "\n  ",
            "\n  - ", "- ", ": ", ":", "[", "]", "{", "}", ", ", "\"", "'", "&a ", "*a", "!!str ", "!!java.net.URL ",
            "!x ", "# c", "\t", "---\n", "...\n", "? ", "|\n  ", ">-\n  ", "%YAML 1.1\n", "\r\n", "\r", "\uFEFF",
            "\u0000", "\u001b[31m", "\u0085", "\u2028", "\uFFFF", "東京", "😀", "id", "id: x", "parties",
            "signed: ", "1979-03-14", "197X", "1980/1970", "../1989", "2000?", "value: ", "-1",
            "123456789012345678901234567890", "1e400", ".nan", "~", "null", "yes", "NO", "on", "<<: ", "\\",
            "\\u00", "\"\\x", "counts: {type: agreements, where: \"", "(", ")", " and ", "~ '", "  ", "x");

    @Provide
    Arbitrary<String> tokenSoup() {
        return Arbitraries.of(TOKENS).list().ofMaxSize(60).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<String> mutatedSeed() {
        Arbitrary<Integer> at = Arbitraries.integers().between(0, SEED.length());
        Arbitrary<String> deleted = Combinators.combine(at, Arbitraries.integers().between(1, 40))
                .as((i, n) -> SEED.substring(0, i) + SEED.substring(Math.min(SEED.length(), i + n)));
        Arbitrary<String> inserted = Combinators.combine(at, Arbitraries.of(TOKENS))
                .as((i, t) -> SEED.substring(0, i) + t + SEED.substring(i));
        Arbitrary<String> duplicated = Combinators.combine(at, Arbitraries.integers().between(1, 80))
                .as((i, n) -> {
                    int end = Math.min(SEED.length(), i + n);
                    return SEED.substring(0, end) + SEED.substring(i, end) + SEED.substring(end);
                });
        Arbitrary<String> flipped = Combinators.combine(at, Arbitraries.chars().all())
                .as((i, c) -> i >= SEED.length() ? SEED + c : SEED.substring(0, i) + c + SEED.substring(i + 1));
        Arbitrary<String> once = Arbitraries.oneOf(deleted, inserted, duplicated, flipped);
        // Two or three mutations in a row reach states one cannot.
        return Combinators.combine(once, Arbitraries.integers().between(0, SEED.length()), Arbitraries.of(TOKENS))
                .as((s, i, t) -> i % 3 == 0 ? s.substring(0, Math.min(i, s.length())) + t
                        + s.substring(Math.min(i, s.length())) : s);
    }

    @Provide
    Arbitrary<byte[]> randomBytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
    }

    @Property
    void tokenSoupReadsOrFailsWithLocatedProblems(@ForAll("tokenSoup") String text) throws Exception {
        readsOrLocates(text.getBytes(StandardCharsets.UTF_8), text);
    }

    @Property
    void mutatedDataReadsOrFailsWithLocatedProblems(@ForAll("mutatedSeed") String text) throws Exception {
        readsOrLocates(text.getBytes(StandardCharsets.UTF_8), text);
    }

    @Property
    void randomBytesReadOrFailWithLocatedProblems(@ForAll("randomBytes") byte[] bytes) throws Exception {
        readsOrLocates(bytes, new String(bytes, StandardCharsets.ISO_8859_1));
    }

    @Property(tries = 100)
    void theCommandAnswersWithADocumentedStatus(@ForAll("mutatedSeed") String text) throws Exception {
        Run r = Bounded.run(text, () -> Run.with(Map.of(), text, "reconcile", "--data", "-", "--format", "csv"));
        assertThat(r.status()).as("status for %s", Bounded.escape(text)).isIn(0, 1, 65, 66);
        assertThat(r.err()).as("stderr for %s", Bounded.escape(text)).doesNotContain("internal error")
                .doesNotContain("Exception");
    }

    /** Through a file the first read keeps no positions; data with problems is read again with them. */
    @Property(tries = 100)
    void aFileAnswersWithADocumentedStatusAndLocatedProblems(@ForAll("mutatedSeed") String text) throws Exception {
        java.nio.file.Path f = java.nio.file.Files.createTempFile("fuzz", ".yaml");
        try {
            java.nio.file.Files.writeString(f, text, StandardCharsets.UTF_8);
            Run r = Bounded.run(text, () -> Run.with(Map.of(), "", "check", "--data", f.toString()));
            assertThat(r.status()).as("status for %s", Bounded.escape(text)).isIn(0, 65);
            assertThat(r.err()).as("stderr for %s", Bounded.escape(text)).doesNotContain("internal error")
                    .doesNotContain("Exception");
            // Every problem names the file with a line and a column.
            r.err().lines().filter(l -> l.startsWith(f.toString())).forEach(l ->
                    assertThat(l).as("location in %s", l).matches(java.util.regex.Pattern.quote(f.toString())
                            + ":[1-9]\\d*:[1-9]\\d*: .*"));
        } finally {
            java.nio.file.Files.deleteIfExists(f);
        }
    }

    private static void readsOrLocates(byte[] bytes, String shown) throws Exception {
        Bounded.run(shown, () -> {
            DataReader.Result r;
            try {
                r = DataReader.load(DataReader.Request.of(List.of("-")).withStdin(new ByteArrayInputStream(bytes)));
            } catch (DataReader.Unreadable e) {
                assertThat(bytes).as("only empty input is unreadable").isEmpty();
                return null;
            }
            for (Problem p : r.problems()) {
                assertThat(p.message()).isNotBlank();
                assertThat(p.at().file()).as("file of %s", p.message()).isNotEmpty();
                assertThat(p.at().line()).as("line of '%s' for %s", p.message(), Bounded.escape(shown))
                        .isPositive();
                assertThat(p.at().column()).as("column of '%s' for %s", p.message(), Bounded.escape(shown))
                        .isPositive();
            }
            return null;
        });
    }
}
