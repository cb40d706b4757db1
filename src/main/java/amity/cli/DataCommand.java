package amity.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** What every command that reads the data shares: the root command, its streams, and --data. */
abstract class DataCommand implements Callable<Integer> {
    @ParentCommand
    Amity amity;

    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions data;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** The checked data; any problem in it ends the run with exit 65, all problems printed. */
    Loader.Loaded load() {
        return amity.load(data, err());
    }
}
