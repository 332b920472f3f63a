package org.claims.engine.numbers;

import org.claims.model.Qualifier;

/**
 * A figure found in a sentence (part: introduced by "dont"/"including", a share of a figure just given): tokens [first, last) hold the number itself, [start, end) the body
 * characters of the whole quantity including its qualifier.
 */
public record Quantity(int first, int last, long low, long high, Qualifier qualifier, int start, int end,
                       boolean yearLike, boolean small, boolean vague, boolean part) {
}
