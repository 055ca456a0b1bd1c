package dk.sammen.plans.journal;

import dk.sammen.platform.domain.DomainRuleViolation;
import dk.sammen.platform.journal.NoteChain;
import dk.sammen.platform.web.UnknownIdException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A course's journal: the notes written on it and which of them a later note corrected (the
 * platform's {@link NoteChain}: never changed, only superseded), and its documents.
 */
@Aggregate
public class Journal {

    @AggregateIdentifier
    private UUID journalId;
    private final NoteChain notes = new NoteChain();
    private final Set<UUID> documents = new HashSet<>();

    protected Journal() {
        // For Axon.
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(JournalCommands.WriteNote command, JournalCourses courses) {
        JournalCourses.JournalCourse course = notErased(courses, command.courseId());
        Instant now = GenericEventMessage.clock.instant();
        notes.checkNew(command.noteId(), command.happenedAt(), command.supersedes(), now);
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
        boolean shared = notes.sharedAsItsNote(command.noteId(), command.sharedWithYoungPerson());
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
        notes.written(event.noteId(), event.sharedWithYoungPerson(), event.supersedes());
    }
}
