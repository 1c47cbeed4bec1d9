package org.supportplan.adapter.persistence.memory;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.supportplan.application.port.out.PlanRepository;
import org.supportplan.application.port.out.Store;
import org.supportplan.domain.plan.PlanId;
import org.supportplan.domain.plan.SupportPlan;

/** A store held in a concurrent map; nothing survives {@link #close()} or the end of the process. */
final class MemoryStore implements Store {

    private final ConcurrentMap<PlanId, SupportPlan> plans = new ConcurrentHashMap<>();
    private final Repository repository = new Repository();
    private volatile boolean closed;

    @Override
    public PlanRepository plans() {
        return repository;
    }

    @Override
    public String description() {
        return "memory (nothing is kept after the process ends)";
    }

    @Override
    public void close() {
        closed = true;
        plans.clear();
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("the memory store is closed");
        }
    }

    /** Plans are immutable, so keeping the saved instance is as good as a copy; one map put is atomic. */
    private final class Repository implements PlanRepository {

        @Override
        public void save(SupportPlan plan) {
            Objects.requireNonNull(plan, "plan");
            requireOpen();
            plans.put(plan.id(), plan);
        }

        @Override
        public Optional<SupportPlan> findById(PlanId id) {
            Objects.requireNonNull(id, "id");
            requireOpen();
            return Optional.ofNullable(plans.get(id));
        }
    }
}
