package org.supportplan.adapter.persistence.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;
import org.supportplan.adapter.persistence.contract.ContractFixtures;
import org.supportplan.application.audit.AuditEntry;
import org.supportplan.application.port.Revision;
import org.supportplan.application.port.out.PlanRepository;
import org.supportplan.application.port.out.Store;
import org.supportplan.domain.plan.PlanId;
import org.supportplan.domain.plan.SupportPlan;
import org.supportplan.domain.testdata.PlanGenerators;

/** Fills a store with generated plans, their histories and a trail, and compares two stores' contents. */
public final class StoreFilling {

    private StoreFilling() {
    }

    /** Histories of generated plan versions, {@code 1..maxPlans} of them with 1 to 4 versions each. */
    public static Gen<List<List<SupportPlan>>> histories(int maxPlans) {
        return SourceDSL.lists().of(SourceDSL.lists().of(PlanGenerators.plans()).ofSizeBetween(1, 4)).ofSizeBetween(1, maxPlans);
    }

    /**
     * Stores each generated history as one plan (a new id; the first version's person and council) the way
     * the services would: created, then updated version by version (the last update writing two versions at
     * once), then read; every fourth plan is restored at a high revision instead, with no events.
     */
    public static List<PlanId> fill(Store store, List<List<SupportPlan>> generated) {
        List<PlanId> ids = new ArrayList<>();
        PlanRepository plans = store.plans();
        for (int i = 0; i < generated.size(); i++) {
            List<SupportPlan> history = renumbered(generated.get(i));
            PlanId id = history.get(0).id();
            ids.add(id);
            if (i % 4 == 3) {
                plans.restore(history, new Revision(history.size() + 100L * i));
                continue;
            }
            plans.create(history.get(0), ContractFixtures.created(history.get(0)));
            Revision revision = Revision.FIRST;
            for (int v = 1; v < history.size(); v++) {
                List<SupportPlan> written = v == history.size() - 1 ? List.of(history.get(v - 1), history.get(v))
                        : List.of(history.get(v));
                PlanRepository.Update update = plans.update(id, revision, written,
                        ContractFixtures.changed(history.get(v - 1), history.get(v)));
                assertThat(update).isEqualTo(new PlanRepository.Update.Written(revision.next()));
                revision = revision.next();
            }
            store.auditTrail().append(ContractFixtures.read(history.get(history.size() - 1), "CM-" + i));
        }
        return ids;
    }

    private static List<SupportPlan> renumbered(List<SupportPlan> generated) {
        PlanId id = PlanId.random();
        SupportPlan first = generated.get(0);
        List<SupportPlan> history = new ArrayList<>();
        for (int v = 0; v < generated.size(); v++) {
            SupportPlan p = generated.get(v);
            history.add(SupportPlan.restore(id, v + 1, first.person(), first.council(), p.status(), p.createdAt(), p.content(),
                    p.returnReasons(), p.signOff().orElse(null), p.supportStart().orElse(null), p.endedOn().orElse(null)));
        }
        return history;
    }

    /** Fails unless {@code copy} holds exactly the plans (every version, every revision) and the trail {@code original} holds. */
    public static void assertSameContents(Store original, Store copy) {
        List<PlanId> ids = allIds(original);
        assertThat(allIds(copy)).containsExactlyInAnyOrderElementsOf(ids);
        for (PlanId id : ids) {
            assertThat(copy.plans().findById(id)).as("plan %s", id).isEqualTo(original.plans().findById(id));
            assertThat(copy.plans().history(id)).as("plan %s", id).containsExactlyElementsOf(original.plans().history(id));
        }
        assertThat(allEntries(copy)).containsExactlyElementsOf(allEntries(original));
        for (String count : List.of("plans", "planVersions", "auditEntries")) {
            assertThat(copy.info()).containsEntry(count, original.info().get(count));
        }
    }

    /** Every plan id, a page at a time. */
    public static List<PlanId> allIds(Store store) {
        List<PlanId> all = new ArrayList<>();
        Optional<PlanId> after = Optional.empty();
        List<PlanId> page;
        do {
            page = store.plans().ids(after, 100);
            all.addAll(page);
            after = page.isEmpty() ? after : Optional.of(page.get(page.size() - 1));
        } while (!page.isEmpty());
        return all;
    }

    /** Every audit entry, a page at a time. */
    public static List<AuditEntry> allEntries(Store store) {
        List<AuditEntry> all = new ArrayList<>();
        List<AuditEntry> page;
        do {
            page = store.auditTrail().entries(all.size() + 1L, 100);
            all.addAll(page);
        } while (!page.isEmpty());
        return all;
    }
}
