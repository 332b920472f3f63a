package org.claims.query.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TtlCacheTest {

    @Test
    void aValueIsReusedWithinTheTtlPerKey() {
        TtlCache<Integer> cache = new TtlCache<>(Duration.ofHours(1));
        AtomicInteger computed = new AtomicInteger();
        assertThat(cache.get(List.of("a"), computed::incrementAndGet)).isEqualTo(1);
        assertThat(cache.get(List.of("a"), computed::incrementAndGet)).isEqualTo(1);
        assertThat(cache.get(List.of("b"), computed::incrementAndGet)).isEqualTo(2);
    }

    @Test
    void aZeroTtlComputesEveryTime() {
        TtlCache<Integer> cache = new TtlCache<>(Duration.ZERO);
        AtomicInteger computed = new AtomicInteger();
        cache.get(List.of("a"), computed::incrementAndGet);
        assertThat(cache.get(List.of("a"), computed::incrementAndGet)).isEqualTo(2);
    }
}
