package dk.sammen.plans.journal;

import dk.sammen.platform.domain.DomainRuleViolation;
import dk.sammen.platform.web.UnknownIdException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A course's journal: the notes written on it and which of them a later note corrected. A note
 * is never changed or deleted; a correction supersedes exactly one note that nothing superseded
 * yet, so the notes and their corrections form chains a reader follows to the latest.
 */
@Aggregate
public class Journal {

    /** A note is written after the fact; a clock a little ahead on the writer's side is no fact from the future. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    @AggregateIdentifier
    private UUID journalId;
    private final Set<UUID> notes = new HashSet<>();
    private final Set<UUID> superseded = new HashSet<>();
    private final Set<UUID> sharedNotes = new HashSet<>();
    private final Set<UUID> documents = new HashSet<>();

    protected Journal() {
        // For Axon.
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(JournalCommands.WriteNote command, JournalCourses courses) {
        JournalCourses.JournalCourse course = notErased(courses, command.courseId());
        if (notes.contains(command.noteId())) {
            throw new DomainRuleViolation("note-exists", "This note is already written");
        }
        Instant now = GenericEventMessage.clock.instant();
        if (command.happenedAt().isAfter(now.plus(CLOCK_SKEW))) {
            throw new DomainRuleViolation("noted-after-the-fact", "A note records what has happened: its time is not in the future");
        }
        if (command.supersedes() != null) {
            if (!notes.contains(command.supersedes())) {
                throw new DomainRuleViolation("corrects-a-note-of-the-course", "A correction supersedes a note of this course's journal");
            }
            if (superseded.contains(command.supersedes())) {
                throw new DomainRuleViolation("corrects-the-latest",
                        "This note was corrected already: a further correction supersedes the latest correction");
            }
        }
        if (!courses.holds(command.courseId(), command.meetingId(), command.agreementId())) {
            throw new DomainRuleViolation("about-the-course", "A note is about a meeting or an agreement of its own course");
        }
        apply(new JournalEvents.NoteWritten(command.journalId(), command.courseId(), course.citizenId(), command.noteId(),
                command.authorId(), command.kind(), command.happenedAt(), command.text(), command.sharedWithYoungPerson(),
                command.supersedes(), command.meetingId(), command.agreementId(), now));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(JournalCommands.AttachDocument command, JournalCourses courses) {
        JournalCourses.JournalCourse course = notErased(courses, command.courseId());
        if (documents.contains(command.documentId())) {
            throw new DomainRuleViolation("document-exists", "This document is already stored");
        }
        boolean shared = Boolean.TRUE.equals(command.sharedWithYoungPerson());
        if (command.noteId() != null) {
            if (!notes.contains(command.noteId())) {
                throw new UnknownIdException("noteId", command.noteId());
            }
            // Whoever may read the note reads what is attached to it, and no one else.
            boolean noteShared = sharedNotes.contains(command.noteId());
            if (command.sharedWithYoungPerson() != null && shared != noteShared) {
                throw new DomainRuleViolation("shared-as-its-note", "A document attached to a note is shared exactly as the note is");
            }
            shared = noteShared;
        }
        apply(new JournalEvents.DocumentAttached(command.journalId(), command.courseId(), course.citizenId(), command.documentId(),
                command.noteId(), command.fileName(), command.contentType(), command.sizeBytes(), shared, command.uploadedBy(),
                GenericEventMessage.clock.instant()));
    }

    /** The course a note or document is about: it must exist, and an erased course takes nothing more. */
    private static JournalCourses.JournalCourse notErased(JournalCourses courses, UUID courseId) {
        JournalCourses.JournalCourse course = courses.find(courseId).orElseThrow(() -> new UnknownIdException("courseId", courseId));
        if (course.erased()) {
            throw new DomainRuleViolation("course-erased", "The course was erased with its young person's personal data");
        }
        return course;
    }

    @EventSourcingHandler
    void on(JournalEvents.DocumentAttached event) {
        journalId = event.journalId();
        documents.add(event.documentId());
    }

    @EventSourcingHandler
    void on(JournalEvents.NoteWritten event) {
        journalId = event.journalId();
        notes.add(event.noteId());
        if (event.sharedWithYoungPerson()) {
            sharedNotes.add(event.noteId());
        }
        if (event.supersedes() != null) {
            superseded.add(event.supersedes());
        }
    }
}
