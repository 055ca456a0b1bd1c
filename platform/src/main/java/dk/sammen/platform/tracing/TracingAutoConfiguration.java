package dk.sammen.platform.tracing;

import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One trace from the HTTP request to analytics: the command carries the request's trace context
 * in its metadata, Axon copies it to every event the command stores, the relay continues it when
 * it publishes the event, and Kafka's observation carries it in the record's headers.
 */
@AutoConfiguration(afterName = "org.springframework.boot.actuate.autoconfigure.tracing.MicrometerTracingAutoConfiguration")
public class TracingAutoConfiguration {

    @Bean
    TraceContexts traceContexts(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        return new TraceContexts(tracer.getIfAvailable(), propagator.getIfAvailable());
    }

    /** Only in the services that write with Axon (analytics does not). */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(CommandBus.class)
    static class AxonMessages {

        /** Axon copies these metadata keys from a command to the events it causes. */
        @Bean
        CorrelationDataProvider traceContextCorrelation() {
            return new SimpleCorrelationDataProvider(TraceContexts.TRACEPARENT, "tracestate");
        }

        /** Axon's own correlation and causation ids, which a provider of our own would otherwise replace. */
        @Bean
        CorrelationDataProvider messageOriginProvider() {
            return new MessageOriginProvider();
        }

        @Bean
        SmartInitializingSingleton traceContextOnCommands(ObjectProvider<CommandBus> commandBus, TraceContexts traces) {
            return () -> commandBus.ifAvailable(bus -> bus.registerDispatchInterceptor(new TraceContextOnCommands(traces)));
        }
    }
}
