package dk.sammen.plans.family;

import dk.sammen.plans.course.CourseStatus;
import dk.sammen.plans.oneplan.OnePlan;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A family: its members and the courses of each, so the team sees the whole family's situation. */
public record FamilyView(UUID citizenId, List<Member> members) {

    @Schema(name = "FamilyMember")
    public record Member(UUID citizenId, List<Course> courses) {
    }

    @Schema(name = "FamilyMemberCourse")
    public record Course(UUID courseId, CourseStatus status, @Nullable UUID tovholderId, int openAttention) {
    }

    static FamilyView of(UUID citizenId, Set<UUID> members, List<OnePlan> courses) {
        List<Member> family = members.stream().sorted(Comparator.comparing((UUID id) -> !id.equals(citizenId)).thenComparing(id -> id))
                .map(member -> new Member(member, courses.stream().filter(c -> c.citizenId().equals(member))
                        .map(c -> new Course(c.courseId(), c.status(), c.tovholderId(), c.attention().size())).toList()))
                .toList();
        return new FamilyView(citizenId, family);
    }
}
