package org.supportplan.adapter.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.supportplan.adapter.persistence.contract.ContractFixtures.COUNCIL;
import static org.supportplan.adapter.persistence.contract.ContractFixtures.PERSON;
import static org.supportplan.adapter.persistence.contract.ContractFixtures.T0;
import static org.supportplan.adapter.persistence.contract.ContractFixtures.agree;
import static org.supportplan.adapter.persistence.contract.ContractFixtures.changed;
import static org.supportplan.adapter.persistence.contract.ContractFixtures.content;
import static org.supportplan.adapter.persistence.contract.ContractFixtures.created;
import static org.supportplan.adapter.persistence.contract.ContractFixtures.done;
import static org.supportplan.adapter.persistence.contract.ContractFixtures.draft;
import static org.supportplan.adapter.persistence.contract.ContractFixtures.renumbered;
import static org.supportplan.adapter.persistence.contract.ContractFixtures.version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;
import org.supportplan.application.audit.AuditChain;
import org.supportplan.application.audit.AuditEntry;
import org.supportplan.application.audit.AuditEvent;
import org.supportplan.application.port.PlanOwnership;
import org.supportplan.application.port.Revision;
import org.supportplan.application.port.StoredPlan;
import org.supportplan.application.port.out.PlanRepository.Update;
import org.supportplan.application.port.out.PlanRepository;
import org.supportplan.domain.money.Money;
import org.supportplan.domain.money.Quantity;
import org.supportplan.domain.plan.ActionStep;
import org.supportplan.domain.plan.CouncilId;
import org.supportplan.domain.plan.ItemId;
import org.supportplan.domain.plan.Narrative;
import org.supportplan.domain.plan.PaymentRoute;
import org.supportplan.domain.plan.PersonId;
import org.supportplan.domain.plan.PersonalBudget;
import org.supportplan.domain.plan.PlanContent;
import org.supportplan.domain.plan.PlanId;
import org.supportplan.domain.plan.PlanStatus;
import org.supportplan.domain.plan.Risk;
import org.supportplan.domain.plan.SignOff;
import org.supportplan.domain.plan.SpendCategory;
import org.supportplan.domain.plan.SupportItem;
import org.supportplan.domain.plan.SupportPlan;
import org.supportplan.domain.plan.SupportUnit;
import org.supportplan.domain.testdata.PlanFixtures;
import org.supportplan.domain.testdata.PlanGenerators;
import org.supportplan.domain.validation.InvalidValueException;

/**
 * What every {@link PlanRepository} must do (part of {@link StoreContract}): keep every version exactly,
 * count each plan's writes in its revision, take an update only if it is based on the current revision
 * (compare-and-set, so concurrent writers never lose an update), append each write's audit event with it,
 * and write nothing at all when it refuses. Besides the port's own promises, a store refuses a version for
 * another person or council than its plan's stored versions, and return reasons that are not whole Unicode
 * characters, with an {@link InvalidValueException} naming the field ({@code PlanStorageRules}).
 */
public interface PlanRepositoryContract extends ContractStore {

    // Creating

    @Test
    default void aCreatedPlanIsFoundAtTheFirstRevisionInEveryField() {
        SupportPlan plan = PlanFixtures.aDraftPlan(PlanId.random());

        plans().create(plan, created(plan));

        assertStored(plan);
        assertThat(plans().findById(plan.id())).contains(new StoredPlan(plan, Revision.FIRST));
        assertThat(plans().history(plan.id())).containsExactly(plan);
    }

    @Test
    default void aPlansOwnershipIsItsPersonAndCouncilAndAMissingPlanHasNone() {
        SupportPlan derbyshire = PlanFixtures.aDraftPlan(PlanId.random());
        SupportPlan bury = SupportPlan.draft(PlanId.random(), PersonId.of("P-200771"), CouncilId.of("bury"),
                content("Bury's plan", 2), T0);
        plans().create(derbyshire, created(derbyshire));
        plans().create(bury, created(bury));

        assertThat(plans().ownership(derbyshire.id())).contains(new PlanOwnership(derbyshire.person(), derbyshire.council()));
        assertThat(plans().ownership(bury.id())).contains(new PlanOwnership(PersonId.of("P-200771"), CouncilId.of("bury")));
        assertThat(plans().ownership(PlanId.random())).isEmpty();
    }

    @Test
    default void aPlansOwnershipStaysTheSameAcrossItsVersions() {
        SupportPlan first = draft(PlanId.random(), "The first");
        plans().create(first, created(first));
        SupportPlan second = version(first.id(), 2, PlanStatus.DRAFT, "The second");

        assertThat(plans().update(first.id(), Revision.FIRST, List.of(second), changed(first, second)))
                .isInstanceOf(Update.Written.class);

        assertThat(plans().ownership(first.id())).contains(new PlanOwnership(PERSON, COUNCIL));
    }

    @Test
    default void creatingAPlanThatExistsIsRefusedAndWritesNothing() {
        SupportPlan plan = draft(PlanId.random(), "The first");
        plans().create(plan, created(plan));
        SupportPlan again = draft(plan.id(), "The second");

        assertThatThrownBy(() -> plans().create(again, created(again)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(plan.id().toString());

        assertThat(plans().findById(plan.id())).contains(new StoredPlan(plan, Revision.FIRST));
        assertThat(trail().entries(1, 10)).extracting(AuditEntry::event).containsExactly(created(plan));
    }

    @Test
    default void anUnknownPlanFindsNothing() {
        SupportPlan stored = draft(PlanId.random(), "Stored");
        plans().create(stored, created(stored));
        PlanId unknown = PlanId.random();

        assertThat(plans().findById(unknown)).isEmpty();
        assertThat(plans().findVersion(unknown, 1)).isEmpty();
        assertThat(plans().history(unknown)).isEmpty();
    }

    @Test
    default void aVersionThatWasNeverStoredFindsNothing() {
        PlanId id = PlanId.random();
        plans().restore(List.of(version(id, 2, PlanStatus.DRAFT, "Only version two")), Revision.FIRST);

        assertThat(plans().findVersion(id, 1)).isEmpty();
        assertThat(plans().findVersion(id, 3)).isEmpty();
        assertThat(plans().findVersion(id, 0)).isEmpty();
        assertThat(plans().findVersion(id, -1)).isEmpty();
        assertThat(plans().findVersion(id, Integer.MAX_VALUE)).isEmpty();
    }

    // Updating

    @Test
    default void anUpdateBasedOnTheCurrentRevisionIsWrittenWithItsEvent() {
        SupportPlan v1 = draft(PlanId.random(), "Drafted");
        plans().create(v1, created(v1));
        SupportPlan edited = draft(v1.id(), "Edited");

        Update update = plans().update(v1.id(), Revision.FIRST, List.of(edited), changed(v1, edited));

        assertThat(update).isEqualTo(new Update.Written(new Revision(2)));
        assertThat(plans().findById(v1.id())).contains(new StoredPlan(edited, new Revision(2)));
        assertThat(plans().history(v1.id())).containsExactly(edited);
        assertThat(trail().entries(1, 10)).extracting(AuditEntry::event).containsExactly(created(v1), changed(v1, edited));
    }

    @Test
    default void anUpdateReplacesAVersionWhollyOrAddsOneAndLeavesTheOthers() {
        PlanId id = PlanId.random();
        SupportPlan returned = SupportPlan.restore(id, 1, PERSON, COUNCIL, PlanStatus.RETURNED, T0, content("First words", 3),
                List.of("Please add a contingency plan", "The budget is missing"), null, null, null);
        plans().create(returned, created(returned));
        SupportPlan emptied = SupportPlan.restore(id, 1, PERSON, COUNCIL, PlanStatus.DRAFT, T0.plusSeconds(1),
                PlanContent.builder().build(), List.of(), null, null, null);
        plans().update(id, Revision.FIRST, List.of(emptied), changed(returned, emptied));
        assertStored(emptied);

        SupportPlan v2 = version(id, 2, PlanStatus.DRAFT, "Version two");
        assertThat(plans().update(id, new Revision(2), List.of(v2), changed(emptied, v2))).isEqualTo(new Update.Written(new Revision(3)));

        assertThat(plans().history(id)).containsExactly(emptied, v2);
        assertThat(plans().findById(id)).contains(new StoredPlan(v2, new Revision(3)));
    }

    @Test
    default void anUpdateOfSeveralVersionsIsOneWriteWithOneEvent() {
        PlanId id = PlanId.random();
        SupportPlan active = version(id, 1, PlanStatus.ACTIVE, "In force");
        SupportPlan submitted = version(id, 2, PlanStatus.SUBMITTED, "The revision");
        plans().restore(List.of(active, submitted), new Revision(7));
        SupportPlan replaced = version(id, 1, PlanStatus.REPLACED, "In force");
        SupportPlan agreed = version(id, 2, PlanStatus.AGREED, "The revision");

        // Given in any order: the latest version is the highest number, not the last in the list.
        Update update = plans().update(id, new Revision(7), List.of(agreed, replaced), changed(submitted, agreed));

        assertThat(update).isEqualTo(new Update.Written(new Revision(8)));
        assertThat(plans().history(id)).containsExactly(replaced, agreed);
        assertThat(plans().findById(id)).contains(new StoredPlan(agreed, new Revision(8)));
        assertThat(trail().entries(1, 10)).extracting(AuditEntry::event).containsExactly(changed(submitted, agreed));
    }

    @Test
    default void aStaleUpdateIsRefusedWithTheCurrentRevisionAndWritesNothing() {
        SupportPlan v1 = draft(PlanId.random(), "Drafted");
        plans().create(v1, created(v1));
        SupportPlan mine = draft(v1.id(), "My edit");
        SupportPlan theirs = draft(v1.id(), "Their edit, based on the same revision");
        plans().update(v1.id(), Revision.FIRST, List.of(mine), changed(v1, mine));

        Update update = plans().update(v1.id(), Revision.FIRST, List.of(theirs), changed(v1, theirs));
        Update ahead = plans().update(v1.id(), new Revision(5), List.of(theirs), changed(v1, theirs));

        assertThat(update).isEqualTo(new Update.Stale(new Revision(2)));
        assertThat(ahead).isEqualTo(new Update.Stale(new Revision(2)));
        assertThat(plans().findById(v1.id())).contains(new StoredPlan(mine, new Revision(2)));
        assertThat(trail().entries(1, 10)).extracting(AuditEntry::event).containsExactly(created(v1), changed(v1, mine));
    }

    @Test
    default void anUpdateOfAMissingPlanIsMissingAndWritesNothing() {
        SupportPlan nowhere = draft(PlanId.random(), "Never created");

        Update update = plans().update(nowhere.id(), Revision.FIRST, List.of(nowhere), created(nowhere));

        assertThat(update).isEqualTo(new Update.Missing());
        assertThat(plans().findById(nowhere.id())).isEmpty();
        assertThat(trail().entries(1, 10)).isEmpty();
    }

    @Test
    default void aVersionForAnotherPersonOrCouncilThanItsPlanIsRefusedAndWritesNothing() {
        PlanId id = PlanId.random();
        SupportPlan v1 = version(id, 1, PlanStatus.ACTIVE, "Mine");
        plans().create(v1, created(v1));

        SupportPlan otherPerson = SupportPlan.restore(id, 2, PersonId.of("P-999"), COUNCIL, PlanStatus.DRAFT, T0,
                content("Someone else's", 1), List.of(), null, null, null);
        assertThatThrownBy(() -> plans().update(id, Revision.FIRST, List.of(version(id, 2, PlanStatus.DRAFT, "Fine"), otherPerson),
                changed(v1, otherPerson)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("personId");
                    assertThat(e.ruleId()).isEqualTo("store.plan-same-person");
                })
                .hasMessageContaining(id.toString()).hasMessageContaining("P-999").hasMessageContaining(PERSON.value());

        SupportPlan otherCouncil = SupportPlan.restore(id, 1, PERSON, CouncilId.of("bury"), PlanStatus.DRAFT, T0,
                content("Another council's", 1), List.of(), null, null, null);
        assertThatThrownBy(() -> plans().update(id, Revision.FIRST, List.of(otherCouncil), changed(v1, otherCouncil)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("councilId");
                    assertThat(e.ruleId()).isEqualTo("store.plan-same-council");
                })
                .hasMessageContaining("bury").hasMessageContaining(COUNCIL.value());

        PlanId mixed = PlanId.random();
        assertThatThrownBy(() -> plans().restore(List.of(draft(mixed, "One"), SupportPlan.restore(mixed, 2, PersonId.of("P-7"),
                COUNCIL, PlanStatus.DRAFT, T0, content("Two", 1), List.of(), null, null, null)), Revision.FIRST))
                .isInstanceOf(InvalidValueException.class);

        assertThat(plans().findById(id)).contains(new StoredPlan(v1, Revision.FIRST));
        assertThat(plans().history(id)).containsExactly(v1);
        assertThat(plans().history(mixed)).isEmpty();
        assertThat(trail().entries(1, 10)).extracting(AuditEntry::event).containsExactly(created(v1));
    }

    @Test
    default void anUpdateHoldingAVersionOfAnotherPlanNoVersionOrANullIsRefusedAndWritesNothing() {
        SupportPlan v1 = draft(PlanId.random(), "Mine");
        plans().create(v1, created(v1));
        SupportPlan another = draft(PlanId.random(), "Another plan's");
        SupportPlan v2 = version(v1.id(), 2, PlanStatus.DRAFT, "Next");

        assertThatThrownBy(() -> plans().update(v1.id(), Revision.FIRST, List.of(v2, another), changed(v1, v2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(another.id().toString());
        assertThatThrownBy(() -> plans().update(v1.id(), Revision.FIRST, List.of(), changed(v1, v2)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> plans().update(v1.id(), Revision.FIRST, Arrays.asList(v2, null), changed(v1, v2)))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("versions[1]");
        assertThatThrownBy(() -> plans().restore(List.of(), Revision.FIRST)).isInstanceOf(IllegalArgumentException.class);

        assertThat(plans().findById(v1.id())).contains(new StoredPlan(v1, Revision.FIRST));
        assertThat(plans().findById(another.id())).isEmpty();
        assertThat(trail().entries(1, 10)).hasSize(1);
    }

    @Test
    default void returnReasonsWithABrokenCharacterAreRefusedAndWriteNothing() {
        PlanId id = PlanId.random();
        SupportPlan broken = SupportPlan.restore(id, 1, PERSON, COUNCIL, PlanStatus.RETURNED, T0, content("Returned", 1),
                List.of("Fine", "Broken \uD83D here"), null, null, null);

        assertThatThrownBy(() -> plans().create(broken, created(broken)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("returnReasons[1]");
                    assertThat(e.ruleId()).isEqualTo("text.well-formed");
                });
        assertThat(plans().findById(id)).isEmpty();

        SupportPlan fine = draft(id, "Fine");
        plans().create(fine, created(fine));
        assertThatThrownBy(() -> plans().update(id, Revision.FIRST, List.of(broken), changed(fine, broken)))
                .isInstanceOf(InvalidValueException.class);
        assertThat(plans().findById(id)).contains(new StoredPlan(fine, Revision.FIRST));
        assertThat(trail().entries(1, 10)).hasSize(1);
    }

    // Text and values

    @Test
    default void awkwardTextSurvivesExactly() {
        String awkward = "Seeing my grandchildren \"every\" week; café trips ☕ and\nmy garden 🌱🏳️‍🌈 — 'quoted' \\ back\\slash\r\n"
                + "tab\tend {\"json\": [1, 2]} '); DROP TABLE plan_version; -- % _ \u2028 \u200D עברית 中文 e\u0301 𝄞 \uFEFF";
        PlanId id = PlanId.random();
        PlanContent content = PlanFixtures.completeContent().toBuilder()
                .whatIsImportant(Narrative.of(awkward))
                .supportItem(new SupportItem(ItemId.of("i3"), awkward, "Provider \"A&B\" <ltd> 🏳️‍🌈",
                        PaymentRoute.TOP_UP, Quantity.parse("0.001"), SupportUnit.ONE_OFF, Money.parse("0.01"),
                        SpendCategory.of("equipment"), Set.of(), Set.of(), null))
                .risk(new Risk(Narrative.of(awkward), null))
                .contingencyPlan(Narrative.of("Line one\nLine two\n\nLine four"))
                .actionStep(new ActionStep(Narrative.of(awkward), "my \"son\" 👨‍👩‍👦", null))
                .build();
        SupportPlan plan = SupportPlan.restore(id, 1, PERSON, COUNCIL, PlanStatus.RETURNED, T0, content,
                List.of(awkward, "null", "", " padded "), null, null, null);

        plans().create(plan, created(plan));

        assertStored(plan);
        SupportPlan found = plans().findById(id).orElseThrow().plan();
        assertThat(found.content().whatIsImportant().text()).isEqualTo(awkward.strip());
        assertThat(found.returnReasons()).containsExactly(awkward, "null", "", " padded ");
    }

    @Test
    default void extremeValuesSurviveExactly() {
        PlanId id = PlanId.random();
        Money most = Money.ofPence(Money.MAX_PENCE);
        String longest = "ab 🌱 ".repeat(Narrative.MAX_LENGTH / 6).strip();
        List<SupportItem> items = new ArrayList<>();
        for (int i = 1; i <= PlanContent.MAX_ENTRIES; i++) {
            items.add(new SupportItem(ItemId.of("item-" + i + ".x_" + "y".repeat(20)), "Item " + i, "Provider " + i,
                    PaymentRoute.values()[i % PaymentRoute.values().length], new Quantity(i == 1 ? Quantity.MAX_THOUSANDTHS : i),
                    SupportUnit.values()[i % SupportUnit.values().length], i == 1 ? most : Money.ofPence(i),
                    SpendCategory.of("c" + "z".repeat(39)), Set.of(), Set.of(), null));
        }
        PlanContent content = PlanContent.builder()
                .whatIsImportant(Narrative.of(longest))
                .supportItems(items)
                .budget(new PersonalBudget(most, most, most))
                .actionStep(new ActionStep(Narrative.of("Far past"), "someone", LocalDate.MIN))
                .actionStep(new ActionStep(Narrative.of("Far future"), "someone", LocalDate.MAX))
                .build();
        SupportPlan plan = SupportPlan.restore(id, Integer.MAX_VALUE, PERSON, COUNCIL, PlanStatus.ENDED, Instant.MAX, content,
                List.of(), new SignOff("S".repeat(100), Instant.MIN, most), LocalDate.MIN, LocalDate.MAX);
        SupportPlan zero = SupportPlan.restore(id, 1, PERSON, COUNCIL, PlanStatus.AGREED, Instant.EPOCH,
                PlanContent.builder().budget(new PersonalBudget(Money.ZERO, Money.ZERO, Money.ZERO)).build(), List.of(),
                new SignOff("CM-1", Instant.EPOCH, Money.ZERO), null, null);
        Revision highest = new Revision(Long.MAX_VALUE - 1);

        plans().restore(List.of(zero), highest);
        assertThat(plans().update(id, highest, List.of(plan), changed(zero, plan)))
                .isEqualTo(new Update.Written(new Revision(Long.MAX_VALUE)));

        assertStored(plan);
        assertThat(plans().findVersion(id, 1)).contains(zero);
        assertThat(plans().history(id)).containsExactly(zero, plan);
        assertThat(plans().findById(id)).contains(new StoredPlan(plan, new Revision(Long.MAX_VALUE)));
    }

    @Test
    default void anyGeneratedPlanRoundTripsThroughCreate() {
        qt().withExamples(100).forAll(PlanGenerators.plans()).checkAssert(generated -> {
            // Generated ids can repeat between examples; each example is a new plan.
            SupportPlan plan = renumbered(generated, PlanId.random(), 1);
            plans().create(plan, created(plan));
            assertStored(plan);
            assertThat(plans().findById(plan.id())).contains(new StoredPlan(plan, Revision.FIRST));
        });
    }

    @Test
    default void anyGeneratedHistoryRoundTripsThroughRestoreWithItsRevisionAndNoEvent() {
        qt().withExamples(40).forAll(SourceDSL.lists().of(PlanGenerators.plans()).ofSizeBetween(1, 5),
                SourceDSL.longs().between(1, Long.MAX_VALUE)).checkAssert((generated, revision) -> {
            SupportPlan first = generated.get(0);
            PlanId id = PlanId.random();
            List<SupportPlan> history = new ArrayList<>();
            for (int i = 0; i < generated.size(); i++) {
                SupportPlan p = generated.get(i);
                history.add(SupportPlan.restore(id, i + 1, first.person(), first.council(), p.status(), p.createdAt(),
                        p.content(), p.returnReasons(), p.signOff().orElse(null), p.supportStart().orElse(null),
                        p.endedOn().orElse(null)));
            }

            plans().restore(history, new Revision(revision));

            assertThat(plans().history(id)).containsExactlyElementsOf(history);
            assertThat(plans().findById(id)).contains(new StoredPlan(history.get(history.size() - 1), new Revision(revision)));
        });
        assertThat(trail().entries(1, 1)).isEmpty();
    }

    @Test
    default void restoringAPlanThatExistsIsRefusedAndWritesNothing() {
        SupportPlan plan = draft(PlanId.random(), "Here first");
        plans().create(plan, created(plan));

        assertThatThrownBy(() -> plans().restore(List.of(draft(plan.id(), "Restored over it")), new Revision(9)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(plan.id().toString());

        assertThat(plans().findById(plan.id())).contains(new StoredPlan(plan, Revision.FIRST));
    }

    // Paging

    @Test
    default void idsPageThroughEveryPlanOnceInAStableOrder() {
        Set<PlanId> stored = new HashSet<>();
        for (int i = 0; i < 23; i++) {
            SupportPlan plan = draft(PlanId.random(), "Plan " + i);
            if (i % 2 == 0) {
                plans().create(plan, created(plan));
            } else {
                plans().restore(List.of(plan), new Revision(i));
            }
            stored.add(plan.id());
        }

        List<PlanId> paged = pageThrough(5);

        assertThat(paged).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(stored);
        assertThat(pageThrough(7)).containsExactlyElementsOf(paged);
        assertThat(plans().ids(Optional.empty(), 100)).containsExactlyElementsOf(paged);
        assertThat(plans().ids(Optional.of(paged.get(9)), 3)).containsExactlyElementsOf(paged.subList(10, 13));
        assertThat(plans().ids(Optional.of(paged.get(22)), 5)).isEmpty();
        assertThat(plans().ids(Optional.empty(), 0)).isEmpty();
    }

    private List<PlanId> pageThrough(int limit) {
        List<PlanId> all = new ArrayList<>();
        Optional<PlanId> after = Optional.empty();
        List<PlanId> page;
        do {
            page = plans().ids(after, limit);
            assertThat(page.size()).isLessThanOrEqualTo(limit);
            all.addAll(page);
            after = page.isEmpty() ? after : Optional.of(page.get(page.size() - 1));
        } while (!page.isEmpty());
        return all;
    }

    // A whole lifecycle

    @Test
    default void aPlanThroughItsWholeLifecycleKeepsEveryVersionRevisionAndEvent() {
        List<AuditEvent> events = new ArrayList<>();
        SupportPlan draft = PlanFixtures.aDraftPlan(PlanId.random());
        plans().create(draft, created(draft));
        events.add(created(draft));
        Revision revision = Revision.FIRST;
        SupportPlan submitted = done(draft.submit());
        revision = write(revision, draft, List.of(submitted), events);
        SupportPlan returned = done(submitted.returnWithReasons(List.of("Say who covers weekends", "Check the \"PA\" rate")));
        revision = write(revision, submitted, List.of(returned), events);
        assertThat(plans().findById(draft.id())).contains(new StoredPlan(returned, revision));
        SupportPlan resubmitted = done(done(returned.edit(returned.content())).submit());
        revision = write(revision, returned, List.of(resubmitted), events);
        SupportPlan agreed = agree(resubmitted, Money.parse("16000.00"), Instant.parse("2026-03-20T14:00:00Z"));
        revision = write(revision, resubmitted, List.of(agreed), events);
        SupportPlan active = done(agreed.activate(LocalDate.of(2026, 4, 6)));
        revision = write(revision, agreed, List.of(active), events);
        SupportPlan underReview = done(active.startReview());
        revision = write(revision, active, List.of(underReview), events);
        SupportPlan revised = done(underReview.revise(Instant.parse("2027-03-01T10:00:00Z")));
        revision = write(revision, underReview, List.of(revised), events);
        SupportPlan revisedSubmitted = done(revised.submit());
        revision = write(revision, revised, List.of(revisedSubmitted), events);
        SupportPlan revisedAgreed = agree(revisedSubmitted, Money.parse("17250.50"), Instant.parse("2027-03-15T11:00:00Z"));
        // Agreeing version 2 replaces version 1 in the same write, as the lifecycle service does.
        SupportPlan replaced = done(underReview.replace());
        revision = write(revision, revisedSubmitted, List.of(replaced, revisedAgreed), events);

        assertThat(revision).isEqualTo(new Revision(10));
        assertThat(plans().history(draft.id())).containsExactly(replaced, revisedAgreed);
        assertThat(plans().findById(draft.id())).contains(new StoredPlan(revisedAgreed, revision));
        SupportPlan storedV1 = plans().findVersion(draft.id(), 1).orElseThrow();
        assertThat(storedV1.status()).isEqualTo(PlanStatus.REPLACED);
        assertThat(storedV1.signOff()).isEqualTo(agreed.signOff());
        assertThat(storedV1.supportStart()).contains(LocalDate.of(2026, 4, 6));
        assertThat(storedV1.content().budget().finalBudget()).contains(Money.parse("16000.00"));
        assertStored(revisedAgreed);
        assertThat(trail().entries(1, 100)).extracting(AuditEntry::event).containsExactlyElementsOf(events);
        assertThat(AuditChain.verify(trail())).isEqualTo(new AuditChain.Verification.Intact(10, trail().entries(10, 1).get(0).hash()));
    }

    private Revision write(Revision basedOn, SupportPlan before, List<SupportPlan> versions, List<AuditEvent> events) {
        SupportPlan after = versions.get(versions.size() - 1);
        AuditEvent event = changed(before, after);
        Update update = plans().update(after.id(), basedOn, versions, event);
        assertThat(update).isEqualTo(new Update.Written(basedOn.next()));
        events.add(event);
        return basedOn.next();
    }

    // Concurrency

    @Test
    default void concurrentCreatesOfDifferentPlansAllPersistWithTheirEvents() throws Exception {
        int threads = 8;
        int perThread = 20;
        List<Callable<List<SupportPlan>>> work = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            work.add(() -> {
                List<SupportPlan> mine = new ArrayList<>();
                for (int i = 0; i < perThread; i++) {
                    SupportPlan plan = draft(PlanId.random(), "Thread " + thread + " plan " + i);
                    plans().create(plan, created(plan));
                    mine.add(plan);
                }
                return mine;
            });
        }

        List<SupportPlan> all = ContractFixtures.runTogether(work).stream().flatMap(List::stream).toList();

        assertThat(all).hasSize(threads * perThread);
        for (SupportPlan plan : all) {
            assertThat(plans().findById(plan.id())).contains(new StoredPlan(plan, Revision.FIRST));
        }
        assertThat(trail().entries(1, 1000)).extracting(AuditEntry::event)
                .containsExactlyInAnyOrderElementsOf(all.stream().map(ContractFixtures::created).toList());
        assertThat(AuditChain.verify(trail())).isInstanceOf(AuditChain.Verification.Intact.class);
    }

    @Test
    default void concurrentReadModifyWritesOfOnePlanLoseNothing() throws Exception {
        ReadModifyWriteRace race = ReadModifyWriteRace.run(List.of(plans()), 6, 8);

        race.assertNothingLost(plans(), trail());
    }

    @Test
    default void readersSeeAnUpdateWholeOrNotAtAll() throws Exception {
        PlanId id = PlanId.random();
        int updates = 100;
        plans().restore(pair(id, 0), Revision.FIRST);
        AtomicBoolean writing = new AtomicBoolean(true);
        Set<String> problems = ConcurrentHashMap.newKeySet();
        List<Callable<Integer>> work = new ArrayList<>();
        work.add(() -> {
            try {
                for (int k = 1; k <= updates; k++) {
                    List<SupportPlan> next = pair(id, k);
                    Update update = plans().update(id, new Revision(k), next, changed(pair(id, k - 1).get(1), next.get(1)));
                    if (!(update instanceof Update.Written)) {
                        problems.add("update " + k + " was not written: " + update);
                    }
                }
                return updates;
            } finally {
                writing.set(false);
            }
        });
        for (int reader = 0; reader < 2; reader++) {
            work.add(() -> {
                int reads = 0;
                do {
                    List<SupportPlan> history = plans().history(id);
                    if (history.size() != 2 || !history.get(0).createdAt().equals(history.get(1).createdAt())) {
                        problems.add("versions from different updates read together: " + history.stream()
                                .map(p -> "v" + p.version() + " of update " + p.createdAt()).toList());
                    }
                    StoredPlan latest = plans().findById(id).orElseThrow();
                    long update = latest.plan().createdAt().getEpochSecond() - T0.getEpochSecond();
                    if (latest.revision().value() != update + 1) {
                        problems.add("revision " + latest.revision() + " read with the version of update " + update);
                    }
                    reads++;
                } while (writing.get());
                return reads;
            });
        }

        ContractFixtures.runTogether(work);

        assertThat(problems).isEmpty();
        assertThat(plans().history(id)).containsExactlyElementsOf(pair(id, updates));
        assertThat(plans().findById(id).orElseThrow().revision()).isEqualTo(new Revision(updates + 1));
    }

    /** Fails unless the stored version with {@code plan}'s id and number equals it, showing which field differs if not. */
    default void assertStored(SupportPlan plan) {
        SupportPlan found = plans().findVersion(plan.id(), plan.version())
                .orElseThrow(() -> new AssertionError("plan " + plan.id() + " version " + plan.version() + " not found"));
        assertThat(found).usingRecursiveComparison().isEqualTo(plan);
        assertThat(found).isEqualTo(plan);
    }

    /** Versions 1 and 2 of a plan, both marked (by their creation instant) as written by update {@code k}. */
    private static List<SupportPlan> pair(PlanId id, int k) {
        Instant marker = T0.plusSeconds(k);
        return List.of(
                SupportPlan.restore(id, 1, PERSON, COUNCIL, PlanStatus.REPLACED, marker, content("Update " + k + " one", 2),
                        List.of(), new SignOff("CM-1", marker, Money.ofPence(k)), LocalDate.of(2026, 4, 6), null),
                SupportPlan.restore(id, 2, PERSON, COUNCIL, PlanStatus.AGREED, marker, content("Update " + k + " two", 3),
                        List.of(), new SignOff("CM-2", marker, Money.ofPence(k + 1L)), null, null));
    }
}
