package dk.sammen.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs one of the npm tools this module installs (npm ci, in generate-test-resources). */
final class NodeTool {

    static final Path CHECKS = Path.of("").toAbsolutePath();
    static final Path ROOT = CHECKS.getParent().getParent();

    record Result(int exitCode, String output) {
        boolean ok() {
            return exitCode == 0;
        }
    }

    private NodeTool() {
    }

    static Result run(String... command) {
        List<String> line = new ArrayList<>(List.of(command));
        try {
            Process process = new ProcessBuilder(line).directory(CHECKS.toFile()).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", line) + " did not finish");
            }
            return new Result(process.exitValue(), output);
        } catch (IOException e) {
            throw new IllegalStateException("Could not run " + String.join(" ", line), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Validates manifest files against the Kubernetes and operators' schemas (validate.mjs). */
    static Result validateManifests(Path... files) {
        List<String> command = new ArrayList<>(List.of("node", "validate.mjs"));
        for (Path file : files) {
            command.add(file.toString());
        }
        return run(command.toArray(String[]::new));
    }
}
