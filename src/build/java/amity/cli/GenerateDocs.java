package amity.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Build-time generator (run by Maven in process-classes): the bash, zsh and fish completion scripts
 * from one model of picocli's commands ({@link Completion}), and AsciiDoc man page sources from
 * picocli-codegen's ManPageGenerator (completed by {@link ManPageSections}), all under the folder
 * given, for the build to compare with completions/ and man/.
 */
public final class GenerateDocs {
    private GenerateDocs() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        CommandLine cl = Amity.commandLine(new Env(Map.of(), System.in, false), new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()));
        Path completions = Files.createDirectories(out.resolve("completions"));
        Completion model = Completion.of(cl);
        write(completions.resolve("amity.bash"), BashCompletion.script(model));
        write(completions.resolve("amity.zsh"), ZshCompletion.script(model));
        write(completions.resolve("amity.fish"), FishCompletion.script(model));
        Path adoc = Files.createDirectories(out.resolve("adoc"));
        // The synopsis on one line: man wraps it between options, where picocli would wrap inside a label.
        cl.setUsageHelpAutoWidth(false);
        cl.setUsageHelpWidth(1000);
        int status = ManPageGenerator.generateManPage(adoc.toFile(), null, new boolean[0], true, cl.getCommandSpec());
        if (status != 0) {
            throw new IllegalStateException("ManPageGenerator failed with status " + status);
        }
        List<String> pages = new ArrayList<>(List.of("amity"));
        cl.getSubcommands().keySet().forEach(name -> pages.add("amity-" + name));
        for (String page : pages) {
            Path f = adoc.resolve(page + ".adoc");
            write(f, ManPageSections.complete(Files.readString(f, StandardCharsets.UTF_8), page, pages));
        }
    }

    static void write(Path p, String text) throws IOException {
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }
}
