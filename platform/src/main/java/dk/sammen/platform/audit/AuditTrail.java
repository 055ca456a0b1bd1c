package dk.sammen.platform.audit;

import dk.sammen.platform.readmodel.PagedQuery;
import dk.sammen.platform.web.PageQuery;
import dk.sammen.platform.web.PageResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * The service's audit trail: appended to one entry after the other (the chain's head row is
 * locked while entries are added), and checked end to end by {@link #verify()}.
 *
 * <p>One writer per instance appends: a request hands its entries over and waits until the
 * transaction that holds them has committed (the answer still waits for its entry, and fails
 * when it cannot be written). Whatever was handed over while the writer was committing goes into
 * its next transaction together (a group commit), so the head row is locked, and the disk
 * synced, once for many requests instead of once each. A batch that fails is written again one
 * request at a time, so an entry the database refuses fails its own request only; a batch that
 * fails because the database is out of reach fails at once, every request in it. A request that
 * gave up waiting is left out of the batches still to be written.
 */
public class AuditTrail implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);
    /** Entries in one commit at most: a burst is written in several, each still one round of locking and syncing. */
    static final int MOST_IN_ONE_COMMIT = 500;
    /** How long a request waits for its entry before its answer is withheld. */
    static final Duration LONGEST_WAIT = Duration.ofSeconds(10);

    /** What happened, as the request filter saw it; the trail adds position, time and hashes. */
    public record Access(String userId, String roles, @Nullable UUID citizenId, @Nullable UUID courseId, String action, String resource,
                         int outcome, @Nullable String basis, @Nullable String reason, String clientAddress) {
    }

    /**
     * @param intact   whether every entry is as it was written and none is missing
     * @param entries  how many entries were checked
     * @param problems what is wrong, by position
     */
    public record Verification(boolean intact, long entries, List<String> problems) {
    }

    /** One request's entries, and the commit it waits for. */
    private record Handover(List<Access> accesses, CompletableFuture<List<AuditEntry>> written) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final BlockingQueue<Handover> handedOver = new LinkedBlockingQueue<>();
    private final Thread writer;
    private volatile boolean closed;

    public AuditTrail(JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        this.writer = Thread.ofPlatform().name("audit-writer").daemon().start(this::writeWhatIsHandedOver);
    }

    public AuditEntry record(Access access) {
        return recordAll(List.of(access)).getFirst();
    }

    /**
     * Appends the entries, one after the other and together (a list read that showed many young
     * people), and returns once they are committed.
     *
     * @throws IllegalStateException when they could not be written, or not within {@link #LONGEST_WAIT}
     */
    public List<AuditEntry> recordAll(List<Access> accesses) {
        if (accesses.isEmpty()) {
            return List.of();
        }
        if (closed) {
            throw new IllegalStateException("The audit trail is closed: the service is stopping");
        }
        Handover handover = new Handover(List.copyOf(accesses), new CompletableFuture<>());
        handedOver.add(handover);
        if (closed && !writer.isAlive() && handedOver.remove(handover)) {
            throw new IllegalStateException("The audit trail is closed: the service is stopping");
        }
        try {
            return handover.written().get(LONGEST_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException failed) {
            throw failed.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(failed.getCause());
        } catch (TimeoutException late) {
            handover.written().cancel(false); // the writer leaves it out unless it is already writing it
            throw new IllegalStateException("The audit entry was not written within " + LONGEST_WAIT, late);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the audit entry was written", interrupted);
        }
    }

    private void writeWhatIsHandedOver() {
        List<Handover> batch = new ArrayList<>();
        while (!closed || !handedOver.isEmpty()) {
            try {
                Handover first = handedOver.poll(200, TimeUnit.MILLISECONDS);
                if (first == null || first.written().isDone()) {
                    continue;
                }
                batch.add(first);
                int entries = first.accesses().size();
                for (Handover next = handedOver.peek(); next != null && entries + next.accesses().size() <= MOST_IN_ONE_COMMIT;
                     next = handedOver.peek()) {
                    handedOver.remove();
                    if (!next.written().isDone()) {
                        batch.add(next);
                        entries += next.accesses().size();
                    }
                }
                write(batch);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException | Error unexpected) {
                log.error("The audit writer failed outside a transaction", unexpected);
                batch.forEach(handover -> handover.written().completeExceptionally(unexpected));
            } finally {
                batch.clear();
            }
        }
    }

    private void write(List<Handover> batch) {
        try {
            List<AuditEntry> entries = append(batch.stream().flatMap(handover -> handover.accesses().stream()).toList());
            int from = 0;
            for (Handover handover : batch) {
                handover.written().complete(entries.subList(from, from + handover.accesses().size()));
                from += handover.accesses().size();
            }
        } catch (RuntimeException failed) {
            if (batch.size() == 1 || outOfReach(failed)) {
                batch.forEach(handover -> handover.written().completeExceptionally(failed));
                return;
            }
            for (Handover handover : batch) {
                if (!handover.written().isDone()) {
                    write(List.of(handover));
                }
            }
        }
    }

    /**
     * The database could not be reached, or the failure would pass if tried again later: writing the
     * batch's requests one at a time would only wait for it once each, long after they gave up, while
     * the requests behind them wait too.
     */
    private static boolean outOfReach(RuntimeException failed) {
        return failed instanceof CannotCreateTransactionException || failed instanceof DataAccessResourceFailureException
                || failed instanceof TransientDataAccessException || failed instanceof RecoverableDataAccessException;
    }

    /** Stops taking entries; what was handed over is still written. */
    @Override
    public void close() throws InterruptedException {
        closed = true;
        writer.join(LONGEST_WAIT.toMillis());
    }

    /** Appends the entries one after the other in one transaction. */
    private List<AuditEntry> append(List<Access> accesses) {
        // PostgreSQL keeps microseconds: hash what will be read back.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return Objects.requireNonNull(transactions.execute(status -> {
            record Head(long position, String hash) {
            }
            Head head = jdbc.sql("SELECT position, hash FROM audit_chain_head FOR UPDATE")
                    .query((rs, n) -> new Head(rs.getLong("position"), rs.getString("hash"))).single();
            List<AuditEntry> written = new ArrayList<>(accesses.size());
            long position = head.position();
            String previous = head.hash();
            for (Access access : accesses) {
                AuditEntry unhashed = new AuditEntry(++position, now, access.userId(), access.roles(), access.citizenId(),
                        access.courseId(), access.action(), access.resource(), access.outcome(), access.basis(), access.reason(),
                        access.clientAddress(), previous, null);
                String hash = AuditChain.hash(unhashed);
                AuditEntry entry = withHash(unhashed, hash);
                jdbc.sql("""
                                INSERT INTO audit_trail (position, recorded_at, user_id, roles, citizen_id, course_id, action, resource,
                                                         outcome, basis, reason, client_address, previous_hash, hash)
                                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                        .params(entry.position(), Timestamp.from(entry.recordedAt()), entry.userId(), entry.roles(), entry.citizenId(),
                                entry.courseId(), entry.action(), entry.resource(), entry.outcome(), entry.basis(), entry.reason(),
                                entry.clientAddress(), entry.previousHash(), entry.hash())
                        .update();
                written.add(entry);
                previous = hash;
            }
            jdbc.sql("UPDATE audit_chain_head SET position = ?, hash = ?").params(position, previous).update();
            return written;
        }));
    }

    /** Entries, newest first, of one young person and/or one user (both optional). */
    public PageResponse<AuditEntry> entries(@Nullable UUID citizenId, @Nullable String userId, PageQuery page) {
        Map<String, Object> filters = new HashMap<>();
        filters.put("citizen_id", citizenId);
        filters.put("user_id", userId);
        return PagedQuery.page(jdbc, "audit_trail", filters, "position DESC", ROW, page);
    }

    /** The entries after {@code position}, in order, for publication. */
    List<AuditEntry> after(long position, int limit) {
        return jdbc.sql("SELECT * FROM audit_trail WHERE position > ? ORDER BY position LIMIT ?")
                .params(position, limit).query(ROW).list();
    }

    /**
     * Walks the whole chain: every entry's hash must match its fields and the hash before it,
     * positions must run without gaps, and the chain must end where the head says.
     */
    public Verification verify() {
        List<String> problems = new ArrayList<>();
        long checked = 0;
        String previous = AuditChain.GENESIS;
        long expectedPosition = 1;
        // Streamed, so a long trail is not held in memory; the stream holds a result set until closed.
        try (Stream<AuditEntry> entries = jdbc.sql("SELECT * FROM audit_trail ORDER BY position").query(ROW).stream()) {
            for (Iterator<AuditEntry> it = entries.iterator(); it.hasNext(); ) {
                AuditEntry entry = it.next();
                checked++;
                if (entry.position() != expectedPosition) {
                    problems.add("entries " + expectedPosition + " to " + (entry.position() - 1) + " are missing");
                }
                if (!entry.previousHash().equals(previous)) {
                    problems.add("entry " + entry.position() + " does not follow the entry before it");
                }
                if (!AuditChain.hash(entry).equals(entry.hash())) {
                    problems.add("entry " + entry.position() + " was changed after it was written");
                }
                previous = entry.hash();
                expectedPosition = entry.position() + 1;
            }
        }
        record Head(long position, String hash) {
        }
        Head head = jdbc.sql("SELECT position, hash FROM audit_chain_head")
                .query((rs, n) -> new Head(rs.getLong("position"), rs.getString("hash"))).single();
        if (head.position() != expectedPosition - 1 || !head.hash().equals(previous)) {
            problems.add("the trail ends at entry " + (expectedPosition - 1) + " but was written up to entry " + head.position());
        }
        return new Verification(problems.isEmpty(), checked, List.copyOf(problems));
    }

    private static AuditEntry withHash(AuditEntry entry, String hash) {
        return new AuditEntry(entry.position(), entry.recordedAt(), entry.userId(), entry.roles(), entry.citizenId(),
                entry.courseId(), entry.action(), entry.resource(), entry.outcome(), entry.basis(), entry.reason(),
                entry.clientAddress(), entry.previousHash(), hash);
    }

    private static final RowMapper<AuditEntry> ROW = (rs, n) -> new AuditEntry(rs.getLong("position"),
            rs.getTimestamp("recorded_at").toInstant(), rs.getString("user_id"), rs.getString("roles"),
            rs.getObject("citizen_id", UUID.class), rs.getObject("course_id", UUID.class), rs.getString("action"),
            rs.getString("resource"), rs.getInt("outcome"), rs.getString("basis"), rs.getString("reason"),
            rs.getString("client_address"), rs.getString("previous_hash"), rs.getString("hash"));
}
