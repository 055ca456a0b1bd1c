package dk.sammen.platform.audit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an endpoint (or a controller) that touches no personal data (the offers catalogue,
 * aggregates), so calling it is not written to the audit trail. Everything else is: auditing is
 * the default, and a refused request is always recorded.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface NotPersonalData {
}
