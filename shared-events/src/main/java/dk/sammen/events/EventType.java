package dk.sammen.events;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The versioned CloudEvent {@code type} of an integration event, e.g.
 * {@code dk.sammen.plans.course-opened.v1}. Its JSON Schema is {@code schemas/<type>.json}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {
    String value();
}
