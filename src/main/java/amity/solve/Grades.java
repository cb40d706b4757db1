package amity.solve;

import java.util.List;

/**
 * Every claim graded alone (against the records only) and jointly (against the claims of the first
 * largest set that can hold together; {@code setAside} names the others), both in claim order.
 */
public record Grades(List<Grade> alone, List<Grade> jointly, List<String> setAside, boolean stoppedEarly) {

    public Grades {
        alone = List.copyOf(alone);
        jointly = List.copyOf(jointly);
        setAside = List.copyOf(setAside);
    }
}
