import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Writes a spreadsheet like a scrape of Wikipedia's twin-town lists for `amity import`: N rows of
 * city1,country1,city2,country2,year, about a third of the pairs listed from both sides (as the
 * pages of both cities list them), countries written as English names, alternative spellings and
 * ISO codes, names with accents. Deterministic for a seed. Also writes the rules file.
 *
 * <pre>java src/bench/GenerateTwins.java N SEED OUT   # OUT/twins.csv and OUT/rules.yaml</pre>
 */
public final class GenerateTwins {
    /** Each country as a spreadsheet may write it: English name, another spelling, code. */
    static final String[][] COUNTRIES = {{"France", "French Republic", "FR"}, {"Germany", "Federal Republic of Germany", "DE"},
        {"United States", "USA", "US"}, {"Japan", "Nippon", "JP"}, {"China", "People's Republic of China", "CN"},
        {"Czechia", "Czech Republic", "CZ"}, {"Türkiye", "Turkey", "TR"}, {"Poland", "Republic of Poland", "PL"},
        {"Italy", "Italian Republic", "IT"}, {"Spain", "Kingdom of Spain", "ES"}, {"Brazil", "Brasil", "BR"},
        {"Russia", "Russian Federation", "RU"}, {"United Kingdom", "UK", "GB"}, {"Cabo Verde", "Cape Verde", "CV"},
        {"South Korea", "Republic of Korea", "KR"}, {"Mexico", "United Mexican States", "MX"},
        {"Netherlands", "Holland", "NL"}, {"Sweden", "Kingdom of Sweden", "SE"}, {"Norway", "Norge", "NO"},
        {"Finland", "Suomi", "FI"}, {"Ukraine", "Ukrayina", "UA"}, {"Hungary", "HUN", "HU"},
        {"Romania", "România", "RO"}, {"Portugal", "Portuguese Republic", "PT"}, {"Greece", "Hellenic Republic", "GR"},
        {"Egypt", "Arab Republic of Egypt", "EG"}, {"Nigeria", "Federal Republic of Nigeria", "NG"},
        {"Argentina", "Argentine Republic", "AR"}, {"Canada", "Canada", "CA"}, {"Australia", "Australia", "AU"}};
    static final String[] SYLLABLES = {"ba", "ri", "san", "to", "mé", "lo", "vi", "ça", "nor", "ès", "ka", "ro", "dü",
        "al", "ves", "ña", "po", "li", "ån", "gra", "ost", "kra", "ze", "wa", "bur", "ham", "ville", "stadt"};

    public static void main(String[] args) throws IOException {
        int n = Integer.parseInt(args[0]);
        SplittableRandom random = new SplittableRandom(Long.parseLong(args[1]));
        Path out = Files.createDirectories(Path.of(args[2]));
        int cities = Math.max(100, n / 3);
        String[] name = new String[cities];
        int[] country = new int[cities];
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < cities; i++) {
            country[i] = random.nextInt(COUNTRIES.length);
            String s;
            do {
                StringBuilder b = new StringBuilder();
                for (int k = 0, len = 2 + random.nextInt(3); k < len; k++) {
                    b.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
                }
                s = Character.toUpperCase(b.charAt(0)) + b.substring(1);
            } while (!taken.add(country[i] + s));
            name[i] = s;
        }
        Set<String> pairs = new HashSet<>();
        try (Writer w = Files.newBufferedWriter(out.resolve("twins.csv"), StandardCharsets.UTF_8)) {
            w.write("city1,country1,city2,country2,year\n");
            for (int rows = 0; rows < n; ) {
                int a = random.nextInt(cities);
                int b = random.nextInt(cities);
                if (a == b || !pairs.add(Math.min(a, b) + "-" + Math.max(a, b))) {
                    continue;
                }
                int year = 1950 + random.nextInt(75);
                w.write(row(random, name, country, a, b, year));
                rows++;
                if (rows < n && random.nextInt(3) == 0) {
                    w.write(row(random, name, country, b, a, year));
                    rows++;
                }
            }
        }
        Files.writeString(out.resolve("rules.yaml"), """
                source:
                  id: wikipedia-twin-towns
                  title: Lists of twin towns and sister cities (English Wikipedia)
                  publisher: Wikipedia
                  published: "2026"
                agreement:
                  type: sister-city
                  signed: "{year}"
                  parties:
                    - {name: "{city1}", country: "{country1}"}
                    - {name: "{city2}", country: "{country2}"}
                """, StandardCharsets.UTF_8);
    }

    private static String row(SplittableRandom random, String[] name, int[] country, int a, int b, int year) {
        return name[a] + "," + spelling(random, country[a]) + "," + name[b] + "," + spelling(random, country[b]) + ","
                + year + "\n";
    }

    private static String spelling(SplittableRandom random, int c) {
        String s = COUNTRIES[c][random.nextInt(3)];
        return s.contains(",") ? "\"" + s + "\"" : s;
    }
}
