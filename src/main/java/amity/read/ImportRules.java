package amity.read;

import amity.model.DateInterval;
import amity.model.Origin;
import amity.model.Source;
import amity.model.Spots;
import amity.problem.Problem;
import amity.read.YNode.Entry;
import amity.read.YNode.YMap;
import amity.read.YNode.YScalar;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What `amity import` makes of each row (see amity-import(1)): the source every imported statement
 * cites, the agreement's type, level, date, two parties and quote as "{column}" templates, and
 * country values the country table cannot resolve. Read with the data files' YAML machinery, so an
 * unknown key or a value of the wrong kind is a located problem like in the data.
 */
public record ImportRules(String file, Source source, Template type, Template level, Template signed,
        List<Party> parties, Template quote, List<CountryRule> countries, List<PlaceRule> places, boolean foldAccents) {

    /** The keys of the rules file, of its agreement rule and of a party. */
    public static final List<String> KEYS = List.of("source", "agreement", "countries", "places", "fold");
    public static final List<String> AGREEMENT_KEYS = List.of("type", "level", "signed", "parties", "quote");
    public static final List<String> PARTY_KEYS = List.of("id", "name", "region", "country");

    /** What 'fold' may say: names that differ only in accents are one place. */
    public static final String FOLD_ACCENTS = "accents";

    /** A value of the rules: plain text, or text with "{column}" replaced by that column's cell. */
    public record Template(String text, Origin at) {
        private static final Pattern COLUMN = Pattern.compile("\\{([^{}]+)}");

        /** Not written in the rules (an optional key). */
        public boolean absent() {
            return text.isEmpty();
        }

        /** The columns it names, in order. */
        public List<String> columns() {
            List<String> out = new ArrayList<>();
            Matcher m = COLUMN.matcher(text);
            while (m.find()) {
                out.add(m.group(1).strip());
            }
            return out;
        }

        /** The text with each "{column}" replaced by {@code cell.apply(column)}, stripped. */
        public String fill(UnaryOperator<String> cell) {
            return COLUMN.matcher(text).replaceAll(m -> Matcher.quoteReplacement(cell.apply(m.group(1).strip())))
                    .strip();
        }
    }

    /** One party of the agreement: its place id, or its name, region (may be absent) and country. */
    public record Party(Template id, Template name, Template region, Template country) {
    }

    /** A country value the rules resolve: "England: GB". */
    public record CountryRule(String value, String code, Origin at) {
    }

    /** A spelling the rules say is a place ("Munster: munster-de", its id) or another spelling ("Munster: Münster"). */
    public record PlaceRule(String name, String id, Origin at) {
    }

    /**
     * The quote each row's attestation gets, which identifies it (with the source) on the next import:
     * the rules' quote, else the parties as "{city1}, {country1} – {city2}, {country2}".
     */
    public Template identity() {
        if (!quote.absent() || parties.size() != 2) {
            return quote;
        }
        List<String> sides = new ArrayList<>();
        for (Party p : parties) {
            sides.add(!p.id().absent() ? p.id().text() : p.name().text()
                    + (p.region().absent() ? "" : ", " + p.region().text()) + ", " + p.country().text());
        }
        return new Template(String.join(" \u2013 ", sides), quote.at());
    }

    /** The rules read, and every problem of the file. */
    public record Read(ImportRules rules, List<Problem> problems) {
    }

    /** Reads a rules file named {@code name} in messages. */
    public static Read read(String name, byte[] bytes) {
        List<Problem> problems = new ArrayList<>();
        String text = YamlReader.decode(name, bytes, problems);
        TreeReader tree = new TreeReader(name, text, problems, true);
        Origin top = tree.origin(1, 1);
        YMap map = null;
        for (YNode doc : tree.read(text)) {
            if (doc instanceof YMap m && map == null) {
                map = m;
            } else if (!(doc instanceof YScalar s && s.isNull())) {
                problems.add(new Problem(doc.at(), 1, "the import rules are one mapping (source:, agreement:, "
                        + "countries:), not " + doc.kind() + "."));
            }
        }
        if (map == null) {
            if (problems.isEmpty()) {
                problems.add(new Problem(top, 1, "the import rules are empty; they need 'source' and 'agreement'."));
            }
            return new Read(new ImportRules(name, new Source("", "", "", DateInterval.UNKNOWN, "", "", "", "", Spots.NONE),
                    none(top), none(top), none(top), List.of(), none(top),
                    List.of(), List.of(), false), problems);
        }
        Map<String, Origin> spots = new HashMap<>();
        Fields f = new Fields(map, "the import rules", KEYS, "", problems, spots);
        YMap sourceMap = f.map("source");
        Source source = new Source("", "", "", DateInterval.UNKNOWN, "", "", "", "", Spots.NONE);
        if (sourceMap != null) {
            source = new RecordBinder(problems, true).source(sourceMap);
        } else {
            f.required("source");
        }
        YMap agreement = f.map("agreement");
        Template type = none(map.at());
        Template level = type;
        Template signed = type;
        Template quote = type;
        List<Party> parties = new ArrayList<>();
        if (agreement == null) {
            f.required("agreement");
        } else {
            Map<String, Origin> as = new HashMap<>();
            Fields af = new Fields(agreement, "the agreement rule", AGREEMENT_KEYS, "", problems, as);
            type = new Template(af.required("type"), as.getOrDefault("type", agreement.at()));
            level = template(af, as, "level", agreement);
            signed = template(af, as, "signed", agreement);
            quote = template(af, as, "quote", agreement);
            List<YMap> maps = af.maps("parties");
            for (YMap p : maps) {
                if (p == null) {
                    continue;
                }
                Map<String, Origin> ps = new HashMap<>();
                Fields pf = new Fields(p, "a party", PARTY_KEYS, "", problems, ps);
                Party party = new Party(template(pf, ps, "id", p), template(pf, ps, "name", p),
                        template(pf, ps, "region", p), template(pf, ps, "country", p));
                if (party.id().absent() && (party.name().absent() || party.country().absent())) {
                    problems.add(new Problem(p.at(), 1, "a party needs an 'id', or a 'name' and a 'country'."));
                }
                parties.add(party);
            }
            if (maps.size() != 2) {
                problems.add(new Problem(as.getOrDefault("parties", agreement.at()), 1, "the agreement rule needs "
                        + "'parties': a list of two, e.g. - {name: \"{city1}\", country: \"{country1}\"}."));
            }
        }
        String fold = f.text("fold");
        if (!fold.isEmpty() && !fold.equals(FOLD_ACCENTS)) {
            problems.add(new Problem(spots.getOrDefault("fold", map.at()), fold.length(), "'fold' takes one value, "
                    + FOLD_ACCENTS + " (names that differ only in accents are one place); leave it out to keep "
                    + "them apart."));
        }
        return new Read(new ImportRules(name, source, type, level, signed, List.copyOf(parties), quote,
                names(f.map("countries"), "country of '%s' should be a country code such as GB", problems, CountryRule::new),
                names(f.map("places"), "place of '%s' should be a place id or a spelling such as Münster", problems, PlaceRule::new),
                fold.equals(FOLD_ACCENTS)), problems);
    }

    private static Template none(Origin at) {
        return new Template("", at);
    }

    private static Template template(Fields f, Map<String, Origin> spots, String key, YMap in) {
        return new Template(f.text(key), spots.getOrDefault(key, in.at()));
    }

    /** Each "value: target" of a map of names, made into a rule by {@code rule}; a target that is not text is a problem. */
    private static <R> List<R> names(YMap map, String what, List<Problem> problems, NameRule<R> rule) {
        List<R> out = new ArrayList<>();
        if (map == null) {
            return out;
        }
        for (Entry e : map.entries().values()) {
            if (e.value() instanceof YScalar s && !s.isNull()) {
                out.add(rule.of(e.key(), s.text().strip(), s.at()));
            } else {
                problems.add(new Problem(e.value().at(), 1, "the " + what.replace("%s", e.key()) + ", not "
                        + e.value().kind() + "."));
            }
        }
        return List.copyOf(out);
    }

    private interface NameRule<R> {
        R of(String name, String target, Origin at);
    }
}
