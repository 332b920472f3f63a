package org.claims.query.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.claims.common.DeadLetter;
import org.claims.model.Article;
import org.claims.model.Claim;
import org.claims.query.domain.ReadModelChanged;
import org.claims.query.persistence.ClaimStore;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Materialises both topics. Batches are written in one transaction each and acknowledged (so their offsets
 * committed) only after that transaction committed: at-least-once delivery, exactly-once effect. One record,
 * one fate: a claim that breaks the contract, or that the database refuses for good, goes alone to
 * {@code claims-dlq} and the partition moves on; only transient database failures hold the batch.
 */
@ApplicationScoped
public class ReadModelWriter {
    private static final Logger LOG = Logger.getLogger(ReadModelWriter.class);
    private final ClaimStore store;
    private final EventReader reader;
    private final Transactions transactions;
    private final ClaimDeadLetters deadLetters;
    private final Event<ReadModelChanged> changed;

    public ReadModelWriter(ClaimStore store, EventReader reader, Transactions transactions,
                           ClaimDeadLetters deadLetters, Event<ReadModelChanged> changed) {
        this.store = store;
        this.reader = reader;
        this.transactions = transactions;
        this.deadLetters = deadLetters;
        this.changed = changed;
    }

    @Incoming("claims")
    @Blocking
    public void claims(ConsumerRecords<String, String> records) throws InterruptedException {
        List<DeadLetter> rejected = new ArrayList<>();
        Map<ConsumerRecord<String, String>, Claim> claims = read(records, reader::claim, rejected);
        if (!claims.isEmpty()) {
            rejected.addAll(storeAll("claims", claims, store::storeClaims));
            changed.fire(new ReadModelChanged(true));
        }
        deadLetters.send(rejected);
    }

    /** Articles are dead-lettered by extract-service already; here one that cannot be stored is only skipped. */
    @Incoming("articles")
    @Blocking
    public void articles(ConsumerRecords<String, String> records) {
        List<DeadLetter> rejected = new ArrayList<>();
        Map<ConsumerRecord<String, String>, Article> articles = read(records, reader::article, rejected);
        if (!articles.isEmpty()) {
            rejected.addAll(storeAll("articles", articles, store::storeArticles));
            changed.fire(new ReadModelChanged(false));
        }
        rejected.forEach(l -> LOG.warnf("Skipping article record %s-%d@%d: %s",
                l.record().topic(), l.record().partition(), l.record().offset(), l.reason()));
    }

    private static <T> Map<ConsumerRecord<String, String>, T> read(ConsumerRecords<String, String> records,
                                                                  Function<String, T> reader, List<DeadLetter> rejected) {
        Map<ConsumerRecord<String, String>, T> events = new LinkedHashMap<>();
        for (ConsumerRecord<String, String> r : records) {
            try {
                events.put(r, reader.apply(r.value()));
            } catch (InvalidEventException e) {
                rejected.add(DeadLetter.of(r, e));
            }
        }
        return events;
    }

    /**
     * The whole batch in one transaction; if the database refuses it for good, each record in its own, so that
     * only the records it refuses are rejected.
     */
    private <T> List<DeadLetter> storeAll(String what, Map<ConsumerRecord<String, String>, T> events, Consumer<List<T>> write) {
        try {
            transactions.run(events.size() + " " + what, () -> write.accept(List.copyOf(events.values())));
            return List.of();
        } catch (TransientDatabaseException e) {
            throw e;
        } catch (RuntimeException batchFailure) {
            List<DeadLetter> rejected = new ArrayList<>();
            events.forEach((record, event) -> {
                try {
                    transactions.run("1 of " + what, () -> write.accept(List.of(event)));
                } catch (TransientDatabaseException e) {
                    throw e;
                } catch (RuntimeException e) {
                    Throwable root = TransientFailures.root(e);
                    rejected.add(new DeadLetter(record, "the database refused it: " + root.getMessage(), root.getClass().getName()));
                }
            });
            return rejected;
        }
    }
}
