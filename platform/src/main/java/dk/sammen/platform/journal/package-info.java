/**
 * What every service's journal shares: the kinds of note ({@link dk.sammen.platform.journal.NoteKind}),
 * the rules of a journal whose notes are never changed, only corrected by a later note
 * ({@link dk.sammen.platform.journal.NoteChain}), and how a document's file is checked and sealed
 * under its subject's data key ({@link dk.sammen.platform.journal.DocumentFiles}). Each service
 * keeps its notes and documents beside what they are about (plans: a course; referrals: an
 * underretning), so erasing the subject's key shreds them.
 */
@NullMarked
package dk.sammen.platform.journal;

import org.jspecify.annotations.NullMarked;
