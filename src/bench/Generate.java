import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a valid amity data set of N agreements with their places, sources, programs and figures
 * (with counts rules), as YAML for amity and yq and as one JSON file for jq. Deterministic for a
 * seed. Names mix Latin with accents, CJK and Cyrillic; dates come at every precision amity reads.
 *
 * <pre>java -cp target/amity.jar src/bench/Generate.java N SEED OUT [FILES]</pre>
 *
 * OUT/yaml/ gets places.yaml, sources.yaml, programs.yaml, figures.yaml and the agreements split
 * over FILES files (default 1); OUT/data.json holds the same records. Place p0..p19 are hubs that
 * take part in many agreements, so `aggregate --of p0` has something to group.
 */
public final class Generate {
    static final String[] COUNTRIES = {"CN", "FR", "US", "JP", "DE", "BR", "RU", "IT", "ES", "KR", "MX", "EG",
        "NG", "AU", "NZ", "ZA", "IN", "TR", "PL", "SE", "AR", "CA", "GB", "VN", "TH", "KE", "PE", "CL", "NO", "FI"};
    static final String[] LATIN = {"ba", "ri", "san", "to", "mé", "lo", "vi", "ça", "nor", "ès", "ka", "ro", "dü",
        "al", "ves", "ña", "po", "li", "ån", "gra"};
    static final String[] CJK = {"东", "京", "山", "海", "南", "北", "州", "河", "安", "城", "阳", "川", "ソ", "ウ", "서", "울"};
    static final String[] CYRILLIC = {"мос", "ква", "ново", "град", "сиб", "ирск", "ка", "зань"};
    static final String[] TYPES = {"sister-city", "sister-city", "sister-city", "friendship-city", "cooperation"};

    final SplittableRandom random;
    final int n;
    final int places;

    Generate(int n, long seed) {
        this.random = new SplittableRandom(seed);
        this.n = n;
        this.places = Math.max(60, n / 4);
    }

    public static void main(String[] args) throws IOException {
        int n = Integer.parseInt(args[0]);
        long seed = Long.parseLong(args[1]);
        Path out = Path.of(args[2]);
        int files = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        Files.createDirectories(out.resolve("yaml"));
        new Generate(n, seed).write(out, files);
    }

    /** One record at a time to every writer that wants it: the YAML file and the JSON file. */
    interface Sink {
        void record(JsonGenerator g) throws IOException;
    }

    void write(Path out, int files) throws IOException {
        YAMLFactory yaml = YAMLFactory.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                .build();
        try (OutputStream js = Files.newOutputStream(out.resolve("data.json"));
                JsonGenerator json = new JsonFactory().createGenerator(js)) {
            json.writeStartObject();
            list(yaml, out.resolve("yaml/sources.yaml"), json, "sources", sources());
            list(yaml, out.resolve("yaml/places.yaml"), json, "places", places());
            json.writeArrayFieldStart("agreements");
            int per = (n + files - 1) / files;
            for (int f = 0; f < files; f++) {
                int from = f * per;
                int to = Math.min(n, from + per);
                try (OutputStream ys = Files.newOutputStream(out.resolve(String.format("yaml/agreements-%03d.yaml", f)));
                        JsonGenerator y = yaml.createGenerator(ys)) {
                    y.writeStartObject();
                    y.writeArrayFieldStart("agreements");
                    for (int i = from; i < to; i++) {
                        Sink s = agreement(i);
                        s.record(y);
                        s.record(json);
                    }
                    y.writeEndArray();
                    y.writeEndObject();
                }
            }
            json.writeEndArray();
            list(yaml, out.resolve("yaml/programs.yaml"), json, "programs", programs());
            list(yaml, out.resolve("yaml/figures.yaml"), json, "figures", figures());
            json.writeEndObject();
        }
    }

    void list(YAMLFactory yaml, Path file, JsonGenerator json, String name, List<Sink> records) throws IOException {
        try (OutputStream ys = Files.newOutputStream(file); JsonGenerator y = yaml.createGenerator(ys)) {
            y.writeStartObject();
            y.writeArrayFieldStart(name);
            json.writeArrayFieldStart(name);
            for (Sink s : records) {
                s.record(y);
                s.record(json);
            }
            json.writeEndArray();
            y.writeEndArray();
            y.writeEndObject();
        }
    }

    int sourceCount() {
        return Math.max(5, n / 1000);
    }

    /** Sources are published from 2000 on; each is dated at day precision. */
    String published(int s) {
        return String.format("%d-%02d-%02d", 2000 + s % 26, 1 + s % 12, 1 + s % 28);
    }

    List<Sink> sources() {
        List<Sink> out = new ArrayList<>();
        for (int s = 0; s < sourceCount(); s++) {
            String id = "s" + s;
            String title = "Report " + s + " on " + name(s) + "'s partners";
            String date = published(s);
            out.add(g -> {
                g.writeStartObject();
                g.writeStringField("id", id);
                g.writeStringField("title", title);
                g.writeStringField("publisher", "Gazette " + (char) ('A' + id.length() % 5));
                g.writeStringField("published", date);
                g.writeEndObject();
            });
        }
        return out;
    }

    String name(int i) {
        SplittableRandom r = new SplittableRandom(i * 7919L + 17);
        StringBuilder sb = new StringBuilder();
        switch (i % 5) {
            case 0, 1, 2 -> {
                int k = 2 + r.nextInt(3);
                for (int j = 0; j < k; j++) {
                    sb.append(LATIN[r.nextInt(LATIN.length)]);
                }
                sb.setCharAt(0, Character.toUpperCase(sb.charAt(0)));
                if (r.nextInt(4) == 0) {
                    sb.append(" de ").append(LATIN[r.nextInt(LATIN.length)]).append("ra");
                }
            }
            case 3 -> {
                int k = 2 + r.nextInt(2);
                for (int j = 0; j < k; j++) {
                    sb.append(CJK[r.nextInt(CJK.length)]);
                }
            }
            default -> {
                sb.append(CYRILLIC[r.nextInt(CYRILLIC.length)]).append(CYRILLIC[r.nextInt(CYRILLIC.length)]);
                sb.setCharAt(0, Character.toUpperCase(sb.charAt(0)));
            }
        }
        return sb.append(' ').append(i).toString();
    }

    List<Sink> places() {
        List<Sink> out = new ArrayList<>();
        for (int p = 0; p < places; p++) {
            String id = "p" + p;
            String name = name(p);
            String country = COUNTRIES[p % COUNTRIES.length];
            boolean capital = p < 20;
            out.add(g -> {
                g.writeStartObject();
                g.writeStringField("id", id);
                g.writeStringField("name", name);
                g.writeStringField("country", country);
                g.writeStringField("level", capital ? "city" : "municipality");
                if (capital) {
                    g.writeBooleanField("capital", true);
                }
                g.writeEndObject();
            });
        }
        return out;
    }

    /** A signing date at one of the precisions amity reads. */
    String date(SplittableRandom r) {
        int y = 1960 + r.nextInt(65);
        int m = 1 + r.nextInt(12);
        int d = 1 + r.nextInt(28);
        return switch (r.nextInt(10)) {
            case 0, 1, 2, 3 -> String.format("%d-%02d-%02d", y, m, d);
            case 4, 5 -> String.format("%d-%02d", y, m);
            case 6 -> Integer.toString(y);
            case 7 -> (y / 10) + "X";
            case 8 -> (y / 10 * 10) + "/" + (y / 10 * 10 + 9);
            default -> y + "?";
        };
    }

    Sink agreement(int i) {
        SplittableRandom r = new SplittableRandom(random.nextLong());
        int a = r.nextInt(10) < 3 ? r.nextInt(20) : r.nextInt(places);
        int b = r.nextInt(places - 1);
        if (b >= a) {
            b++;
        }
        String pa = "p" + a;
        String pb = "p" + b;
        String type = TYPES[r.nextInt(TYPES.length)];
        String signed = date(r);
        boolean ended = r.nextInt(50) == 0;
        return g -> {
            g.writeStartObject();
            g.writeStringField("id", "a" + i);
            g.writeArrayFieldStart("parties");
            g.writeString(pa);
            g.writeString(pb);
            g.writeEndArray();
            g.writeStringField("type", type);
            g.writeStringField("level", "municipal");
            g.writeStringField("signed", signed);
            if (ended) {
                g.writeStringField("ended", "2030");
            }
            g.writeEndObject();
        };
    }

    List<Sink> programs() {
        List<Sink> out = new ArrayList<>();
        SplittableRandom r = new SplittableRandom(random.nextLong());
        for (int p = 0; p < Math.max(5, n / 100); p++) {
            String id = "prog" + p;
            int a = r.nextInt(20);
            int b = 20 + r.nextInt(places - 20);
            int start = 1980 + r.nextInt(40);
            int editions = r.nextInt(4);
            out.add(g -> {
                g.writeStartObject();
                g.writeStringField("id", id);
                g.writeStringField("name", "Joint committee " + id);
                g.writeStringField("kind", "committee");
                g.writeArrayFieldStart("participants");
                g.writeString("p" + a);
                g.writeString("p" + b);
                g.writeEndArray();
                g.writeStringField("started", Integer.toString(start));
                if (editions > 0) {
                    g.writeArrayFieldStart("editions");
                    for (int e = 0; e < editions; e++) {
                        g.writeStartObject();
                        g.writeStringField("date", Integer.toString(start + e));
                        g.writeStringField("place", "p" + (e % 2 == 0 ? a : b));
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                }
                g.writeEndObject();
            });
        }
        return out;
    }

    /** Figures report each hub's sister cities as of their source's date, with a counts rule. */
    List<Sink> figures() {
        List<Sink> out = new ArrayList<>();
        SplittableRandom r = new SplittableRandom(random.nextLong());
        String[] qualifiers = {"exact", "about", "more-than"};
        for (int f = 0; f < Math.max(10, n / 200); f++) {
            String id = "f" + f;
            int s = r.nextInt(sourceCount());
            String hub = "p" + r.nextInt(20);
            int value = 1 + r.nextInt(Math.max(2, n / 40));
            String qualifier = qualifiers[r.nextInt(3)];
            String asOf = published(s);
            out.add(g -> {
                g.writeStartObject();
                g.writeStringField("id", id);
                g.writeStringField("subject", hub);
                g.writeStringField("metric", "sister-cities");
                g.writeNumberField("value", value);
                g.writeStringField("qualifier", qualifier);
                g.writeStringField("as_of", asOf);
                g.writeStringField("source", "s" + s);
                g.writeStringField("quote", hub + " has " + value + " sister cities");
                g.writeObjectFieldStart("counts");
                g.writeStringField("type", "agreements");
                g.writeStringField("of", hub);
                g.writeStringField("where", "type = sister-city");
                g.writeEndObject();
                g.writeEndObject();
            });
        }
        return out;
    }
}
