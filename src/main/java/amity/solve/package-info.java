/**
 * Joint reasoning over figures: each figure, series step, rank and breakdown is a {@link amity.solve.Claim}
 * on the signing dates of {@link amity.solve.Item}s, and {@link amity.solve.Joint} answers, within a
 * {@link amity.solve.Budget}, whether they can all hold, which smallest sets cannot, the window each
 * uncertain date is implied to lie in (and which claims bound each end), and how every claim grades
 * alone and jointly. Depends only on amity.model and Choco-solver.
 *
 * <p>Why Choco-solver 4.10.18 rather than Sat4j 2.3.1, measured on a prototype (10 uncertain dates,
 * 30 "count of items signed by D ≥ k" constraints; JDK 17, -XX:TieredStopAtLevel=1 -XX:+UseSerialGC,
 * 2 shared cores):
 * <ul>
 * <li>expressiveness: Choco has day variables, reified {@code day ≤ D} with D itself a variable (an as-of
 *     of {@code 2021/2022}), {@code day_a < day_b} for ranks, weighted sums within bounds, maximum (for
 *     distinct counts) and min/max objectives (for implied windows) as they are. Sat4j 2.3.1's core has
 *     clauses and cardinality only: dates would need a hand-written order encoding, variable as-of dates
 *     and ranks a hand-written comparison encoding, and weighted sums the separate sat4j-pb module.</li>
 * <li>jar size: Choco with all its dependencies is 6.2 MB (choco-solver 2.1 MB, trove4j 2.5 MB, jgrapht
 *     1.1 MB, automaton, jheaps, sizeof, slf4j-api); the constraints amity posts need only choco-solver
 *     and trove4j, so pom.xml excludes the rest and the shaded jar grows by 4.6 MB (to 9.9 MB); Sat4j
 *     would add 0.27 MB.</li>
 * <li>start-up, first model built and solved in a fresh JVM: Choco 85 ms without a CDS archive,
 *     50 ms with one (a dynamic CDS archive, as bin/amity keeps); Sat4j 20 ms and 16 ms. Later models
 *     of the same size: Choco 4 ms, Sat4j 1 ms.</li>
 * <li>bounding the work: both stop on a time limit; Choco also on a count of failures, the same point
 *     on every machine and load, and says so ({@code Solver.isStopCriterionMet}). amity uses only the
 *     count ({@link amity.solve.Budget}), so an answer never depends on the clock.</li>
 * <li>explanations: both ship a QuickXplain, but Choco's reads a search stopped by a limit as a conflict
 *     and Sat4j's gives up with a TimeoutException, so amity runs its own three-valued QuickXplain and
 *     the MARCO walk (minimal conflicting and largest satisfiable sets) with the solver as oracle.</li>
 * </ul>
 * Choco costs about 35 ms more at start-up, within the 100 ms the issue allows, and saves every
 * hand-written encoding.
 *
 * <p>Cost of the whole analysis ({@code amity.solve.JointBench} in the tests; same JVM flags; machine
 * loaded about 4x by other builds, so unloaded figures are lower): on a problem the size of the shipped
 * data (60 items of which 10 uncertain, 34 claims, 4 minimal conflicts) the model takes 140-190 ms to
 * build in a fresh JVM (class loading and first use of Choco: 135 ms with a dynamic CDS archive that
 * holds Choco's classes, 2-3 ms once warm), feasible 9 ms,
 * conflicts 65 ms (47 solver calls), implied windows with their bounding claims 80 ms (192 calls),
 * grades alone and jointly 100 ms (193 calls): 420-460 ms in all, 190-220 ms when warm. On 100k items
 * of which 10 uncertain (10 claims), only those 10 are variables: model 140-290 ms (mostly sorting and
 * folding the 100k constants), every query together under 25 ms. So on the shipped data the feasibility
 * check and the conflicts fit the 100 ms budget once the startup archive holds Choco's classes, while
 * implied windows and grades do not yet: they are the queries to run on demand ({@code --implied},
 * {@code --explain}), or to cut further (fewer calls per window end; grading alone by arithmetic).
 */
package amity.solve;
