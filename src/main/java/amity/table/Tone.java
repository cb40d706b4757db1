package amity.table;

/** How a row reads at a glance; a terminal table may colour it, other formats ignore it. */
public enum Tone {
    NORMAL, GOOD, WARN, BAD, MUTED
}
