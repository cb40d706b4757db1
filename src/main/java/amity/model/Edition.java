package amity.model;

/** One dated occurrence of a program: where it was held, under what title, and who reports it. */
public record Edition(DateInterval date, String place, String title, String source, String quote) {
}
