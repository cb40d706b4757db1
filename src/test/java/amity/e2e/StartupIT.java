package amity.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a short run loads, through the built jar without any archive: --help and --version must
 * not touch the YAML or JSON stacks (start-up is most of what a script or cron job feels). On the
 * JDK under test ({@link Jdk}).
 */
class StartupIT {
    static final String JAVA = Jdk.JAVA;

    @ParameterizedTest
    @ValueSource(strings = {"--version", "--help", "list --help", "reconcile --help"})
    void helpAndVersionLoadNoYamlOrJsonClasses(String args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of(JAVA, "-Xshare:off", "-Xlog:class+load=info:stdout",
                "-jar", Jdk.JAR.toString()));
        cmd.addAll(List.of(args.split(" ")));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        List<String> loaded = out.lines().filter(l -> l.contains("[class,load]")).toList();
        assertThat(loaded).as("classes loaded").hasSizeGreaterThan(100);
        assertThat(loaded).filteredOn(l -> l.contains("com.fasterxml") || l.contains("org.yaml")).isEmpty();
        assertThat(loaded).anyMatch(l -> l.contains(" picocli.CommandLine "));
    }

    /**
     * The command model is rebuilt from the description the build wrote (amity.cli.CommandModel), not
     * read from annotations: reading them defines proxy classes at run time, which no archive keeps.
     */
    @ParameterizedTest
    @ValueSource(strings = {"--version", "--help", "help list", "list agreements --format csv", "reconcile",
        "aggregate agreements --by year", "show beijing", "fields agreements", "check"})
    void noCommandDefinesAProxyClass(String args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of(JAVA, "-Xlog:class+load=info:stdout", "-jar",
                Jdk.JAR.toString()));
        cmd.addAll(List.of(args.split(" ")));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out.lines().filter(l -> !l.contains("[class,load]")).toList().toString())
                .isZero();
        List<String> loaded = out.lines().filter(l -> l.contains("[class,load]")).toList();
        assertThat(loaded).anyMatch(l -> l.contains(" amity.cli.CommandModel "));
        assertThat(loaded).filteredOn(l -> l.contains("__dynamic_proxy__") || l.contains("$Proxy")).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void picocliIsShippedAsJava17ClassesSoTheArchiveCanHoldThem() throws Exception {
        try (var jar = new java.util.jar.JarFile(Jdk.JAR.toFile())) {
            for (String name : List.of("picocli/CommandLine.class", "picocli/CommandLine$Model$CommandSpec.class")) {
                try (var in = jar.getInputStream(jar.getEntry(name))) {
                    byte[] head = in.readNBytes(8);
                    // CDS and the AOT cache skip classes older than version 50; picocli's own jar has 49.
                    assertThat(((head[6] & 0xff) << 8) | (head[7] & 0xff)).as(name).isEqualTo(61);
                }
            }
        }
    }
}
