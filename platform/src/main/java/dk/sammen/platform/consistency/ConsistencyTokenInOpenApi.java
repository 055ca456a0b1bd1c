package dk.sammen.platform.consistency;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.web.method.HandlerMethod;

/**
 * The {@code Consistency-Token} header in the OpenAPI document of every endpoint that honours it,
 * so a client generated from the document has it.
 */
final class ConsistencyTokenInOpenApi implements OperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        if (ReadYourWrites.readsFrom(handler).isPresent()) {
            operation.addParametersItem(new HeaderParameter().name(ConsistencyToken.HEADER).required(false)
                    .description("The Consistency-Token header of a change's answer, sent back unchanged: the answer reflects that "
                            + "change (the read waits for it, at most a few seconds, then 503 read-model-behind)")
                    .schema(new StringSchema().example("0b6f2c1e-8a4d-4c1b-9f3e-2d5a7b9c1e3f")));
        }
        return operation;
    }
}
