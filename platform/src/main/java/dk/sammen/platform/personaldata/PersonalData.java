package dk.sammen.platform.personaldata;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field of a stored event that describes a person in words (a goal in the young
 * person's own words, a meeting's summary, a name): it is stored encrypted under the data key
 * of the event's {@link DataSubject}, so erasing that key erases the words everywhere the event
 * is kept. Read back after erasure, a text is {@link #ERASED}; any other value (a birth date, a
 * record of facts) is null.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@JacksonAnnotationsInside
@JsonSerialize(using = PersonalDataSerializer.class)
@JsonDeserialize(using = PersonalDataDeserializer.class)
public @interface PersonalData {

    /** What an erased text reads as. */
    String ERASED = "[slettet]";
}
