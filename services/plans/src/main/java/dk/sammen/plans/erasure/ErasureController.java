package dk.sammen.plans.erasure;

import dk.sammen.events.plans.ErasureBasis;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

@RestController
@Tag(name = "Erasure", description = "Crypto-shredding: a young person's personal data erased in every service")
class ErasureController {

    private final Erasure erasure;

    ErasureController(Erasure erasure) {
        this.erasure = erasure;
    }

    @PostMapping("/citizens/{citizenId}/erasure")
    @Operation(summary = "Erase a young person's personal data and their courses', on a request the law allows: "
            + "their keys are deleted here, and every service erases what it holds about them")
    ResponseEntity<Void> erase(@PathVariable UUID citizenId) {
        erasure.erase(citizenId, ErasureBasis.REQUEST);
        return ResponseEntity.noContent().build();
    }
}
