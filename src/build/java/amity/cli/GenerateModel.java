package amity.cli;

import amity.io.AtomicFile;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Writes {@link CommandModel#RESOURCE} into the build's classes (Maven's process-classes phase): the
 * model of the root command and of every subcommand, read from their annotations.
 * Usage: GenerateModel CLASSES_DIR
 */
public final class GenerateModel {
    private GenerateModel() {
    }

    public static void main(String[] args) throws IOException, ReflectiveOperationException {
        List<CommandSpec> specs = fromAnnotations();
        Path target = Path.of(args[0], CommandModel.RESOURCE.substring(1));
        Files.createDirectories(target.getParent());
        AtomicFile.write(target, out -> CommandModel.write(specs, new DataOutputStream(out)));
    }

    /** The root command's and every subcommand's model, each read from its annotations alone. */
    static List<CommandSpec> fromAnnotations() throws ReflectiveOperationException {
        List<CommandSpec> specs = new ArrayList<>();
        specs.add(CommandSpec.forAnnotatedObject(new Amity(Env.system())));
        for (Class<?> c : Amity.COMMANDS) {
            specs.add(CommandSpec.forAnnotatedObject(c.getDeclaredConstructor().newInstance()));
        }
        return specs;
    }
}
