package dk.sammen.devidentity;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The demo people, for a developer choosing whom to be; and, for {@code ./sammen up}, setting a
 * young person's or guardian's citizen id once the plans service has registered them. A
 * development convenience that an identity provider of the municipality's does through its
 * own user administration.
 */
@RestController
class DemoPeopleController {

    private final DemoPeople demo;

    DemoPeopleController(DemoPeople demo) {
        this.demo = demo;
    }

    @GetMapping("/demo-people")
    Map<String, DemoPeople.Person> people() {
        return demo.people();
    }

    record Identification(UUID id, Set<UUID> guardianOf) {
    }

    @PutMapping("/demo-people/{username}")
    ResponseEntity<DemoPeople.Person> identify(@PathVariable String username, @RequestBody Identification identification) {
        return ResponseEntity.of(demo.identify(username, identification.id(), identification.guardianOf()));
    }
}
