package dk.sammen.platform.consistency;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.springboot.EventProcessorProperties;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Refuses to start a service whose {@link ReadsFrom} names a processor it does not have, or one
 * kept in the command's transaction: a misspelt name would hold every read that sends a token for
 * the longest wait and then refuse it.
 */
final class ReadsFromCheck implements SmartInitializingSingleton {

    private final ApplicationContext context;
    private final EventProcessorProperties processors;

    ReadsFromCheck(ApplicationContext context, EventProcessorProperties processors) {
        this.context = context;
        this.processors = processors;
    }

    @Override
    public void afterSingletonsInstantiated() {
        Set<String> streaming = context.getBeansWithAnnotation(ProcessingGroup.class).values().stream()
                .map(bean -> AnnotatedElementUtils.findMergedAnnotation(bean.getClass(), ProcessingGroup.class))
                .filter(Objects::nonNull)
                .map(ProcessingGroup::value)
                .filter(group -> !subscribing(group))
                .collect(Collectors.toSet());
        List<String> wrong = new ArrayList<>();
        context.getBeansOfType(RequestMappingHandlerMapping.class).values().forEach(mapping ->
                mapping.getHandlerMethods().forEach((info, method) -> ReadYourWrites.readsFrom(method).ifPresent(groups -> {
                    for (String group : groups) {
                        if (!streaming.contains(group)) {
                            wrong.add(method.getShortLogMessage() + " reads from '" + group + "'");
                        }
                    }
                })));
        if (!wrong.isEmpty()) {
            throw new IllegalStateException("@ReadsFrom names no streaming processor of this service (known: " + streaming + "): " + wrong);
        }
    }

    private boolean subscribing(String group) {
        EventProcessorProperties.ProcessorSettings settings = processors.getProcessors().get(group);
        return settings != null && settings.getMode() == EventProcessorProperties.Mode.SUBSCRIBING;
    }
}
