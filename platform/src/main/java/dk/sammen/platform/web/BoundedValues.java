package dk.sammen.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.CollectionType;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.function.Function;

/**
 * The Jackson module of the HTTP edge: every date, time and text of every request body is read
 * as usual and then held to {@link EdgeBounds}, and refused as a 400 naming the field otherwise.
 */
final class BoundedValues {

    private BoundedValues() {
    }

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("sammen-edge-bounds");
        module.addDeserializer(LocalDate.class, bounded(LocalDateDeserializer.INSTANCE, EdgeBounds::refusal, LocalDate.class));
        module.addDeserializer(Instant.class, bounded(InstantDeserializer.INSTANT, EdgeBounds::refusal, Instant.class));
        module.addDeserializer(OffsetDateTime.class, bounded(InstantDeserializer.OFFSET_DATE_TIME,
                time -> EdgeBounds.refusal(time.toInstant()), OffsetDateTime.class));
        module.addDeserializer(String.class, bounded(StringDeserializer.instance,
                text -> EdgeBounds.refusal(text, EdgeBounds.LONGEST_TEXT), String.class));
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type,
                                                                    BeanDescription description, JsonDeserializer<?> deserializer) {
                return new BoundedCollection(deserializer);
            }
        });
        return module;
    }

    private static <T> JsonDeserializer<T> bounded(JsonDeserializer<? extends T> reader, Function<T, @Nullable String> refusal, Class<T> type) {
        return new JsonDeserializer<>() {
            @Override
            public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                T value = reader.deserialize(parser, context);
                String refused = value == null ? null : refusal.apply(value);
                if (refused != null) {
                    throw new OutOfBounds(parser, refused, value, type);
                }
                return value;
            }

            @Override
            public Class<?> handledType() {
                return type;
            }
        };
    }

    /** A list or set of at most {@link EdgeBounds#LONGEST_LIST} items. */
    private static final class BoundedCollection extends DelegatingDeserializer {

        BoundedCollection(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new BoundedCollection(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Object value = super.deserialize(parser, context);
            if (value instanceof Collection<?> items && items.size() > EdgeBounds.LONGEST_LIST) {
                throw new OutOfBounds(parser, "must have at most " + EdgeBounds.LONGEST_LIST + " items", null, Collection.class);
            }
            return value;
        }
    }

    /** A value that reads, but is outside what the field can mean: the message is what it must be. */
    static final class OutOfBounds extends InvalidFormatException {

        OutOfBounds(JsonParser parser, String message, @Nullable Object value, Class<?> type) {
            super(parser, message, value instanceof String ? null : value, type);
        }
    }

}
