package dk.sammen.analytics.projection;

import dk.sammen.platform.audit.NotPersonalData;
import dk.sammen.platform.web.UnknownIdException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.UUID;

@RestController
@NotPersonalData
@Tag(name = "Replay and rebuild", description = "Rebuild every projection from the beginning of the log, without downtime")
class RebuildController {

    private final Rebuilds rebuilds;

    RebuildController(Rebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    @PostMapping("/rebuilds")
    @Operation(summary = "Rebuild every projection from the beginning of the log beside the live ones (202; poll the Location)")
    ResponseEntity<Rebuild> rebuild() {
        Rebuild rebuild = rebuilds.request();
        var location = ServletUriComponentsBuilder.fromCurrentContextPath().path("/rebuilds/{id}").buildAndExpand(rebuild.rebuildId()).toUri();
        return ResponseEntity.accepted().location(location).body(rebuild);
    }

    @GetMapping("/rebuilds/{rebuildId}")
    @Operation(summary = "How a rebuild is going: events replayed, events per second, position per partition, time to go")
    Rebuild rebuildStatus(@PathVariable UUID rebuildId) {
        return rebuilds.find(rebuildId).orElseThrow(() -> new UnknownIdException("rebuildId", rebuildId));
    }
}
