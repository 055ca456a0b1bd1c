package dk.sammen.platform.test.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one place tests, the local stack and the benchmarks get free ports from. Ports asked for
 * together are held open together before any is let go, so the operating system cannot hand the
 * same port out twice in one call (two separate {@code new ServerSocket(0)} calls can, which is
 * how a broker once got the same port for PLAINTEXT and CONTROLLER); and no port is handed out
 * twice in one JVM, so two callers a moment apart cannot collide either.
 */
public final class FreePorts {

    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    private FreePorts() {
    }

    /** {@code count} distinct ports on the loopback address, free when this returns. */
    public static synchronized List<Integer> reserve(int count) {
        List<ServerSocket> held = new ArrayList<>();
        try {
            List<Integer> ports = new ArrayList<>();
            while (ports.size() < count) {
                ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                socket.setReuseAddress(true);
                held.add(socket);
                if (HANDED_OUT.add(socket.getLocalPort())) {
                    ports.add(socket.getLocalPort());
                }
            }
            return List.copyOf(ports);
        } catch (IOException e) {
            throw new UncheckedIOException("No free port on the loopback address", e);
        } finally {
            held.forEach(FreePorts::closeQuietly);
        }
    }

    public static int reserve() {
        return reserve(1).get(0);
    }

    private static void closeQuietly(ServerSocket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // It was only held to keep the port from being handed out again.
        }
    }
}
