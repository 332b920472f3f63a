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

    @Test
    void anExpiredValueIsServedWhileAnotherCallerRecomputesIt() throws Exception {
        TtlCache<Integer> cache = new TtlCache<>(Duration.ofNanos(1), 10, true);
        cache.get(List.of("a"), () -> 1);
        java.util.concurrent.CountDownLatch computing = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        var refresh = java.util.concurrent.CompletableFuture.supplyAsync(() -> cache.get(List.of("a"), () -> {
            computing.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return 2;
        }));
        computing.await();
        assertThat(cache.get(List.of("a"), () -> 3)).isEqualTo(1);
        release.countDown();
        assertThat(refresh.get()).isEqualTo(2);
    }

    @Test
    void clearForgetsEveryValue() {
        TtlCache<Integer> cache = new TtlCache<>(Duration.ofHours(1));
        cache.get(List.of("a"), () -> 1);
        cache.clear();
        assertThat(cache.get(List.of("a"), () -> 2)).isEqualTo(2);
    }
}
