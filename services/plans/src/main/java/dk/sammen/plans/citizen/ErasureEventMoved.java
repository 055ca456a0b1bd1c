package dk.sammen.plans.citizen;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.stereotype.Component;

import java.util.function.Function;

/**
 * {@link CitizenErased} was stored under its first package's name ({@code dk.sammen.plans.erasure}):
 * such events load as the record they are now; their content is unchanged.
 */
@Component
class ErasureEventMoved extends SingleEventUpcaster {

    static final String STORED_AS = "dk.sammen.plans.erasure.CitizenErased";

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation stored) {
        return STORED_AS.equals(stored.getType().getName());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation stored) {
        return stored.upcastPayload(new SimpleSerializedType(CitizenErased.class.getName(), stored.getType().getRevision()),
                JsonNode.class, Function.identity());
    }
}
