package dk.sammen.devidentity;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The demo people, one per role (application.yml): their username (also their OAuth2 client id
 * for the client-credentials grant), id, roles and centre. A young person's and a guardian's id
 * is the citizen id the plans service gave them, so {@code ./sammen up} sets it once the demo
 * data is loaded ({@link DemoPeopleController}).
 */
@ConfigurationProperties("sammen.demo")
public record DemoPeople(String password, Map<String, Person> people) {

    /**
     * @param id         the token's subject; for a young person their citizen id
     * @param roles      the {@code roles} claim
     * @param guardianOf the {@code guardian_of} claim of a guardian
     */
    public record Person(String name, UUID id, List<String> roles, String centre, Set<UUID> guardianOf) {

        public Person {
            roles = roles == null ? List.of() : List.copyOf(roles);
            guardianOf = guardianOf == null ? Set.of() : Set.copyOf(guardianOf);
        }

        Person identifiedAs(UUID newId, Set<UUID> wards) {
            return new Person(name, newId, roles, centre, wards);
        }
    }

    public DemoPeople {
        people = new ConcurrentHashMap<>(people == null ? Map.of() : people);
    }

    public Optional<Person> find(String username) {
        return Optional.ofNullable(people.get(username));
    }

    /** Gives a young person or guardian the citizen ids the plans service knows them by. */
    public Optional<Person> identify(String username, UUID id, Set<UUID> guardianOf) {
        return Optional.ofNullable(people.computeIfPresent(username, (name, person) -> person.identifiedAs(id, guardianOf)));
    }
}
