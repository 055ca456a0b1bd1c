package dk.sammen.events.plans;

/** How a registered person is related to a young person, seen from the young person. */
public enum FamilyRelation {
    /** The related person is a parent or guardian (forælder/værge) of the young person. */
    PARENT_OR_GUARDIAN,
    /** The related person is a child of the young person (or of the parent whose family this is). */
    CHILD,
    /** The related person is a sibling. */
    SIBLING
}
