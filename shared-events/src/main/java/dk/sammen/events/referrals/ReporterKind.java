package dk.sammen.events.referrals;

/** Who sent an underretning. Only a private citizen may be anonymous. */
public enum ReporterKind {
    SCHOOL,
    DAYCARE,
    PPR,
    POLICE,
    OWN_DOCTOR,
    HOSPITAL,
    JOBCENTRE,
    OTHER_MUNICIPALITY,
    OTHER_PROFESSIONAL,
    PRIVATE_CITIZEN;

    public boolean isProfessional() {
        return this != PRIVATE_CITIZEN;
    }
}
