package dk.sammen.platform.web;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.web.method.HandlerMethod;

import java.util.Arrays;

/**
 * {@code If-Match} in the OpenAPI document of every change that takes an {@link ExpectedVersion}:
 * required, so a client generated from the document sends the version it was shown (the
 * parameter itself is read from the header, not a query).
 */
final class IfMatchInOpenApi implements OperationCustomizer {

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(ExpectedVersion.class);
    }

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        if (Arrays.stream(handler.getMethodParameters()).anyMatch(p -> p.getParameterType() == ExpectedVersion.class)) {
            operation.addParametersItem(new HeaderParameter().name(ExpectedVersion.HEADER).required(true)
                    .description("The ETag of the version the change was made against, as read; \"*\" to change whatever version is "
                            + "there, on purpose. Without it: 428; a version changed since: 412")
                    .schema(new StringSchema().example("\"7\"")));
        }
        return operation;
    }
}
