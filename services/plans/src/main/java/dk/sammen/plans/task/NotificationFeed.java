package dk.sammen.plans.task;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.sammen.platform.web.TooManyRequestsException;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.sql.Date;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Each person's notifications, read as a page or listened to as server-sent events. A stream
 * looks for new ones every {@code sammen.plans.notifications.poll} (any replica may have written
 * them, so it reads the table rather than waiting on this instance's projection) and ends after
 * {@code sammen.plans.notifications.stream-lifetime}; a client reconnects with {@code Last-Event-ID}
 * and misses nothing. Each open stream costs a query a poll, so a person holds at most
 * {@code sammen.plans.notifications.max-streams-per-person} (3: a few tabs) and an instance at most
 * {@code sammen.plans.notifications.max-streams} (500); one more is a {@code 429}.
 */
@Component
class NotificationFeed {

    private static final Logger log = LoggerFactory.getLogger(NotificationFeed.class);
    /** How long a client waits before it reconnects when a stream ends. */
    private static final Duration RECONNECT = Duration.ofSeconds(1);

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final Duration lifetime;
    private final int maxPerPerson;
    private final int maxStreams;
    private final Map<SseEmitter, Listener> listeners = new ConcurrentHashMap<>();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("notification-streams").factory());

    NotificationFeed(JdbcClient jdbc, ObjectMapper json, @Value("${sammen.plans.notifications.poll:PT1S}") Duration poll,
                     @Value("${sammen.plans.notifications.stream-lifetime:PT5M}") Duration lifetime,
                     @Value("${sammen.plans.notifications.max-streams-per-person:3}") int maxPerPerson,
                     @Value("${sammen.plans.notifications.max-streams:500}") int maxStreams) {
        this.jdbc = jdbc;
        this.json = json;
        this.lifetime = lifetime;
        this.maxPerPerson = maxPerPerson;
        this.maxStreams = maxStreams;
        poller.scheduleWithFixedDelay(this::deliver, poll.toMillis(), poll.toMillis(), TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        poller.shutdownNow();
        listeners.keySet().forEach(SseEmitter::complete);
    }

    /** A person's notifications after the one with id {@code after}, oldest first. */
    List<Notification> after(UUID personId, long after, int limit) {
        return jdbc.sql("""
                        SELECT * FROM task_notification WHERE person_id = ? AND notification_id > ?
                        ORDER BY notification_id LIMIT ?""")
                .params(personId, after, limit)
                .query((rs, n) -> {
                    Date due = rs.getDate("due_on");
                    return new Notification(rs.getLong("notification_id"), TaskKind.valueOf(rs.getString("kind")),
                            rs.getObject("task_id", UUID.class), rs.getObject("course_id", UUID.class),
                            due == null ? null : due.toLocalDate(), rs.getTimestamp("created_at").toInstant());
                })
                .list();
    }

    /** A stream of the person's notifications after {@code after}: those already there at once, then each as it comes. */
    synchronized SseEmitter stream(UUID personId, long after) {
        long theirs = listeners.values().stream().filter(open -> open.personId().equals(personId)).count();
        if (theirs >= maxPerPerson) {
            throw new TooManyRequestsException("You have " + theirs + " notification streams open, the most one person may: "
                    + "close one (or wait for one to end) before opening another", Duration.ofSeconds(30));
        }
        if (listeners.size() >= maxStreams) {
            throw new TooManyRequestsException("This instance serves as many notification streams as it may; try again shortly, "
                    + "or read GET /notifications", Duration.ofSeconds(30));
        }
        SseEmitter emitter = new SseEmitter(lifetime.toMillis());
        Listener listener = new Listener(personId, new AtomicLong(after));
        emitter.onCompletion(() -> listeners.remove(emitter));
        emitter.onTimeout(() -> {
            listeners.remove(emitter);
            emitter.complete();
        });
        emitter.onError(e -> listeners.remove(emitter));
        listeners.put(emitter, listener);
        try {
            // Sent at once, so the client knows the stream is open (and how soon to come back) before any notification.
            emitter.send(SseEmitter.event().reconnectTime(RECONNECT.toMillis()).comment("open"));
        } catch (IOException gone) {
            listeners.remove(emitter);
        }
        poller.execute(() -> deliver(emitter, listener));
        return emitter;
    }

    private void deliver() {
        listeners.forEach(this::deliver);
    }

    private void deliver(SseEmitter emitter, Listener listener) {
        try {
            for (Notification notification : after(listener.personId(), listener.last().get(), 100)) {
                emitter.send(SseEmitter.event().id(Long.toString(notification.notificationId())).name("task")
                        .data(json.writeValueAsString(notification), MediaType.APPLICATION_JSON));
                listener.last().set(notification.notificationId());
            }
        } catch (IOException | IllegalStateException gone) {
            listeners.remove(emitter); // the client left; it resumes from its Last-Event-ID
        } catch (RuntimeException e) {
            log.warn("Notifications not delivered to a stream: {}", e.toString());
        }
    }

    private record Listener(UUID personId, AtomicLong last) {
    }
}
