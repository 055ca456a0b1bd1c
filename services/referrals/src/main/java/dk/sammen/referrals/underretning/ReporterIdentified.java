package dk.sammen.referrals.underretning;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A reporter is named unless they are a private citizen who chose anonymity; professionals cannot
 * be anonymous. The violation names {@code reporter.name} or {@code reporter.anonymous}.
 */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ReporterIdentified.Validator.class)
@interface ReporterIdentified {

    String message() default "must name the reporter";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ReporterIdentified, ReceiveUnderretningRequest.Reporter> {
        @Override
        public boolean isValid(ReceiveUnderretningRequest.Reporter reporter, ConstraintValidatorContext context) {
            if (reporter == null || reporter.kind() == null) {
                return true;
            }
            String property = null;
            String message = null;
            if (reporter.anonymous() && reporter.kind().isProfessional()) {
                property = "anonymous";
                message = "a professional reporter cannot be anonymous";
            } else if (!reporter.anonymous() && (reporter.name() == null || reporter.name().isBlank())) {
                property = "name";
                message = "must name the reporter (only a private citizen may be anonymous)";
            }
            if (property == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(message).addPropertyNode(property).addConstraintViolation();
            return false;
        }
    }
}
