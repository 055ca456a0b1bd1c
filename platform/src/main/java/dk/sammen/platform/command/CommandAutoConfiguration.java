package dk.sammen.platform.command;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;

/** What every command-handling service's API needs: idempotent creation and 412 on stale versions. */
@AutoConfiguration
@ConditionalOnClass(CommandGateway.class)
@ConditionalOnWebApplication
public class CommandAutoConfiguration {

    @Bean
    IdempotentCreation idempotentCreation(JdbcClient jdbc, PlatformTransactionManager transactions, ObjectMapper json,
                                          @Value("${sammen.idempotency.key-lifetime:P1D}") Duration keyLifetime) {
        return new IdempotentCreation(jdbc, new TransactionTemplate(transactions), json, keyLifetime);
    }

    @Bean
    CommandProblemsAdvice commandProblemsAdvice() {
        return new CommandProblemsAdvice();
    }
}
