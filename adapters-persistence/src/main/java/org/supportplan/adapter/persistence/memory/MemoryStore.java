package org.supportplan.adapter.persistence.memory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

import org.supportplan.adapter.persistence.PlanStorageRules;
import org.supportplan.application.audit.AuditEntry;
import org.supportplan.application.audit.AuditEvent;
import org.supportplan.application.port.Revision;
import org.supportplan.application.port.StoredPlan;
import org.supportplan.application.port.out.AuditTrail;
import org.supportplan.application.port.out.PlanRepository;
import org.supportplan.application.port.out.Store;
import org.supportplan.domain.plan.CouncilId;
import org.supportplan.domain.plan.PersonId;
import org.supportplan.domain.plan.PlanId;
import org.supportplan.domain.plan.SupportPlan;

/**
 * A store held in maps; nothing survives {@link #close()} or the end of the process. Plans are
 * immutable, so keeping the stored instances is as good as keeping copies. One read-write lock makes
 * every write (versions, revision and audit entry together) appear to readers all at once. Plans are kept
 * in id order, which is the order {@link PlanRepository#ids} pages through.
 */
final class MemoryStore implements Store {

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final TreeMap<String, Plan> plans = new TreeMap<>();
    private final List<AuditEntry> trail = new ArrayList<>();
    private final Plans repository = new Plans();
    private final Trail auditTrail = new Trail();
    private boolean closed;

    @Override
    public PlanRepository plans() {
        return repository;
    }

    @Override
    public AuditTrail auditTrail() {
        return auditTrail;
    }

    @Override
    public String description() {
        return "memory (nothing is kept after the process ends)";
    }

    @Override
    public Map<String, String> info() {
        return reading(() -> {
            Map<String, String> info = new LinkedHashMap<>();
            info.put("plans", Integer.toString(plans.size()));
            info.put("planVersions", Integer.toString(plans.values().stream().mapToInt(p -> p.versions().size()).sum()));
            info.put("auditEntries", Integer.toString(trail.size()));
            return Collections.unmodifiableMap(info);
        });
    }

    @Override
    public void close() {
        lock.writeLock().lock();
        try {
            closed = true;
            plans.clear();
            trail.clear();
        } finally {
            lock.writeLock().unlock();
        }
    }

    private <T> T reading(Supplier<T> read) {
        lock.readLock().lock();
        try {
            requireOpen();
            return read.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    private <T> T writing(Supplier<T> write) {
        lock.writeLock().lock();
        try {
            requireOpen();
            return write.get();
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Called with a lock held. */
    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("the memory store is closed");
        }
    }

    /** Called with the write lock held. */
    private AuditEntry append(AuditEvent event) {
        AuditEntry entry = trail.isEmpty() ? AuditEntry.first(event) : trail.get(trail.size() - 1).next(event);
        trail.add(entry);
        return entry;
    }

    /** One plan: whose it is (the same for every version), its revision and its versions by number. */
    private static final class Plan {
        private final PersonId person;
        private final CouncilId council;
        private final TreeMap<Integer, SupportPlan> versions = new TreeMap<>();
        private Revision revision;

        Plan(SupportPlan first, Revision revision) {
            this.person = first.person();
            this.council = first.council();
            this.revision = revision;
        }

        TreeMap<Integer, SupportPlan> versions() {
            return versions;
        }

        void requireOwnerOf(List<SupportPlan> written) {
            for (SupportPlan plan : written) {
                PlanStorageRules.requireSameOwner(plan.id(), plan.version(), plan.person(), plan.council(), person, council);
            }
        }

        void put(List<SupportPlan> written) {
            written.forEach(plan -> versions.put(plan.version(), plan));
        }
    }

    private final class Plans implements PlanRepository {

        @Override
        public void create(SupportPlan plan, AuditEvent event) {
            Objects.requireNonNull(plan, "plan");
            Objects.requireNonNull(event, "event");
            PlanStorageRules.requireStorableText(plan);
            writing(() -> {
                if (plans.containsKey(plan.id().toString())) {
                    throw new IllegalStateException("plan " + plan.id() + " exists, so it cannot be created again; nothing was written");
                }
                Plan created = new Plan(plan, Revision.FIRST);
                created.put(List.of(plan));
                plans.put(plan.id().toString(), created);
                return append(event);
            });
        }

        @Override
        public Update update(PlanId id, Revision basedOn, List<SupportPlan> versions, AuditEvent event) {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(basedOn, "basedOn");
            Objects.requireNonNull(event, "event");
            List<SupportPlan> checked = checked(id, versions);
            return writing(() -> {
                Plan plan = plans.get(id.toString());
                if (plan == null) {
                    return new Update.Missing();
                }
                if (!plan.revision.equals(basedOn)) {
                    return new Update.Stale(plan.revision);
                }
                plan.requireOwnerOf(checked);
                plan.put(checked);
                plan.revision = plan.revision.next();
                append(event);
                return new Update.Written(plan.revision);
            });
        }

        @Override
        public Optional<StoredPlan> findById(PlanId id) {
            Objects.requireNonNull(id, "id");
            return reading(() -> Optional.ofNullable(plans.get(id.toString()))
                    .map(plan -> new StoredPlan(plan.versions().lastEntry().getValue(), plan.revision)));
        }

        @Override
        public Optional<SupportPlan> findVersion(PlanId id, int version) {
            Objects.requireNonNull(id, "id");
            return reading(() -> Optional.ofNullable(plans.get(id.toString())).map(plan -> plan.versions().get(version)));
        }

        @Override
        public List<SupportPlan> history(PlanId id) {
            Objects.requireNonNull(id, "id");
            return reading(() -> Optional.ofNullable(plans.get(id.toString()))
                    .map(plan -> List.copyOf(plan.versions().values())).orElse(List.of()));
        }

        @Override
        public List<PlanId> ids(Optional<PlanId> after, int limit) {
            Objects.requireNonNull(after, "after");
            if (limit < 0) {
                throw new IllegalArgumentException("a page of plan ids holds 0 or more ids, not " + limit);
            }
            return reading(() -> (after.isEmpty() ? plans : plans.tailMap(after.get().toString(), false)).keySet().stream()
                    .limit(limit).map(PlanId::parse).toList());
        }

        @Override
        public void restore(List<SupportPlan> history, Revision revision) {
            Objects.requireNonNull(history, "history");
            Objects.requireNonNull(revision, "revision");
            if (history.isEmpty()) {
                throw new IllegalArgumentException("a plan's history holds at least one version; nothing was written");
            }
            PlanId id = Objects.requireNonNull(history.get(0), "history[0]").id();
            List<SupportPlan> checked = checked(id, history);
            Plan restored = new Plan(checked.get(0), revision);
            restored.requireOwnerOf(checked);
            writing(() -> {
                if (plans.containsKey(id.toString())) {
                    throw new IllegalStateException("plan " + id + " exists, so its history cannot be restored; nothing was written");
                }
                restored.put(checked);
                return plans.put(id.toString(), restored);
            });
        }

        private List<SupportPlan> checked(PlanId id, List<SupportPlan> versions) {
            Objects.requireNonNull(versions, "versions");
            if (versions.isEmpty()) {
                throw new IllegalArgumentException("a write of plan " + id + " stores at least one version; nothing was written");
            }
            for (int i = 0; i < versions.size(); i++) {
                SupportPlan plan = Objects.requireNonNull(versions.get(i), "versions[" + i + "]");
                PlanStorageRules.requireSamePlan(id, plan, i);
                PlanStorageRules.requireStorableText(plan);
            }
            return List.copyOf(versions);
        }
    }

    private final class Trail implements AuditTrail {

        @Override
        public AuditEntry append(AuditEvent event) {
            Objects.requireNonNull(event, "event");
            return writing(() -> MemoryStore.this.append(event));
        }

        @Override
        public List<AuditEntry> entries(long from, int limit) {
            if (limit < 0) {
                throw new IllegalArgumentException("a page of audit entries holds 0 or more entries, not " + limit);
            }
            return reading(() -> {
                // Entry n is at index n - 1: the trail has no gaps.
                int start = (int) Math.min(Math.max(from, 1) - 1, trail.size());
                return List.copyOf(trail.subList(start, (int) Math.min((long) start + limit, trail.size())));
            });
        }

        @Override
        public void restore(AuditEntry entry) {
            Objects.requireNonNull(entry, "entry");
            writing(() -> {
                AuditEntry last = trail.isEmpty() ? null : trail.get(trail.size() - 1);
                long next = last == null ? 1 : last.sequence() + 1;
                String previous = last == null ? AuditEntry.GENESIS : last.hash();
                if (entry.sequence() != next || !entry.previousHash().equals(previous)) {
                    throw new IllegalStateException("audit entry " + entry.sequence() + " does not follow the last entry of the trail ("
                            + (last == null ? "the trail is empty" : "entry " + last.sequence())
                            + "): an entry is restored only after the one before it, with that entry's hash. Nothing was written");
                }
                return trail.add(entry);
            });
        }
    }
}
