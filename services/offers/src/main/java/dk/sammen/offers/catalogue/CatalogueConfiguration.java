package dk.sammen.offers.catalogue;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration
class CatalogueConfiguration {

    @Bean
    TransactionTemplate catalogueImportTransactions(PlatformTransactionManager transactions) {
        return new TransactionTemplate(transactions);
    }
}
