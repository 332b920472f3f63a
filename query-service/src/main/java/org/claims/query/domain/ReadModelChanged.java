package org.claims.query.domain;

/** CDI event fired after this instance committed claims or articles: caches drop, live subscribers read now. */
public record ReadModelChanged(boolean claims) {
}
