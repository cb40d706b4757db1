/**
 * The expression language of {@code filter}, {@code --where} and counts rules ({@code Lexer},
 * {@code Parser}, the {@code Node} tree, {@code Expression}'s three-valued evaluation) and the fields
 * each record type exposes to it ({@code RecordFields}, one {@code Catalog} per type, {@code Value}s
 * in {@code Row}s); {@code CountsRules} checks every figure's counts rule against it.
 *
 * <p>To add a queryable field: one entry in {@code RecordFields} for its record type (name, type, how
 * to read it off the record); {@code amity fields}, completion and {@code --fields} follow. To add
 * an operator: the lexer's token, the parser's rule, a {@code Node}, its evaluation, and a case in
 * {@code ExpressionTest}.
 */
package amity.query;
