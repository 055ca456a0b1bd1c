package dk.sammen.platform.consistency;

import dk.sammen.platform.web.InvalidInputException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * Holds a read that carries a {@link ConsistencyToken#HEADER} until the processors named by the
 * endpoint's {@link ReadsFrom} have taken in that write, for at most {@code maxWait}; then the read
 * is refused as not caught up (503, try again) rather than answered with what the front end just
 * changed missing. A read without the header is answered at once, as before.
 */
final class ReadYourWrites implements HandlerInterceptor {

    private static final Duration FIRST_PAUSE = Duration.ofMillis(2);
    private static final Duration LONGEST_PAUSE = Duration.ofMillis(25);

    private final ProcessorPositions positions;
    private final Duration maxWait;

    ReadYourWrites(ProcessorPositions positions, Duration maxWait) {
        this.positions = positions;
        this.maxWait = maxWait;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws InterruptedException {
        String token = request.getHeader(ConsistencyToken.HEADER);
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (token == null || !read || !(handler instanceof HandlerMethod method)) {
            return true;
        }
        Optional<String[]> processors = readsFrom(method);
        if (processors.isEmpty()) {
            return true;
        }
        long position = positions.positionOf(validated(token)).orElseThrow(() -> new InvalidInputException(ConsistencyToken.HEADER,
                "is not the Consistency-Token of a change made through this service; send back the header of this service's answer"));
        awaitProcessors(processors.get(), position);
        return true;
    }

    static Optional<String[]> readsFrom(HandlerMethod method) {
        ReadsFrom onMethod = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), ReadsFrom.class);
        ReadsFrom marked = onMethod != null ? onMethod : AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), ReadsFrom.class);
        return Optional.ofNullable(marked).map(ReadsFrom::value);
    }

    private static String validated(String token) {
        try {
            return UUID.fromString(token).toString().equals(token.toLowerCase()) ? token : invalid();
        } catch (IllegalArgumentException e) {
            return invalid();
        }
    }

    private static String invalid() {
        throw new InvalidInputException(ConsistencyToken.HEADER, "must be the Consistency-Token header of a change's answer, sent back unchanged");
    }

    private void awaitProcessors(String[] processors, long position) throws InterruptedException {
        long deadline = System.nanoTime() + maxWait.toNanos();
        Duration pause = FIRST_PAUSE;
        for (String processor : processors) {
            while (!positions.passed(processor, position)) {
                if (System.nanoTime() >= deadline) {
                    throw new ReadModelBehindException(processor, maxWait);
                }
                Thread.sleep(pause);
                pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
            }
        }
    }
}
