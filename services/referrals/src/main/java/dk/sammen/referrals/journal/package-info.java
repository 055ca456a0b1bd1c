/**
 * Feature journal: intake's notes on an underretning (notatpligt, offentlighedslovens § 13) and
 * the documents stored with it, kept by the {@code Underretning} aggregate (the platform's
 * {@link dk.sammen.platform.journal.NoteChain}: never changed, only superseded) and read from
 * {@code underretning_note} and {@code underretning_document}. Intake's own: not published; the
 * young person's own record holds the notes and documents shared with them.
 */
@NullMarked
package dk.sammen.referrals.journal;

import org.jspecify.annotations.NullMarked;
