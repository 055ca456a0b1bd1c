package dk.sammen.plans.team;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import dk.sammen.events.Centre;
import dk.sammen.events.plans.TeamAffiliation;
import dk.sammen.events.plans.TeamRole;
import dk.sammen.plans.kernel.OnePlanSection;
import dk.sammen.plans.team.TeamEvents.TeamMemberAdded;
import dk.sammen.plans.team.TeamEvents.TeamMemberRemoved;
import dk.sammen.plans.team.TeamEvents.TovholderAssigned;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The one-plan view's team: who is on it, who the tovholder is and who held the role before. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE)
public class TeamSection implements OnePlanSection<TeamEvents> {

    @Nullable UUID tovholderId;
    List<Handover> tovholderHistory = new ArrayList<>();
    List<Member> team = new ArrayList<>();

    record Handover(UUID tovholderId, Centre centre, @Nullable UUID previousTovholderId, @Nullable String reason, Instant assignedAt) {
    }

    record Member(UUID memberId, String name, TeamRole role, TeamAffiliation affiliation, Instant since) {
    }

    @Override
    public void apply(TeamEvents event) {
        switch (event) {
            case TovholderAssigned e -> {
                tovholderId = e.tovholderId();
                tovholderHistory.add(new Handover(e.tovholderId(), e.centre(), e.previousTovholderId(), e.handoverReason(), e.assignedAt()));
            }
            case TeamMemberAdded e -> team.add(new Member(e.memberId(), e.name(), e.role(), e.affiliation(), e.addedAt()));
            case TeamMemberRemoved e -> team.removeIf(m -> m.memberId.equals(e.memberId()));
        }
    }

    public @Nullable UUID tovholderId() {
        return tovholderId;
    }

    /** The centre the tovholder took the role for; null before there is one. */
    public @Nullable Centre tovholderCentre() {
        return tovholderHistory.isEmpty() ? null : tovholderHistory.getLast().centre();
    }

    /** The member's name as the team knows it; null for someone not on the team. */
    public @Nullable String nameOf(UUID memberId) {
        return team.stream().filter(member -> member.memberId.equals(memberId)).map(Member::name).findFirst().orElse(null);
    }

    public Set<UUID> memberIds() {
        Set<UUID> ids = new HashSet<>();
        team.forEach(m -> ids.add(m.memberId));
        return ids;
    }
}
