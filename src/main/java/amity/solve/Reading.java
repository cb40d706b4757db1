package amity.solve;

import java.util.List;

/**
 * One largest set of claims that can hold together, named by the claims it sets aside (none when all
 * can hold), with the window each item of uncertain date gets under it (in item id order).
 */
public record Reading(List<String> setAside, List<Window> windows) {

    public Reading {
        setAside = List.copyOf(setAside);
        windows = List.copyOf(windows);
    }
}
