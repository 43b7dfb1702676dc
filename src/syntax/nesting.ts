/**
 * How deep parentheses nest: what the parser accepts, and what the text
 * watkit writes uses at most (raise and the formatter write deeper code
 * flat), so everything watkit prints parses back with the default limit.
 */

/**
 * The parser and the builder recurse once per parenthesis; with Node's
 * default stack they handle about 1800 levels of folded nesting. This
 * leaves room for callers that are deep in their own stack.
 */
export const DEFAULT_MAX_DEPTH = 1000;

/**
 * Parentheses a folded instruction nests at most (raise writes deeper code
 * flat). Well below what the parser accepts (`DEFAULT_MAX_DEPTH`), with room
 * for the module and the function around the code.
 */
export const MAX_FOLDED_DEPTH = 200;
