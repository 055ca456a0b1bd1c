package dk.sammen.platform.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OpenApiCustomizer;

import java.util.List;
import java.util.Map;

/**
 * Gives every schema property of the OpenAPI document an example, so front-end teams see a
 * complete, valid request for every endpoint. Fields with a domain example of their own
 * ({@code @Schema(example = …)}) keep it; ids, dates, enums and numbers get a consistent one.
 */
class OpenApiExamples implements OpenApiCustomizer {

    static final String ID = "5f0c6a4e-2b1d-4c1e-9a53-7b1f3c2d9e10";

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
            return;
        }
        openApi.getComponents().getSchemas().values().forEach(schema -> {
            Map<String, Schema> properties = schema.getProperties();
            if (properties != null) {
                properties.values().forEach(OpenApiExamples::exemplify);
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static void exemplify(Schema property) {
        if (property.getExample() != null || property.get$ref() != null) {
            return;
        }
        Object example = exampleOf(property);
        if (example == null && "array".equals(typeOf(property)) && property.getItems() != null) {
            Object item = exampleOf(property.getItems());
            example = item == null ? null : List.of(item);
        }
        if (example != null) {
            property.setExample(example);
        }
    }

    /** OpenAPI 3.0 has one type, 3.1 a set of them. */
    private static String typeOf(Schema<?> schema) {
        if (schema.getType() != null) {
            return schema.getType();
        }
        return schema.getTypes() == null ? "" : schema.getTypes().stream().filter(t -> !"null".equals(t)).findFirst().orElse("");
    }

    private static @Nullable Object exampleOf(Schema<?> schema) {
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            return schema.getEnum().get(0);
        }
        String format = schema.getFormat() == null ? "" : schema.getFormat();
        return switch (format) {
            case "uuid" -> ID;
            case "date" -> "2025-05-01";
            case "date-time" -> "2025-05-01T08:30:00Z";
            default -> switch (typeOf(schema)) {
                case "boolean" -> true;
                case "integer", "number" -> schema.getMinimum() == null ? 1 : schema.getMinimum();
                default -> null;
            };
        };
    }
}
