package org.supportplan.adapter.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.supportplan.adapter.persistence.contract.ContractFixtures.changed;
import static org.supportplan.adapter.persistence.contract.ContractFixtures.created;
import static org.supportplan.adapter.persistence.contract.ContractFixtures.draft;
import static org.supportplan.adapter.persistence.contract.ContractFixtures.read;
import static org.supportplan.adapter.persistence.contract.ContractFixtures.version;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.supportplan.application.audit.AuditEntry;
import org.supportplan.application.port.Revision;
import org.supportplan.application.port.out.AuditTrail;
import org.supportplan.application.port.out.PlanRepository;
import org.supportplan.application.port.out.Store;
import org.supportplan.domain.plan.PlanId;
import org.supportplan.domain.plan.PlanStatus;
import org.supportplan.domain.plan.SupportPlan;

/**
 * The behaviour every {@link Store} must show, port by port ({@link PlanRepositoryContract},
 * {@link AuditTrailContract}) and as a whole (what {@link Store#info()} counts, closing). A store plug-in
 * proves itself by extending this class, which ships in this module's test jar, and returning a new, empty
 * store from {@link #openStore()}; the suite closes it after each test. docs/extending.md walks through it.
 */
public abstract class StoreContract implements PlanRepositoryContract, AuditTrailContract, ReviewRepositoryContract,
        AccountRepositoryContract {

    private Store store;

    /** A new, empty store for one test; the suite closes it afterwards. */
    protected abstract Store openStore();

    @Override
    public final Store store() {
        return store;
    }

    @BeforeEach
    final void openTheStore() {
        store = openStore();
    }

    @AfterEach
    final void closeTheStore() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void infoCountsPlansTheirVersionsAndAuditEntries() {
        assertThat(store.info()).containsEntry("plans", "0").containsEntry("planVersions", "0").containsEntry("auditEntries", "0");
        SupportPlan first = draft(PlanId.random(), "First");
        SupportPlan second = draft(PlanId.random(), "Second");
        SupportPlan next = version(second.id(), 2, PlanStatus.DRAFT, "Second, version two");
        plans().create(first, created(first));
        plans().create(second, created(second));
        plans().update(second.id(), Revision.FIRST, List.of(next), changed(second, next));
        trail().append(read(next, "CM-1"));
        plans().restore(List.of(draft(PlanId.random(), "Restored")), new Revision(4));

        Map<String, String> info = store.info();

        assertThat(info).containsEntry("plans", "3").containsEntry("planVersions", "4").containsEntry("auditEntries", "4");
    }

    @Test
    void theDescriptionSaysWhichStoreItIs() {
        assertThat(store.description()).isNotBlank();
    }

    @Test
    void aClosedStoreRefusesUse() {
        SupportPlan plan = draft(PlanId.random(), "Stored before closing");
        plans().create(plan, created(plan));
        PlanRepository repository = plans();
        AuditTrail auditTrail = trail();

        store.close();

        assertThatThrownBy(() -> repository.create(draft(PlanId.random(), "After"), created(plan)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
        assertThatThrownBy(() -> repository.update(plan.id(), Revision.FIRST, List.of(plan), created(plan)))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> repository.findById(plan.id())).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> repository.findVersion(plan.id(), 1)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> repository.history(plan.id())).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> repository.ids(Optional.empty(), 10)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> repository.restore(List.of(draft(PlanId.random(), "After")), Revision.FIRST))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> auditTrail.append(read(plan, "CM-1"))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> auditTrail.entries(1, 10)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> auditTrail.restore(AuditEntry.first(created(plan)))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(store::info).isInstanceOf(IllegalStateException.class);
    }
}
