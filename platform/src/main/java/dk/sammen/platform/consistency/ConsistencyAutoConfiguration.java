package dk.sammen.platform.consistency;

import org.axonframework.eventhandling.EventBus;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.EventProcessorProperties;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.time.Duration;

/**
 * Read-your-writes in every service with an event store and an API: commands answer a
 * {@link ConsistencyToken}, and endpoints marked {@link ReadsFrom} honour it.
 */
@AutoConfiguration
@ConditionalOnClass(EventBus.class)
@ConditionalOnWebApplication
public class ConsistencyAutoConfiguration {

    @Bean
    SmartInitializingSingleton consistencyTokenOnCommands(ObjectProvider<EventBus> eventBus) {
        return () -> eventBus.ifAvailable(bus -> bus.registerDispatchInterceptor(new ConsistencyToken()));
    }

    @Bean
    WebMvcConfigurer readYourWrites(JdbcClient jdbc, Serializer serializer,
                                    @Value("${sammen.read-your-writes.max-wait:3s}") Duration maxWait) {
        ReadYourWrites readYourWrites = new ReadYourWrites(new ProcessorPositions(jdbc, serializer), maxWait);
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(readYourWrites);
            }
        };
    }

    @Bean
    ReadsFromCheck readsFromCheck(ApplicationContext context, EventProcessorProperties processors) {
        return new ReadsFromCheck(context, processors);
    }

    @Bean
    OperationCustomizer consistencyTokenInOpenApi() {
        return new ConsistencyTokenInOpenApi();
    }

    @Bean
    ReadModelBehindAdvice readModelBehindAdvice() {
        return new ReadModelBehindAdvice();
    }
}
