package dk.sammen.events.referrals;

/** How an underretning reached the municipality. */
public enum IntakeChannel {
    DIGITAL_FORM,
    EMAIL,
    PHONE,
    LETTER,
    IN_PERSON,
    SYSTEM_INTEGRATION
}
