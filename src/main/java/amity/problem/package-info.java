/**
 * Something wrong in the data, located: a {@code Problem} is one error with the {@code Origin} of the
 * value at fault, and {@code ProblemFormat} writes it as {@code file:line:column: sentence}, the
 * offending line and a caret under the value. Read, check, query and import report through it; the
 * {@code check} command and a failed load print through it.
 */
package amity.problem;
