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
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Build-time generator (run by Maven in process-classes): shell completion scripts from picocli's
 * AutoComplete (bash and zsh) and from the command model (fish), and AsciiDoc man page sources from
 * picocli-codegen's ManPageGenerator, all under the folder given, for the build to compare with
 * completions/ and man/.
 */
public final class GenerateDocs {
    private GenerateDocs() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        CommandLine cl = Amity.commandLine(new Env(Map.of(), System.in, false), new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()));
        Path completions = Files.createDirectories(out.resolve("completions"));
        String bash = AutoComplete.bash("amity", cl);
        write(completions.resolve("amity.bash"), bash);
        write(completions.resolve("amity.zsh"), "#compdef amity\n# zsh completion for amity: picocli's script, "
                + "loaded through zsh's bash completion support.\nautoload -U +X compinit && compinit\n"
                + "autoload -U +X bashcompinit && bashcompinit\n" + bash);
        write(completions.resolve("amity.fish"), FishCompletion.script(cl));
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
