/** The expression language (lexer, parser, AST, three-valued evaluator) and the fields each record type exposes. */
package amity.query;
