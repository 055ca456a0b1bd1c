/**
 * The course's journal (journalnotater; the duty to take notes, notatpligt, forvaltningsloven §13
 * and offentlighedslovens §13): what the team learnt or did that matters to a decision, written
 * as it happened and never changed — a correction is a new note that supersedes the old, and both
 * stay readable with who wrote them and when. Notes are the team's; one marked shared is also the
 * young person's (and a guardian's of a minor) to read.
 */
@NullMarked
package dk.sammen.plans.journal;

import org.jspecify.annotations.NullMarked;
