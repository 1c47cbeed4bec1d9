package org.supportplan.adapter.persistence.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.supportplan.application.audit.Actor;
import org.supportplan.application.audit.AuditAction;
import org.supportplan.application.audit.AuditEvent;
import org.supportplan.domain.money.Money;
import org.supportplan.domain.money.Quantity;
import org.supportplan.domain.plan.CouncilId;
import org.supportplan.domain.plan.ItemId;
import org.supportplan.domain.plan.Narrative;
import org.supportplan.domain.plan.PaymentRoute;
import org.supportplan.domain.plan.PersonId;
import org.supportplan.domain.plan.PlanContent;
import org.supportplan.domain.plan.PlanId;
import org.supportplan.domain.plan.PlanStatus;
import org.supportplan.domain.plan.SignOff;
import org.supportplan.domain.plan.SpendCategory;
import org.supportplan.domain.plan.SupportItem;
import org.supportplan.domain.plan.SupportPlan;
import org.supportplan.domain.plan.SupportUnit;
import org.supportplan.domain.plan.Transition;
import org.supportplan.domain.signoff.SignOffCheck;
import org.supportplan.domain.testdata.PlanFixtures;
import org.supportplan.domain.testdata.ProfileFixtures;

/** Plans, events and a way to run tasks together, for the store contract suite (and for stores' own tests). */
public final class ContractFixtures {

    /** An instant with nanoseconds, so a store that drops them is caught. */
    public static final Instant T0 = Instant.parse("2026-01-15T09:30:12.123456789Z");
    /** Whose plans the fixtures are. */
    public static final PersonId PERSON = PersonId.of("P-104233");
    /** The council of the fixtures. */
    public static final CouncilId COUNCIL = CouncilId.of("derbyshire");
    /** Who makes the fixtures' changes. */
    public static final Actor ACTOR = Actor.of("CM-0042");

    private ContractFixtures() {
    }

    /** A version of the fixture plan's content, with {@code words} as what is important. */
    public static SupportPlan version(PlanId id, int number, PlanStatus status, String words) {
        boolean signed = switch (status) {
            case AGREED, ACTIVE, UNDER_REVIEW, REPLACED, ENDED -> true;
            default -> false;
        };
        PlanContent content = PlanFixtures.completeContent().toBuilder().whatIsImportant(Narrative.of(words)).build();
        return SupportPlan.restore(id, number, PERSON, COUNCIL, status, T0.plusSeconds(number), content,
                status == PlanStatus.RETURNED ? List.of("Please add a contingency plan") : List.of(),
                signed ? new SignOff("CM-0042", T0.plusSeconds(3600), Money.parse("16000.00")) : null,
                signed && status != PlanStatus.AGREED ? LocalDate.of(2026, 4, 6) : null,
                status == PlanStatus.ENDED ? LocalDate.of(2027, 1, 31) : null);
    }

    /** A draft version 1 with {@code words} as what is important. */
    public static SupportPlan draft(PlanId id, String words) {
        return version(id, 1, PlanStatus.DRAFT, words);
    }

    /** Small content: {@code words} and {@code items} costed items. */
    public static PlanContent content(String words, int items) {
        List<SupportItem> list = new ArrayList<>();
        for (int i = 1; i <= items; i++) {
            list.add(new SupportItem(ItemId.of("i" + i), words + " item " + i, "Provider " + i, PaymentRoute.DIRECT_PAYMENT,
                    Quantity.of(i), SupportUnit.HOURS_PER_WEEK, Money.ofPence(1000L * i), SpendCategory.of("home-care"),
                    Set.of(), Set.of(), null));
        }
        return PlanContent.builder().whatIsImportant(Narrative.of(words)).supportItems(list).build();
    }

    /** {@code plan} with {@code words} as what is important, all else the same. */
    public static SupportPlan withWords(SupportPlan plan, String words) {
        return SupportPlan.restore(plan.id(), plan.version(), plan.person(), plan.council(), plan.status(), plan.createdAt(),
                plan.content().toBuilder().whatIsImportant(Narrative.of(words)).build(), plan.returnReasons(),
                plan.signOff().orElse(null), plan.supportStart().orElse(null), plan.endedOn().orElse(null));
    }

    /** {@code plan} as version {@code number} of plan {@code id}, all else the same. */
    public static SupportPlan renumbered(SupportPlan plan, PlanId id, int number) {
        return SupportPlan.restore(id, number, plan.person(), plan.council(), plan.status(), plan.createdAt(),
                plan.content(), plan.returnReasons(), plan.signOff().orElse(null), plan.supportStart().orElse(null),
                plan.endedOn().orElse(null));
    }

    /** The event of creating {@code plan}. */
    public static AuditEvent created(SupportPlan plan) {
        return AuditEvent.change(T0, ACTOR, AuditAction.PLAN_CREATED, null, plan);
    }

    /** The event of changing {@code before} into {@code after}. */
    public static AuditEvent changed(SupportPlan before, SupportPlan after) {
        return AuditEvent.change(T0.plusSeconds(after.version()), ACTOR, AuditAction.PLAN_EDITED, before, after);
    }

    /** The event of {@code reader} reading {@code plan}. */
    public static AuditEvent read(SupportPlan plan, String reader) {
        return AuditEvent.read(T0, Actor.of(reader), plan);
    }

    /** The plan a lifecycle step made; fails the test if the step was refused. */
    public static SupportPlan done(Transition transition) {
        if (transition instanceof Transition.Done done) {
            return done.plan();
        }
        throw new AssertionError("the fixture's lifecycle step was refused: " + transition);
    }

    /** {@code submitted}, agreed under the Derbyshire profile with {@code finalBudget}. */
    public static SupportPlan agree(SupportPlan submitted, Money finalBudget, Instant at) {
        SignOffCheck check = new SignOffCheck(ProfileFixtures.derbyshire());
        return done(submitted.agree(check.check(submitted.contentWithFinalBudget(finalBudget)),
                new SignOff("CM-0042", at, finalBudget)));
    }

    /** Starts every task at once and waits for all (two minutes at most); a task's failure fails the caller. */
    public static <T> List<T> runTogether(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(120, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
