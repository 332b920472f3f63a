package org.claims.engine;

/**
 * Who a figure counts: canonical name, the article's words, the measure the noun implies (null when the
 * sentence must say it) and whether the noun is itself the measure ("morts", "refugees").
 */
record SubjectHit(String name, String text, String measure, boolean inherent, String noun, boolean national) {
}
