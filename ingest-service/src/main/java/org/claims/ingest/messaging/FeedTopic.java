package org.claims.ingest.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.jboss.logging.Logger;

/**
 * Creates the {@code feeds} topic, compacted, when it is missing. Otherwise the first write would have the
 * broker auto-create it with the default delete policy, and subscriptions would expire with the retention time.
 */
@ApplicationScoped
public class FeedTopic {
    private static final Logger LOG = Logger.getLogger(FeedTopic.class);
    /** As many partitions as the launcher gives it: up to 6 instances share the polling. */
    private static final int PARTITIONS = 6;
    private final KafkaClients clients;

    public FeedTopic(KafkaClients clients) {
        this.clients = clients;
    }

    public void ensure() {
        NewTopic topic = new NewTopic(FeedLog.TOPIC, Optional.of(PARTITIONS), Optional.empty())
                .configs(Map.of("cleanup.policy", "compact"));
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, clients.bootstrapServers(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000))) {
            admin.createTopics(List.of(topic)).all().get(15, TimeUnit.SECONDS);
            LOG.infof("Created the compacted topic %s", FeedLog.TOPIC);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                LOG.warnf("Could not create topic %s (%s); feeds are polled once it exists", FeedLog.TOPIC, e.getCause().getMessage());
            }
        } catch (TimeoutException | RuntimeException e) {
            LOG.warnf("Could not create topic %s (%s); feeds are polled once it exists", FeedLog.TOPIC, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
