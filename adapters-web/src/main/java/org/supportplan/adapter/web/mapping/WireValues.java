package org.supportplan.adapter.web.mapping;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.mapstruct.Named;
import org.supportplan.domain.account.AccountId;
import org.supportplan.domain.money.Money;
import org.supportplan.domain.money.Quantity;
import org.supportplan.domain.plan.ItemId;
import org.supportplan.domain.plan.Narrative;
import org.supportplan.domain.plan.NeedId;
import org.supportplan.domain.plan.OutcomeId;
import org.supportplan.domain.plan.PlanId;
import org.supportplan.domain.plan.SpendCategory;
import org.supportplan.domain.profile.PlanSection;
import org.supportplan.domain.rule.RuleId;

/**
 * Conversions between domain values and their text on the wire, used by every mapper. Amounts are
 * written with two decimals, quantities without trailing zeros, dates and instants in ISO-8601.
 * Reading, a value whose refusal would not otherwise name its field is read by a method named after
 * the field, so mappers must choose it explicitly.
 */
public final class WireValues {

    private WireValues() {
    }

    // ---- domain to wire

    /** {@code "18.40"}. */
    public static String money(Money money) {
        return money == null ? null : money.format();
    }

    /** {@code "10.5"}. */
    public static String quantity(Quantity quantity) {
        return quantity == null ? null : quantity.toString();
    }

    /** The narrative's text. */
    public static String text(Narrative narrative) {
        return narrative == null ? null : narrative.text();
    }

    /** Every narrative's text. */
    public static List<String> texts(List<Narrative> narratives) {
        return narratives == null ? null : narratives.stream().map(Narrative::text).toList();
    }

    /** {@code "2026-04-01"}. */
    public static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    /** {@code "2026-03-02T09:30:00Z"}. */
    public static String instant(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    /** A need id's text. */
    public static String needId(NeedId id) {
        return id == null ? null : id.value();
    }

    /** An outcome id's text. */
    public static String outcomeId(OutcomeId id) {
        return id == null ? null : id.value();
    }

    /** An item id's text. */
    public static String itemId(ItemId id) {
        return id == null ? null : id.value();
    }

    /** Need links, sorted. */
    public static List<String> needIds(Set<NeedId> ids) {
        return ids == null ? null : ids.stream().sorted().map(NeedId::value).toList();
    }

    /** Outcome links, sorted. */
    public static List<String> outcomeIds(Set<OutcomeId> ids) {
        return ids == null ? null : ids.stream().sorted().map(OutcomeId::value).toList();
    }

    /** A category code. */
    public static String category(SpendCategory category) {
        return category == null ? null : category.code();
    }

    /** A plan id's text. */
    public static String planId(PlanId id) {
        return id == null ? null : id.toString();
    }

    /** An account id's text. */
    public static String accountId(AccountId id) {
        return id == null ? null : id.value();
    }

    /** A rule id. */
    public static String rule(RuleId rule) {
        return rule == null ? null : rule.value();
    }

    /** Plan sections in their declared order. */
    public static List<String> sections(Set<PlanSection> sections) {
        return sections == null ? null : sections.stream().sorted(Comparator.naturalOrder()).map(Enum::name).toList();
    }

    // ---- wire to domain

    /** A need id (refusals name {@code id}, which is where ids are read). */
    public static NeedId toNeedId(String text) {
        return NeedId.of(text);
    }

    /** An outcome id. */
    public static OutcomeId toOutcomeId(String text) {
        return OutcomeId.of(text);
    }

    /** An account id (refusals name {@code accountId}). */
    public static AccountId toAccountId(String text) {
        return AccountId.of(text);
    }

    /** An item id. */
    public static ItemId toItemId(String text) {
        return ItemId.of(text);
    }

    /** A spend category (refusals name {@code category}). */
    public static SpendCategory toCategory(String text) {
        return SpendCategory.of(text);
    }

    /** A quantity (refusals name {@code quantity}). */
    public static Quantity toQuantity(String text) {
        return Paths.under("quantity", () -> Quantity.parse(text));
    }

    /** Need links ({@code needs[i]}). */
    public static Set<NeedId> toNeedLinks(List<String> ids) {
        return ids == null ? null : Paths.links(ids, "needs", NeedId::of);
    }

    /** Outcome links ({@code outcomes[i]}). */
    public static Set<OutcomeId> toOutcomeLinks(List<String> ids) {
        return ids == null ? null : Paths.links(ids, "outcomes", OutcomeId::of);
    }

    /** Reads {@code whatIsImportant}. */
    @Named("whatIsImportant")
    public static Narrative whatIsImportant(String text) {
        return Paths.narrative(text, "whatIsImportant");
    }

    /** Reads {@code decisionsAndControl}. */
    @Named("decisionsAndControl")
    public static Narrative decisionsAndControl(String text) {
        return Paths.narrative(text, "decisionsAndControl");
    }

    /** Reads a {@code description} narrative. */
    @Named("description")
    public static Narrative description(String text) {
        return Paths.narrative(text, "description");
    }

    /** Reads {@code mitigation}. */
    @Named("mitigation")
    public static Narrative mitigation(String text) {
        return Paths.narrative(text, "mitigation");
    }

    /** Reads {@code action}. */
    @Named("action")
    public static Narrative action(String text) {
        return Paths.narrative(text, "action");
    }

    /** Reads {@code unitCost}. */
    @Named("unitCost")
    public static Money unitCost(String text) {
        return Paths.money(text, "unitCost");
    }

    /** Reads {@code amount}. */
    @Named("amount")
    public static Money amount(String text) {
        return Paths.money(text, "amount");
    }

    /** Reads {@code annualAmount}. */
    @Named("annualAmount")
    public static Money annualAmount(String text) {
        return Paths.money(text, "annualAmount");
    }

    /** Reads {@code indicativeAnnual}. */
    @Named("indicativeAnnual")
    public static Money indicativeAnnual(String text) {
        return Paths.money(text, "indicativeAnnual");
    }

    /** Reads {@code assessedContributionAnnual}. */
    @Named("assessedContributionAnnual")
    public static Money assessedContributionAnnual(String text) {
        return Paths.money(text, "assessedContributionAnnual");
    }

    /** Reads {@code finalBudgetAnnual}. */
    @Named("finalBudgetAnnual")
    public static Money finalBudgetAnnual(String text) {
        return Paths.money(text, "finalBudgetAnnual");
    }

    /** Reads {@code byWhen}. */
    @Named("byWhen")
    public static LocalDate byWhen(String text) {
        return Paths.date(text, "byWhen");
    }

    /** Reads {@code supportStart}. */
    @Named("supportStart")
    public static LocalDate supportStart(String text) {
        return Paths.date(text, "supportStart");
    }

    /** Reads {@code heldOn}. */
    @Named("heldOn")
    public static LocalDate heldOn(String text) {
        return Paths.date(text, "heldOn");
    }

    /** Reads {@code requestedOn}. */
    @Named("requestedOn")
    public static LocalDate requestedOn(String text) {
        return Paths.date(text, "requestedOn");
    }

    /** Reads {@code assessedOn}. */
    @Named("assessedOn")
    public static LocalDate assessedOn(String text) {
        return Paths.date(text, "assessedOn");
    }

    /** Reads {@code completedOn}. */
    @Named("completedOn")
    public static LocalDate completedOn(String text) {
        return Paths.date(text, "completedOn");
    }

    /** Reads {@code from}. */
    @Named("from")
    public static LocalDate from(String text) {
        return Paths.date(text, "from");
    }

    /** Reads {@code to}. */
    @Named("to")
    public static LocalDate to(String text) {
        return Paths.date(text, "to");
    }

    /** Reads {@code endedOn}. */
    @Named("endedOn")
    public static LocalDate endedOn(String text) {
        return Paths.date(text, "endedOn");
    }
}
