package dk.sammen.plans.citizen;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * What the professional knows of the young person's situation at registration: the facts the
 * target-group category is derived from (seed 004, chapter 1).
 *
 * @param schoolGrade          grade in grade school (folkeskole), or null when not in school
 * @param schoolAbsencePercent school absence over the last period, when in school
 */
public record Situation(
        @Schema(example = "8") @Min(0) @Max(10) Integer schoolGrade,
        @Schema(example = "35") @Min(0) @Max(100) Integer schoolAbsencePercent,
        @Schema(description = "Needs support to start or complete a youth education and/or get a job")
        boolean needsSupportTowardsEducationOrJob,
        @Schema(description = "The highest youth education completed") @NotNull CompletedEducation completedEducation,
        boolean inEducation,
        boolean employed) {

    /** Youth educations, split by whether they give a vocational qualification (seed 004, target group 3). */
    public enum CompletedEducation {
        NONE(false), GYMNASIAL(false), STU(false), EGU(false), KUU(false), FGU(false), VOCATIONAL(true), HIGHER(true);

        private final boolean qualifying;

        CompletedEducation(boolean qualifying) {
            this.qualifying = qualifying;
        }

        public boolean givesVocationalQualification() {
            return qualifying;
        }
    }
}
