package dk.sammen.platform.consistency;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the streaming processors that keep the read models an endpoint answers from. A request to
 * it carrying a {@link ConsistencyToken#HEADER} is answered once every one of them has taken in the
 * write the token stands for. An endpoint that reads the aggregate or a model kept in the command's
 * own transaction (a subscribing processor) needs no mark: it is never behind.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface ReadsFrom {

    /** The processing groups, as in {@code @ProcessingGroup}. */
    String[] value();
}
