package org.supportplan.domain.testdata;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;
import org.supportplan.domain.money.CostRules;
import org.supportplan.domain.money.Money;
import org.supportplan.domain.money.Quantity;
import org.supportplan.domain.money.RoundingRule;
import org.supportplan.domain.plan.ActionStep;
import org.supportplan.domain.plan.AuthorRole;
import org.supportplan.domain.plan.Authorship;
import org.supportplan.domain.plan.BudgetManager;
import org.supportplan.domain.plan.CouncilId;
import org.supportplan.domain.plan.Deployment;
import org.supportplan.domain.plan.DeploymentOption;
import org.supportplan.domain.plan.Eligibility;
import org.supportplan.domain.plan.EligibilityOutcome;
import org.supportplan.domain.plan.ItemId;
import org.supportplan.domain.plan.Narrative;
import org.supportplan.domain.plan.Need;
import org.supportplan.domain.plan.NeedId;
import org.supportplan.domain.plan.Outcome;
import org.supportplan.domain.plan.OutcomeId;
import org.supportplan.domain.plan.OutcomeKind;
import org.supportplan.domain.plan.PaidPerson;
import org.supportplan.domain.plan.PaymentFrequency;
import org.supportplan.domain.plan.PaymentRoute;
import org.supportplan.domain.plan.PersonId;
import org.supportplan.domain.plan.PersonalBudget;
import org.supportplan.domain.plan.PlanContent;
import org.supportplan.domain.plan.PlanId;
import org.supportplan.domain.plan.PlanStatus;
import org.supportplan.domain.plan.Relationship;
import org.supportplan.domain.plan.Risk;
import org.supportplan.domain.plan.SignOff;
import org.supportplan.domain.plan.SpendCategory;
import org.supportplan.domain.plan.SupportItem;
import org.supportplan.domain.plan.SupportPlan;
import org.supportplan.domain.plan.SupportSource;
import org.supportplan.domain.plan.SupportUnit;
import org.supportplan.domain.plan.TopUp;
import org.supportplan.domain.plan.TopUpPayer;
import org.supportplan.domain.plan.UnpaidSupport;

/** QuickTheories generators for domain values, shared by every module's property tests. */
public final class PlanGenerators {

    /** Categories the generators draw from: some allowed everywhere, some refused by one council or another. */
    public static final List<String> CATEGORIES = List.of("personal-assistant", "day-service", "home-care", "respite",
            "equipment", "transport", "leisure", "food", "rent", "gambling", "nhs-equipment", "illegal");

    private PlanGenerators() {
    }

    /** Amounts of up to ten million pounds either way. */
    public static Gen<Money> money() {
        return longs().between(-1_000_000_000L, 1_000_000_000L).map(p -> Money.ofPence(p));
    }

    /** Non-negative amounts of up to a million pounds. */
    public static Gen<Money> unitCosts() {
        return longs().between(0, 100_000_000L).map(p -> Money.ofPence(p));
    }

    /** Quantities from 0 to 200 with up to three decimals. */
    public static Gen<Quantity> quantities() {
        return longs().between(0, 200_000L).map(t -> new Quantity(t));
    }

    /** Non-blank, well-formed text with awkward characters (quotes, accents, emoji, new lines). */
    public static Gen<String> text(int maxLength) {
        // Whole code points only, skipping the surrogate range and control characters: those are not text.
        Gen<String> base = strings().betweenCodePoints(0x20, 0x1F600).ofLengthBetween(1, Math.min(maxLength, 60))
                .map(s -> s.codePoints().filter(cp -> (cp < 0xD800 || cp > 0xDFFF) && !Character.isISOControl(cp))
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString());
        // Shorten by whole code points: cutting at a char index could split an emoji into a lone surrogate.
        return base.map(s -> "x" + s.strip()).map(s -> s.length() > maxLength
                ? s.substring(0, Character.isHighSurrogate(s.charAt(maxLength - 1)) ? maxLength - 1 : maxLength) : s);
    }

    private static Gen<Narrative> narratives() {
        return text(300).map(s -> Narrative.of(s));
    }

    /** Any support item with the given id, linked to a subset of {@code needs} and {@code outcomes}. */
    public static Gen<SupportItem> supportItems(ItemId id, List<NeedId> needs, List<OutcomeId> outcomes) {
        Gen<PaidPerson> payees = Generate.enumValues(Relationship.class).zip(booleans().all(), booleans().all(),
                (rel, household, exception) -> new PaidPerson(rel, household, exception ? "DEC-2026-14" : null));
        Gen<PaidPerson> maybePayee = Generate.frequency(
                org.quicktheories.api.Pair.of(2, Generate.constant((PaidPerson) null)), org.quicktheories.api.Pair.of(1, payees));
        return text(80).zip(text(80), Generate.enumValues(PaymentRoute.class), quantities(), Generate.enumValues(SupportUnit.class),
                        (d, p, route, q, unit) -> new Object[] {d, p, route, q, unit})
                .zip(unitCosts(), Generate.pick(CATEGORIES), subsets(needs), subsets(outcomes),
                        (a, cost, category, n, o) -> new Object[] {a, cost, category, n, o})
                .zip(maybePayee, (b, payee) -> item(id, b, payee));
    }

    @SuppressWarnings("unchecked")
    private static SupportItem item(ItemId id, Object[] b, PaidPerson payee) {
        Object[] a = (Object[]) b[0];
        return new SupportItem(id, (String) a[0], (String) a[1], (PaymentRoute) a[2], (Quantity) a[3], (SupportUnit) a[4],
                (Money) b[1], SpendCategory.of((String) b[2]), (Set<NeedId>) b[3], (Set<OutcomeId>) b[4], payee);
    }

    /** Any support item linked to nothing (ids i1). */
    public static Gen<SupportItem> supportItems() {
        return supportItems(ItemId.of("i1"), List.of(), List.of());
    }

    /**
     * Any complete-or-partial plan content with consistent links: any part a draft may leave out is
     * sometimes missing, and the budget, when there is one, is indicative only.
     */
    public static Gen<PlanContent> contents() {
        return integers().between(0, 4).flatMap(needCount -> integers().between(0, 3).flatMap(outcomeCount ->
                integers().between(0, 12).flatMap(itemCount -> contents(needCount, outcomeCount, itemCount))));
    }

    private static Gen<PlanContent> contents(int needCount, int outcomeCount, int itemCount) {
        List<NeedId> needIds = new ArrayList<>();
        for (int i = 1; i <= needCount; i++) {
            needIds.add(NeedId.of("n" + i));
        }
        List<OutcomeId> outcomeIds = new ArrayList<>();
        for (int i = 1; i <= outcomeCount; i++) {
            outcomeIds.add(OutcomeId.of("o" + i));
        }
        Gen<List<Need>> needs = sequence(needIds.stream().map(id -> narratives().zip(Generate.enumValues(EligibilityOutcome.class),
                Generate.enumValues(Eligibility.class), (d, o, e) -> new Need(id, d, o, e))).toList());
        Gen<List<Outcome>> outcomes = sequence(outcomeIds.stream().map(id -> narratives().zip(Generate.enumValues(OutcomeKind.class),
                subsets(needIds), (d, k, n) -> new Outcome(id, d, k, n))).toList());
        List<Gen<SupportItem>> itemGens = new ArrayList<>();
        for (int i = 1; i <= itemCount; i++) {
            itemGens.add(supportItems(ItemId.of("i" + i), needIds, outcomeIds));
        }
        Gen<List<SupportItem>> items = sequence(itemGens);
        Gen<List<UnpaidSupport>> unpaid = SourceDSL.lists().of(Generate.enumValues(SupportSource.class).zip(text(40), narratives(),
                subsets(needIds), UnpaidSupport::new)).ofSizeBetween(0, 3);
        Gen<List<Risk>> risks = SourceDSL.lists().of(narratives().zip(booleans().all(), narratives(),
                (d, managed, m) -> new Risk(d, managed ? m : null))).ofSizeBetween(0, 3);
        Gen<List<Deployment>> deployments = SourceDSL.lists().of(deployments(needIds)).ofSizeBetween(0, 3);
        Gen<List<TopUp>> topUps = SourceDSL.lists().of(topUps()).ofSizeBetween(0, 2);
        Gen<List<ActionStep>> actions = SourceDSL.lists().of(narratives().zip(text(40), integers().between(0, 3000),
                (a, who, days) -> new ActionStep(a, who, days == 0 ? null : LocalDate.of(2026, 1, 1).plusDays(days)))).ofSizeBetween(0, 3);
        Gen<Authorship> authorship = orNull(Generate.enumValues(AuthorRole.class).zip(booleans().all(), booleans().all(),
                booleans().all(), (role, difficulty, helper, arranged) ->
                        new Authorship(role, difficulty, helper, arranged ? "Advocacy org, ref 19" : null)));
        Gen<Object[]> first = needs.zip(outcomes, items, unpaid, risks, (n, o, i, u, r) -> new Object[] {n, o, i, u, r});
        // A plan document never carries the final budget (it is set at sign-off), so generated content has none.
        Gen<Object[]> second = orNull(indicativeBudgets()).zip(deployments, topUps, actions, authorship,
                (b, d, t, a, au) -> new Object[] {b, d, t, a, au});
        // What is important and decisions-and-control are answered independently: councils ask one, the other or both.
        Gen<Object[]> third = orNull(narratives()).zip(orNull(narratives()), orNull(Generate.enumValues(BudgetManager.class)),
                SourceDSL.lists().of(narratives()).ofSizeBetween(0, 2), (important, control, manager, contingencies) ->
                        new Object[] {important, manager, contingencies, control});
        return first.zip(second, third, (a, b, c) -> content(a, b, c));
    }

    @SuppressWarnings("unchecked")
    private static PlanContent content(Object[] a, Object[] b, Object[] c) {
        return new PlanContent((Narrative) c[0], (List<Need>) a[0], (List<Outcome>) a[1], (List<SupportItem>) a[2],
                (List<UnpaidSupport>) a[3], (List<Risk>) a[4], (List<Narrative>) c[2], (Narrative) c[3], (Authorship) b[4],
                (BudgetManager) c[1], (PersonalBudget) b[0], (List<Deployment>) b[1], (List<TopUp>) b[2], (List<ActionStep>) b[3]);
    }

    /**
     * Valid personal budgets up to 100,000 pounds a year: indicative only, or with a final figure set
     * (above or below the indicative one); the contribution is any share of the budget in force.
     */
    public static Gen<PersonalBudget> personalBudgets() {
        Gen<Money> amounts = longs().between(0, 10_000_000L).map(p -> Money.ofPence(p));
        return amounts.zip(orNull(amounts), longs().between(0, 100), (indicative, finalBudget, percent) -> {
            Money inForce = finalBudget != null ? finalBudget : indicative;
            return new PersonalBudget(indicative, finalBudget, Money.ofPence(inForce.pence() * percent / 100));
        });
    }

    /** Indicative budgets up to 100,000 pounds a year, with a contribution of any share of them. */
    public static Gen<PersonalBudget> indicativeBudgets() {
        return longs().between(0, 10_000_000L).zip(longs().between(0, 100),
                (pence, percent) -> PersonalBudget.indicative(Money.ofPence(pence), Money.ofPence(pence * percent / 100)));
    }

    /** Top-ups of up to a million pounds a year. */
    public static Gen<TopUp> topUps() {
        return Generate.enumValues(TopUpPayer.class).zip(unitCosts(), text(40), TopUp::new);
    }

    /** Deployments of any option and frequency, meeting a subset of {@code needs}. */
    public static Gen<Deployment> deployments(List<NeedId> needs) {
        return Generate.enumValues(DeploymentOption.class).zip(unitCosts(), Generate.enumValues(PaymentFrequency.class),
                subsets(needs), Deployment::new);
    }

    /** A council's cost rules: 52 or 52.143 weeks a year, any rounding rule. */
    public static Gen<CostRules> costRules() {
        return Generate.pick(List.of(Quantity.of(52), Quantity.parse("52.143")))
                .zip(Generate.enumValues(RoundingRule.class), CostRules::new);
    }

    /** {@code gen}'s values, or null about a quarter of the time (for parts of a plan not yet written). */
    public static <T> Gen<T> orNull(Gen<T> gen) {
        return integers().between(0, 3).zip(gen, (roll, value) -> roll == 0 ? null : value);
    }

    /** Any plan version, in any status, with generated content. */
    public static Gen<SupportPlan> plans() {
        return plans(PlanStatus.values());
    }

    /** Any plan version in one of {@code statuses}, with generated content (signed off, with a budget, when it should be). */
    public static Gen<SupportPlan> plans(PlanStatus... statuses) {
        Gen<PlanId> ids = longs().all().zip(longs().all(), (a, b) -> new PlanId(new UUID(a, b)));
        Gen<PersonId> people = integers().between(1, 9_999_999).map(n -> PersonId.of("P-" + n));
        Gen<CouncilId> councils = Generate.pick(List.of("derbyshire", "bury", "england-default")).map(s -> CouncilId.of(s));
        Gen<Instant> instants = longs().between(0, 4_102_444_800L).map(s -> Instant.ofEpochSecond(s));
        Gen<Object[]> keys = ids.zip(people, councils, integers().between(1, 40), (id, p, c, v) -> new Object[] {id, p, c, v});
        return keys.zip(contents(), Generate.pick(List.of(statuses)), instants, (k, drafted, status, at) -> {
            boolean signed = status != PlanStatus.DRAFT && status != PlanStatus.SUBMITTED && status != PlanStatus.RETURNED;
            // A signed-off version always has a budget; its content stays as drafted so it reads back as a plan document.
            PlanContent content = signed && drafted.budget() == null
                    ? drafted.toBuilder().budget(PersonalBudget.indicative(Money.ZERO, Money.ZERO)).build() : drafted;
            SignOff signOff = signed ? new SignOff("CM-0042", at, content.budget().inForce()) : null;
            LocalDate start = signed && status != PlanStatus.AGREED ? LocalDate.of(2026, 5, 4) : null;
            return SupportPlan.restore((PlanId) k[0], (Integer) k[3], (PersonId) k[1], (CouncilId) k[2], status, at, content,
                    status == PlanStatus.RETURNED ? List.of("Please add a contingency plan") : List.of(), signOff, start,
                    status == PlanStatus.ENDED ? LocalDate.of(2027, 1, 31) : null);
        });
    }

    private static <T extends Comparable<T>> Gen<Set<T>> subsets(List<T> values) {
        if (values.isEmpty()) {
            return Generate.constant(Set.of());
        }
        return integers().between(0, (1 << values.size()) - 1).map(mask -> {
            Set<T> subset = new TreeSet<>();
            for (int i = 0; i < values.size(); i++) {
                if ((mask & (1 << i)) != 0) {
                    subset.add(values.get(i));
                }
            }
            return subset;
        });
    }

    private static <T> Gen<List<T>> sequence(List<Gen<T>> gens) {
        Gen<List<T>> result = Generate.constant(List.of());
        for (Gen<T> gen : gens) {
            result = result.zip(gen, (list, next) -> {
                List<T> longer = new ArrayList<>(list);
                longer.add(next);
                return List.copyOf(longer);
            });
        }
        return result;
    }
}
