package amity.check;

import amity.model.Dataset;
import amity.problem.Problem;
import java.util.List;

/** One validation of a loaded data set, returning every problem it finds. */
public interface Check {
    List<Problem> run(Dataset data);
}
