package dk.sammen.analytics.access;

import io.swagger.v3.oas.annotations.Parameter;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The {@code centre} an aggregate is asked for, documented once for every aggregate ({@link CentreScopes}). */
@Parameter(description = "Only this centre's figures: the courses its tovholders hold, their young people, the offers it owns. "
        + "An analyst may name any centre or none (the whole municipality); a centre leader gets their own centre's, "
        + "and 403 for another's", example = "C_ARB")
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface ForCentre {
}
