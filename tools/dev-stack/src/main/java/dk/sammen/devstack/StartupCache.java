package dk.sammen.devstack;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Starts a service from an ahead-of-time class cache, made once per jar: the jar is extracted
 * (Spring Boot's {@code -Djarmode=tools extract}, since a cache cannot hold classes from nested
 * jars) and run once up to its context's refresh ({@code -Dspring.context.exit=onRefresh}) with the
 * JVM writing the classes it loaded and linked ({@code -XX:AOTCacheOutput} from JDK 25, AppCDS's
 * {@code -XX:ArchiveClassesAtExit} before). Later starts map them instead of loading them from the
 * jar: about half the CPU a start costs, which is what four services starting at once on two
 * cores wait for.
 *
 * <p>The cache is kept beside the jar and keyed by the jar's content, the JVM and its options, so a
 * rebuilt jar (jars are reproducible: the same sources give the same bytes) is trained again. A
 * training run that fails leaves the service to start from its jar, as without a cache.
 */
final class StartupCache {

    /** System property that turns it on ({@code ./sammen up} and the benchmarks do; tests do not, the training costs them time). */
    static final String ENABLED = "sammen.service.startup-cache";

    private StartupCache() {
    }

    static boolean enabled() {
        return Boolean.getBoolean(ENABLED);
    }

    /**
     * What follows the JVM options on the service's command line: {@code -jar} of the extracted
     * jar with its cache, or of the jar itself when no cache could be made.
     *
     * @param training the arguments of a run that reaches the context's refresh (the service's own, on a free port)
     */
    static List<String> launch(String service, Path jar, List<String> jvmOptions, List<String> training, Path log) {
        try {
            Path directory = jar.resolveSibling("startup-cache");
            Path extracted = directory.resolve(jar.getFileName());
            Path cache = directory.resolve(service + (aotCache() ? ".aot" : ".jsa"));
            Path stamp = directory.resolve(service + ".stamp");
            String key = key(jar, jvmOptions);
            if (!Files.isRegularFile(cache) || !Files.isRegularFile(stamp) || !Files.readString(stamp).equals(key)) {
                train(jar, directory, cache, jvmOptions, training, log);
                Files.writeString(stamp, key);
            }
            return List.of(aotCache() ? "-XX:AOTCache=" + cache : "-XX:SharedArchiveFile=" + cache, "-jar", extracted.toString());
        } catch (IOException | RuntimeException e) {
            System.err.printf("%s starts without a start-up cache (%s)%n", service, e.getMessage());
            return List.of("-jar", jar.toString());
        }
    }

    private static void train(Path jar, Path directory, Path cache, List<String> jvmOptions, List<String> training, Path log)
            throws IOException {
        Files.createDirectories(directory);
        Files.deleteIfExists(cache);
        run(List.of(java(), "-Djarmode=tools", "-jar", jar.toString(), "extract", "--force", "--destination", directory.toString()),
                log);
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(jvmOptions);
        command.add(aotCache() ? "-XX:AOTCacheOutput=" + cache : "-XX:ArchiveClassesAtExit=" + cache);
        command.add("-Dspring.context.exit=onRefresh");
        command.addAll(List.of("-jar", directory.resolve(jar.getFileName()).toString()));
        command.addAll(training);
        run(command, log);
        if (!Files.isRegularFile(cache)) {
            throw new IllegalStateException("the training run wrote no cache; see " + log);
        }
    }

    private static void run(List<String> command, Path log) throws IOException {
        Files.createDirectories(log.getParent());
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        try {
            if (!process.waitFor(3, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("timed out: " + String.join(" ", command));
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** JDK 25's AOT cache also keeps classes linked; before it, AppCDS keeps them loaded. */
    private static boolean aotCache() {
        return Runtime.version().feature() >= 25;
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static String key(Path jar, List<String> jvmOptions) throws IOException {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(jar), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest()) + " " + Runtime.version() + " " + jvmOptions;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
