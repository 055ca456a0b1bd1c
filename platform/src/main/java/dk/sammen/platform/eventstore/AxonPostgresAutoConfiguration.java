package dk.sammen.platform.eventstore;

import dk.sammen.platform.PlatformMigrations;
import dk.sammen.platform.personaldata.DataKeys;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.SnapshotterSpanFactory;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.spring.eventsourcing.SpringAggregateSnapshotter;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.axonframework.springboot.autoconfig.JdbcAutoConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.concurrent.Executors;


/**
 * Axon's JDBC event store on the service's own PostgreSQL: tables created by Flyway
 * ({@code db/platform}, snake_case, bytea payloads, BIGSERIAL global index), Jackson serialization
 * (set in the platform defaults), and tracking processors for every handler.
 */
@AutoConfiguration(before = {JdbcAutoConfiguration.class, AxonAutoConfiguration.class})
@ConditionalOnClass(EventStorageEngine.class)
public class AxonPostgresAutoConfiguration {

    static final String PLATFORM_MIGRATIONS = "classpath:db/platform";
    static final int DEFAULT_BATCH_SIZE = 100;

    @Bean
    EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable("domain_event_entry")
                .snapshotTable("snapshot_event_entry")
                .globalIndexColumn("global_index")
                .timestampColumn("time_stamp")
                .eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .build();
    }

    /** See {@link AggregateCache}; an aggregate uses it by naming it in {@code @Aggregate(cache = AggregateCache.BEAN)}. */
    @Bean(AggregateCache.BEAN)
    AggregateCache aggregateCache(JdbcClient jdbc, ObjectProvider<DataKeys> keys,
                                  @Value("${sammen.aggregate-cache.max-entries:2000}") long maxEntries,
                                  @Value("${sammen.aggregate-cache.idle-expiry:PT10M}") Duration idleExpiry) {
        AggregateCache cache = new AggregateCache(jdbc, maxEntries, idleExpiry);
        keys.ifAvailable(dataKeys -> dataKeys.whenErased(cache::removeAllNowAndAfterTransaction));
        return cache;
    }

    /**
     * Axon's snapshotter, taking snapshots on a thread of its own after the command's commit
     * (Axon's default runs them on the thread of the request that crossed the threshold, which
     * waits for it). A daemon: a snapshot cut off at shutdown rolls back and is taken again later.
     */
    @Bean
    SpringAggregateSnapshotter aggregateSnapshotter(org.axonframework.config.Configuration configuration,
                                                    HandlerDefinition handlerDefinition,
                                                    ParameterResolverFactory parameterResolverFactory, EventStore eventStore,
                                                    TransactionManager transactionManager, SnapshotterSpanFactory spanFactory) {
        return SpringAggregateSnapshotter.builder()
                .repositoryProvider(configuration::repository)
                .transactionManager(transactionManager)
                .eventStore(eventStore)
                .parameterResolverFactory(parameterResolverFactory)
                .handlerDefinition(handlerDefinition)
                .spanFactory(spanFactory)
                .executor(Executors.newSingleThreadExecutor(Thread.ofPlatform().name("snapshotter").daemon().factory()))
                .build();
    }

    /** Replaces Axon's resolver (see {@link PostgresDuplicateKeys}); the event store and the token store use it. */
    @Bean
    PersistenceExceptionResolver postgresDuplicateKeys() {
        return new PostgresDuplicateKeys();
    }

    @Bean
    TokenSchema tokenSchema() {
        return TokenSchema.builder()
                .setTokenTable("token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("timestamp")
                .setOwnerColumn("owner")
                .build();
    }

    @Bean
    DeadLetterSchema deadLetterSchema() {
        return DeadLetterSchema.builder()
                .deadLetterTable("dead_letter_entry")
                .deadLetterIdentifierColumn("dead_letter_identifier")
                .processingGroupColumn("processing_group")
                .sequenceIdentifierColumn("sequence_identifier")
                .sequenceIndexColumn("sequence_index")
                .messageTypeColumn("message_type")
                .eventIdentifierColumn("event_identifier")
                .timestampColumn("timestamp")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .aggregateTypeColumn("type")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .tokenTypeColumn("token_type")
                .tokenColumn("token")
                .enqueuedAtColumn("enqueued_at")
                .lastTouchedColumn("last_touched")
                .processingStartedColumn("processing_started")
                .causeTypeColumn("cause_type")
                .causeMessageColumn("cause_message")
                .diagnosticsColumn("diagnostics")
                .build();
    }

    /**
     * Every processor is a tracking one: replayable, and it wakes the moment an event is committed
     * in this instance (it waits on the embedded event store, which is told of every commit), where
     * a pooled processor on a JDBC store re-checks every 500 ms. A batch is one transaction. An event
     * a handler fails on is never logged and skipped (Axon's default), which would leave a read
     * model wrong or a policy's command unsent for good: the failure propagates, and the processor
     * backs off and retries from its last stored token.
     */
    @Bean
    ConfigurerModule trackingProcessors() {
        return configurer -> configurer.eventProcessing()
                .usingTrackingEventProcessors()
                .registerTrackingEventProcessorConfiguration(c -> TrackingEventProcessorConfiguration
                        .forSingleThreadedProcessing()
                        .andBatchSize(DEFAULT_BATCH_SIZE))
                .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance());
    }

    /** The event-store schema migrates with the service's own, in one Flyway history. */
    @Bean
    FlywayConfigurationCustomizer axonEventStoreMigrations() {
        return PlatformMigrations.adding(PLATFORM_MIGRATIONS, true);
    }
}
