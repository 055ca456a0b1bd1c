package dk.sammen.platform.journal;

/** What a journal note records: the kinds of fact the duty to take notes (notatpligt) is about. */
public enum NoteKind {
    PHONE_CALL,
    HOME_VISIT,
    MEETING,
    CONVERSATION_WITH_YOUNG_PERSON,
    INFORMATION_FROM_AUTHORITY,
    DECISION
}
