package dk.sammen.plans.task;

import com.fasterxml.jackson.databind.ObjectMapper;
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
 * and misses nothing.
 */
@Component
class NotificationFeed {

    private static final Logger log = LoggerFactory.getLogger(NotificationFeed.class);

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final Duration lifetime;
    private final Map<SseEmitter, Listener> listeners = new ConcurrentHashMap<>();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("notification-streams").factory());

    NotificationFeed(JdbcClient jdbc, ObjectMapper json, @Value("${sammen.plans.notifications.poll:PT1S}") Duration poll,
                     @Value("${sammen.plans.notifications.stream-lifetime:PT5M}") Duration lifetime) {
        this.jdbc = jdbc;
        this.json = json;
        this.lifetime = lifetime;
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
    SseEmitter stream(UUID personId, long after) {
        SseEmitter emitter = new SseEmitter(lifetime.toMillis());
        Listener listener = new Listener(personId, new AtomicLong(after));
        emitter.onCompletion(() -> listeners.remove(emitter));
        emitter.onTimeout(() -> {
            listeners.remove(emitter);
            emitter.complete();
        });
        emitter.onError(e -> listeners.remove(emitter));
        listeners.put(emitter, listener);
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
