package dk.sammen.referrals.underretning;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

@Configuration
class DeadlineConfiguration {

    @Bean
    DeadlineRules deadlineRules(@Value("${sammen.referrals.deadlines.assessment-within:PT24H}") Duration assessmentWithin,
                                @Value("${sammen.referrals.deadlines.receipt-working-days:6}") int receiptWorkingDays) {
        return new DeadlineRules(assessmentWithin, receiptWorkingDays);
    }
}
