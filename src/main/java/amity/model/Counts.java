package amity.model;

/**
 * How a figure is derived from the records: which record type, from whose side ({@code of}, a place id
 * or ""), which records (a query expression, "" for all), and what is counted ({@code distinct}: a field
 * whose distinct values are counted, or "" to count records).
 */
public record Counts(String type, String of, String where, String distinct) {
}
