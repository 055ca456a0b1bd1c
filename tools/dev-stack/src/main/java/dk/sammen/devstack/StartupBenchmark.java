package dk.sammen.devstack;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code ./sammen bench startup}: how long each service takes from its process starting until it
 * reports ready, started alone (beside the identity provider, as every stack has it), and all four
 * started at once as {@code ./sammen up} starts them. Not a test: nothing is asserted.
 */
public final class StartupBenchmark {

    public static void main(String[] args) throws Exception {
        // Ports beside the ones ./sammen up uses, so a running stack is left alone.
        Map<String, Integer> all = new LinkedHashMap<>();
        LocalStack.DEFAULT_PORTS.forEach((service, port) -> all.put(service, port + 10_000));
        for (Map.Entry<String, Integer> service : all.entrySet()) {
            BenchmarkStack.run(Map.of(service.getKey(), service.getValue()), (stack, root) -> print(stack, "alone"));
        }
        BenchmarkStack.run(all, (stack, root) -> print(stack, "with the other three"));
    }

    private static void print(LocalStack stack, String how) {
        stack.startUpTimes().forEach((name, time) ->
                System.out.printf("[figures] %s started %s: ready in %.1f s%n", name, how, time.toMillis() / 1000.0));
    }
}
