/**
 * The young person's own record (aktindsigt; the right of access, GDPR art. 15 and
 * forvaltningsloven §9): everything this service holds about them that is theirs to see — who
 * they are registered as, every course with its plan, meetings and agreements, the journal notes
 * and documents the team shared with them — as one JSON document or as a PDF.
 */
@NullMarked
package dk.sammen.plans.aktindsigt;

import org.jspecify.annotations.NullMarked;
