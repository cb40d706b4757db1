/**
 * {@code amity aggregate}: groups the selected records by one or two keys ({@code Buckets}: the keys a
 * value falls in, a date's years or decades certainly or possibly) and sums {@code Measure}s per group, a
 * cross-tab when asked; {@code RunningMeasures} keeps a group's measures as a sweep along the time
 * buckets adds and removes rows, so each bucket costs what changed.
 */
package amity.report.aggregate;
