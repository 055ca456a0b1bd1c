package dk.sammen.plans.citizen;

import dk.sammen.events.plans.TargetGroup;

/**
 * The target-group category of a young person and the reason, derived from their situation
 * (seed 004, chapter 1). The first category that fits wins: absence is the high-risk indicator.
 */
public record TargetGroupAssessment(TargetGroup category, String reason) {

    static final int YOUNGEST = 13;
    static final int OLDEST = 30;
    static final int ABSENCE_THRESHOLD_PERCENT = 20;

    public static TargetGroupAssessment of(Situation situation, int age) {
        if (age < YOUNGEST || age > OLDEST) {
            return new TargetGroupAssessment(TargetGroup.OUTSIDE_TARGET_GROUP,
                    "Age " + age + " is outside the target group's 13-30 years");
        }
        Integer grade = situation.schoolGrade();
        Integer absence = situation.schoolAbsencePercent();
        if (grade != null && grade >= 7 && grade <= 9 && absence != null && absence > ABSENCE_THRESHOLD_PERCENT) {
            return new TargetGroupAssessment(TargetGroup.GRADE_7_9_WITH_ABSENCE,
                    "In grade " + grade + " with " + absence + " % school absence (over 20 %)");
        }
        if (!situation.employed() && !situation.inEducation()
                && situation.completedEducation() != Situation.CompletedEducation.NONE
                && !situation.completedEducation().givesVocationalQualification()) {
            return new TargetGroupAssessment(TargetGroup.UNEMPLOYED_AFTER_NON_QUALIFYING_EDUCATION,
                    "Unemployed after " + situation.completedEducation() + ", which gives no vocational qualification");
        }
        if (situation.needsSupportTowardsEducationOrJob()) {
            return new TargetGroupAssessment(TargetGroup.SUPPORT_TOWARDS_EDUCATION_OR_JOB,
                    "Needs support to start or complete a youth education and/or get a job");
        }
        return new TargetGroupAssessment(TargetGroup.OUTSIDE_TARGET_GROUP,
                "None of the three target-group criteria applies; a course can still be offered on the citizen's wish");
    }
}
