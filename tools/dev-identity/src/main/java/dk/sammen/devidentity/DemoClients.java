package dk.sammen.devidentity;

import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The demo clients in memory. Spring's in-memory repository refuses two clients with the same
 * secret; here every demo person shares the one demo password, on purpose.
 */
final class DemoClients implements RegisteredClientRepository {

    private final Map<String, RegisteredClient> byId = new ConcurrentHashMap<>();
    private final Map<String, RegisteredClient> byClientId = new ConcurrentHashMap<>();

    DemoClients(List<RegisteredClient> clients) {
        clients.forEach(this::save);
    }

    @Override
    public void save(RegisteredClient client) {
        byId.put(client.getId(), client);
        byClientId.put(client.getClientId(), client);
    }

    @Override
    public @Nullable RegisteredClient findById(String id) {
        return byId.get(id);
    }

    @Override
    public @Nullable RegisteredClient findByClientId(String clientId) {
        return byClientId.get(clientId);
    }
}
