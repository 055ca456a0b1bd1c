package dk.sammen.plans.journal;

/** What a journal note records. */
public enum NoteKind {
    PHONE_CALL,
    HOME_VISIT,
    MEETING,
    CONVERSATION_WITH_YOUNG_PERSON,
    INFORMATION_FROM_AUTHORITY,
    DECISION
}
