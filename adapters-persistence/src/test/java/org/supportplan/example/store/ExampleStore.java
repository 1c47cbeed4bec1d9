package org.supportplan.example.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import org.supportplan.adapter.persistence.PlanStorageRules;
import org.supportplan.application.audit.AuditEntry;
import org.supportplan.application.audit.AuditEvent;
import org.supportplan.application.port.Revision;
import org.supportplan.application.port.StoredPlan;
import org.supportplan.application.port.out.AccountRepository;
import org.supportplan.application.port.out.AuditTrail;
import org.supportplan.application.port.out.PlanRepository;
import org.supportplan.application.port.out.ReviewRepository;
import org.supportplan.application.port.out.Store;
import org.supportplan.domain.plan.PlanId;
import org.supportplan.domain.plan.SupportPlan;

/**
 * A store kept in maps, one object serving the plans and the audit trail, with {@link ExampleRecords} for
 * reviews and accounts. Every method is synchronized on this object, so each write (versions, revision and
 * audit entry together) is all or nothing to every reader, and appends never fork.
 */
public final class ExampleStore implements Store, PlanRepository, AuditTrail {

    private final TreeMap<String, TreeMap<Integer, SupportPlan>> plans = new TreeMap<>();
    private final Map<String, Revision> revisions = new TreeMap<>();
    private final List<AuditEntry> trail = new ArrayList<>();
    private final ExampleRecords records = new ExampleRecords(this);
    private boolean closed;

    // Store

    @Override
    public PlanRepository plans() {
        return this;
    }

    @Override
    public AuditTrail auditTrail() {
        return this;
    }

    @Override
    public ReviewRepository reviews() {
        return records;
    }

    @Override
    public AccountRepository accounts() {
        return records;
    }

    @Override
    public String description() {
        return "example store (in memory)";
    }

    @Override
    public synchronized Map<String, String> info() {
        requireOpen();
        int versions = plans.values().stream().mapToInt(Map::size).sum();
        return Map.of("plans", "" + plans.size(), "planVersions", "" + versions, "auditEntries", "" + trail.size());
    }

    @Override
    public synchronized void close() {
        closed = true;
    }

    // PlanRepository

    @Override
    public synchronized void create(SupportPlan plan, AuditEvent event) {
        requireOpen();
        PlanStorageRules.requireStorableText(plan);
        if (plans.containsKey(plan.id().toString())) {
            throw new IllegalStateException("plan " + plan.id() + " exists; nothing was written");
        }
        put(plan.id(), List.of(plan), Revision.FIRST);
        append(event);
    }

    @Override
    public synchronized Update update(PlanId id, Revision basedOn, List<SupportPlan> versions, AuditEvent event) {
        requireOpen();
        check(id, versions);
        Revision current = revisions.get(id.toString());
        if (current == null) {
            return new Update.Missing();
        }
        if (!current.equals(basedOn)) {
            return new Update.Stale(current);
        }
        requireSameOwner(plans.get(id.toString()).firstEntry().getValue(), versions);
        put(id, versions, current.next());
        append(event);
        return new Update.Written(current.next());
    }

    @Override
    public synchronized Optional<StoredPlan> findById(PlanId id) {
        requireOpen();
        return Optional.ofNullable(plans.get(id.toString()))
                .map(versions -> new StoredPlan(versions.lastEntry().getValue(), revisions.get(id.toString())));
    }

    @Override
    public synchronized Optional<SupportPlan> findVersion(PlanId id, int version) {
        requireOpen();
        return Optional.ofNullable(plans.get(id.toString())).map(versions -> versions.get(version));
    }

    @Override
    public synchronized List<SupportPlan> history(PlanId id) {
        requireOpen();
        return List.copyOf(plans.getOrDefault(id.toString(), new TreeMap<>()).values());
    }

    @Override
    public synchronized List<PlanId> ids(Optional<PlanId> after, int limit) {
        requireOpen();
        var rest = after.isEmpty() ? plans : plans.tailMap(after.get().toString(), false);
        return rest.keySet().stream().limit(limit).map(PlanId::parse).toList();
    }

    @Override
    public synchronized void restore(List<SupportPlan> history, Revision revision) {
        requireOpen();
        if (history.isEmpty()) {
            throw new IllegalArgumentException("a history holds at least one version; nothing was written");
        }
        PlanId id = history.get(0).id();
        check(id, history);
        requireSameOwner(history.get(0), history);
        if (plans.containsKey(id.toString())) {
            throw new IllegalStateException("plan " + id + " exists; nothing was written");
        }
        put(id, history, revision);
    }

    // AuditTrail

    @Override
    public synchronized AuditEntry append(AuditEvent event) {
        requireOpen();
        AuditEntry entry = trail.isEmpty() ? AuditEntry.first(event) : trail.get(trail.size() - 1).next(event);
        trail.add(entry);
        return entry;
    }

    @Override
    public synchronized List<AuditEntry> entries(long from, int limit) {
        requireOpen();
        return trail.stream().filter(entry -> entry.sequence() >= from).limit(limit).toList();
    }

    @Override
    public synchronized void restore(AuditEntry entry) {
        requireOpen();
        String previous = trail.isEmpty() ? AuditEntry.GENESIS : trail.get(trail.size() - 1).hash();
        if (entry.sequence() != trail.size() + 1 || !entry.previousHash().equals(previous)) {
            throw new IllegalStateException("audit entry " + entry.sequence() + " does not follow the last; nothing was written");
        }
        trail.add(entry);
    }

    // For ExampleRecords, called holding the lock

    /** Moves the plan's revision on with no new version (a review that changes nothing). */
    Update advance(PlanId id, Revision basedOn, AuditEvent event) {
        requireOpen();
        Revision current = revisions.get(id.toString());
        if (current == null) {
            return new Update.Missing();
        }
        if (!current.equals(basedOn)) {
            return new Update.Stale(current);
        }
        revisions.put(id.toString(), current.next());
        append(event);
        return new Update.Written(current.next());
    }

    void requirePlan(PlanId id) {
        requireOpen();
        if (!plans.containsKey(id.toString())) {
            throw new IllegalStateException("there is no plan " + id + "; nothing was written");
        }
    }

    // Helpers, called holding the lock

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("the example store is closed");
        }
    }

    private static void check(PlanId id, List<SupportPlan> versions) {
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("a write stores at least one version; nothing was written");
        }
        for (int i = 0; i < versions.size(); i++) {
            SupportPlan version = Objects.requireNonNull(versions.get(i), "versions[" + i + "]");
            PlanStorageRules.requireSamePlan(id, version, i);
            PlanStorageRules.requireStorableText(version);
        }
    }

    private static void requireSameOwner(SupportPlan stored, List<SupportPlan> versions) {
        for (SupportPlan version : versions) {
            PlanStorageRules.requireSameOwner(version.id(), version.version(), version.person(), version.council(),
                    stored.person(), stored.council());
        }
    }

    private void put(PlanId id, List<SupportPlan> versions, Revision revision) {
        TreeMap<Integer, SupportPlan> stored = plans.computeIfAbsent(id.toString(), key -> new TreeMap<>());
        versions.forEach(version -> stored.put(version.version(), version));
        revisions.put(id.toString(), revision);
    }
}
