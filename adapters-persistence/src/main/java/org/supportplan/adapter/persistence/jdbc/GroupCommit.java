package org.supportplan.adapter.persistence.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

import org.supportplan.application.audit.AuditEntry;
import org.supportplan.application.audit.AuditEvent;

/**
 * Appends to the audit trail that arrive together share one transaction and one durable commit (docs/adr/0024).
 * Every caller queues its event; whoever takes the turn writes everything queued so far in one transaction and
 * wakes the callers whose events it wrote, and on leaving the turn wakes the caller now first in the queue to take
 * it. Waiting callers need not pass through the turn to learn that their event is written. No caller returns
 * before the commit holding its entry has ended, so an append is as durable as with a commit each; only the
 * number of commits (each a flush to disk) falls.
 */
final class GroupCommit {

    /** Bounds one transaction, so a burst does not hold the write lock for long. */
    static final int MAX_BATCH = 256;
    /** A waiting caller looks again this often even unwoken; a safety net, as every hand-over wakes someone. */
    private static final long RECHECK_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

    /** Writes {@code events} after the last entry, in order, in one transaction, and returns their entries. */
    @FunctionalInterface
    interface Writer {
        List<AuditEntry> write(List<AuditEvent> events);
    }

    private final Writer writer;
    private final Queue<Pending> queue = new ConcurrentLinkedQueue<>();
    private final ReentrantLock turn = new ReentrantLock();

    GroupCommit(Writer writer) {
        this.writer = writer;
    }

    /** Appends {@code event} and returns its entry once it is committed; a failure of its commit is thrown here. */
    AuditEntry append(AuditEvent event) {
        Pending mine = new Pending(event, Thread.currentThread());
        queue.add(mine);
        boolean interrupted = false;
        while (!mine.done) {
            if (turn.tryLock()) {
                try {
                    List<Pending> batch = mine.done ? List.of() : drain();
                    if (!batch.isEmpty()) {
                        commit(batch);
                    }
                } finally {
                    turn.unlock();
                }
                Pending next = queue.peek();
                if (next != null) {
                    LockSupport.unpark(next.owner);
                }
            } else {
                LockSupport.parkNanos(this, RECHECK_NANOS);
                // The entry may be written all the same, so the caller still waits to learn whether it was; an
                // interrupt left set would make every park return at once.
                interrupted |= Thread.interrupted();
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (mine.failure != null) {
            // Thrown in the caller's own thread, with its own stack, but the store's message and cause.
            throw new IllegalStateException(mine.failure.getMessage(), mine.failure);
        }
        return mine.entry;
    }

    private List<Pending> drain() {
        List<Pending> batch = new ArrayList<>();
        Pending next;
        while (batch.size() < MAX_BATCH && (next = queue.poll()) != null) {
            batch.add(next);
        }
        return batch;
    }

    private void commit(List<Pending> batch) {
        try {
            List<AuditEntry> entries = writer.write(batch.stream().map(Pending::event).toList());
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).succeed(entries.get(i));
            }
        } catch (Error e) {
            // Out of memory and the like: every caller of the batch is answered, none waits for an entry never written.
            IllegalStateException failed = new IllegalStateException("the audit entry was not written: " + e, e);
            batch.stream().filter(pending -> !pending.done && pending.owner != Thread.currentThread())
                    .forEach(pending -> pending.fail(failed));
            throw e;
        } catch (RuntimeException e) {
            if (batch.size() == 1) {
                batch.get(0).fail(e);
                return;
            }
            // Nothing of the batch was written (one transaction). Each event is tried alone, so one that the
            // store refuses fails only its own caller.
            for (Pending pending : batch) {
                commit(List.of(pending));
            }
        }
    }

    /** One caller's event and, once {@code done}, its entry or failure (written before {@code done}). */
    private static final class Pending {
        private final AuditEvent event;
        private final Thread owner;
        private volatile boolean done;
        private AuditEntry entry;
        private RuntimeException failure;

        Pending(AuditEvent event, Thread owner) {
            this.event = event;
            this.owner = owner;
        }

        AuditEvent event() {
            return event;
        }

        void succeed(AuditEntry written) {
            entry = written;
            done = true;
            LockSupport.unpark(owner);
        }

        void fail(RuntimeException e) {
            failure = e;
            done = true;
            LockSupport.unpark(owner);
        }
    }
}
