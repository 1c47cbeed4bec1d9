package org.supportplan.adapter.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.supportplan.application.port.out.PlanRepository;
import org.supportplan.application.port.out.Store;
import org.supportplan.domain.money.Money;
import org.supportplan.domain.money.Quantity;
import org.supportplan.domain.plan.CouncilId;
import org.supportplan.domain.plan.Narrative;
import org.supportplan.domain.plan.PersonId;
import org.supportplan.domain.plan.PlanId;
import org.supportplan.domain.plan.PlanStatus;
import org.supportplan.domain.plan.SupportItem;
import org.supportplan.domain.plan.SupportPlan;
import org.supportplan.domain.plan.SupportUnit;
import org.supportplan.domain.testdata.PlanFixtures;
import org.supportplan.domain.testdata.PlanGenerators;

/**
 * The behaviour every {@link PlanRepository} must show. A store plug-in proves itself by extending
 * this class (it ships in this module's test jar) and returning a fresh, empty store from
 * {@link #openStore()}; the suite closes that store after each test.
 */
public abstract class PlanRepositoryContract {

    private Store store;

    /** A new, empty store for one test; the suite closes it afterwards. */
    protected abstract Store openStore();

    /** The repository under test. */
    protected final PlanRepository plans() {
        return store.plans();
    }

    @BeforeEach
    void openTheStore() {
        store = openStore();
    }

    @AfterEach
    void closeTheStore() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void aSavedPlanIsFoundEqualInEveryFieldWithItemsInOrder() {
        SupportPlan plan = planWith(PlanId.random(), List.of(item("Morning routine", "12.5", "18.40"),
                item("Day centre", "2", "45.00"), item("Gym membership", "1", "240.00")));

        plans().save(plan);

        assertStored(plan);
        SupportPlan found = plans().findById(plan.id()).orElseThrow();
        assertThat(found.person()).isEqualTo(plan.person());
        assertThat(found.council()).isEqualTo(plan.council());
        assertThat(found.whatIsImportant()).isEqualTo(plan.whatIsImportant());
        assertThat(found.status()).isEqualTo(plan.status());
        assertThat(found.createdAt()).isEqualTo(plan.createdAt());
        assertThat(found.supportItems()).extracting(SupportItem::description)
                .containsExactly("Morning routine", "Day centre", "Gym membership");
    }

    @Test
    void theSharedFixtureRoundTrips() {
        SupportPlan plan = PlanFixtures.aDraftPlan();

        plans().save(plan);

        assertThat(plans().findById(plan.id())).contains(plan);
    }

    @Test
    void anUnknownIdFindsNothing() {
        plans().save(planWith(PlanId.random(), List.of(item("Respite", "1", "90.00"))));

        assertThat(plans().findById(PlanId.random())).isEmpty();
    }

    @Test
    void savingAgainReplacesThePlanAndItsItems() {
        PlanId id = PlanId.random();
        SupportItem a = item("A", "1", "1.00");
        SupportItem b = item("B", "2", "2.00");
        SupportItem c = item("C", "3", "3.00");
        SupportItem d = item("D", "4", "4.00");

        plans().save(planWith(id, List.of(a, b, c)));
        SupportPlan shrunk = SupportPlan.restore(id, PersonId.of("P-2"), CouncilId.of("bury"),
                Narrative.of("Changed words"), List.of(c), PlanStatus.SUBMITTED, Instant.parse("2026-02-01T00:00:00Z"));
        plans().save(shrunk);
        assertThat(plans().findById(id)).contains(shrunk);

        SupportPlan grown = planWith(id, List.of(d, c, b, a));
        plans().save(grown);
        assertThat(plans().findById(id)).contains(grown);

        SupportPlan emptied = planWith(id, List.of());
        plans().save(emptied);
        assertThat(plans().findById(id)).contains(emptied);
    }

    @Test
    void savingOnePlanLeavesOthersAlone() {
        SupportPlan first = planWith(PlanId.random(), List.of(item("First", "1", "1.00")));
        SupportPlan second = planWith(PlanId.random(), List.of(item("Second", "1", "2.00")));
        plans().save(first);
        plans().save(second);

        plans().save(planWith(second.id(), List.of()));

        assertThat(plans().findById(first.id())).contains(first);
    }

    @Test
    void anyGeneratedPlanRoundTrips() {
        qt().withExamples(200).forAll(PlanGenerators.plans().map(PlanRepositoryContract::wellFormed)).checkAssert(plan -> {
            plans().save(plan);
            assertStored(plan);
        });
    }

    @Test
    void concurrentSavesOfDifferentPlansAllPersist() throws Exception {
        int threads = 8;
        int perThread = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<SupportPlan>>> results = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                int thread = t;
                Callable<List<SupportPlan>> work = () -> {
                    start.await();
                    List<SupportPlan> saved = new ArrayList<>();
                    for (int i = 0; i < perThread; i++) {
                        SupportPlan plan = planWith(PlanId.random(),
                                List.of(item("Thread " + thread, Integer.toString(i), "1.00"), item("Plan " + i, "1", "2.50")));
                        plans().save(plan);
                        saved.add(plan);
                    }
                    return saved;
                };
                results.add(pool.submit(work));
            }
            start.countDown();
            List<SupportPlan> saved = new ArrayList<>();
            for (Future<List<SupportPlan>> result : results) {
                saved.addAll(result.get(60, TimeUnit.SECONDS));
            }

            assertThat(saved).hasSize(threads * perThread);
            for (SupportPlan plan : saved) {
                assertStored(plan);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Fails unless the stored plan with {@code plan}'s id equals it, showing which field differs if not. */
    protected final void assertStored(SupportPlan plan) {
        SupportPlan found = plans().findById(plan.id()).orElseThrow(() -> new AssertionError("plan " + plan.id() + " not found"));
        assertThat(found).usingRecursiveComparison().isEqualTo(plan);
        assertThat(found).isEqualTo(plan);
    }

    /**
     * The generators may produce unpaired UTF-16 surrogates, which no UTF-8 database can hold; a
     * store may refuse such text, so the round-trip property uses the replacement character instead.
     */
    private static SupportPlan wellFormed(SupportPlan plan) {
        List<SupportItem> items = new ArrayList<>();
        for (SupportItem item : plan.supportItems()) {
            items.add(new SupportItem(wellFormed(item.description()), wellFormed(item.provider()), item.quantity(),
                    item.unit(), item.unitCost()));
        }
        return SupportPlan.restore(plan.id(), plan.person(), plan.council(),
                Narrative.of(wellFormed(plan.whatIsImportant().text())), items, plan.status(), plan.createdAt());
    }

    private static String wellFormed(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> out.appendCodePoint(cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE ? 0xFFFD : cp));
        return out.toString();
    }

    private static SupportPlan planWith(PlanId id, List<SupportItem> items) {
        return SupportPlan.restore(id, PersonId.of("P-104233"), CouncilId.of("derbyshire"),
                Narrative.of("Seeing my grandchildren \"every\" week; café trips ☕ and\nmy garden"), items,
                PlanStatus.DRAFT, Instant.parse("2026-01-15T09:30:12.123456789Z"));
    }

    private static SupportItem item(String description, String quantity, String unitCost) {
        return new SupportItem(description, "Provider of " + description, Quantity.parse(quantity),
                SupportUnit.HOURS_PER_WEEK, Money.parse(unitCost));
    }
}
