package org.supportplan.adapter.persistence.document;

import java.time.LocalDate;

import org.mapstruct.BeanMapping;
import org.mapstruct.Builder;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;
import org.supportplan.domain.money.Money;
import org.supportplan.domain.money.Quantity;
import org.supportplan.domain.plan.ActionStep;
import org.supportplan.domain.plan.Authorship;
import org.supportplan.domain.plan.Deployment;
import org.supportplan.domain.plan.ItemId;
import org.supportplan.domain.plan.Narrative;
import org.supportplan.domain.plan.Need;
import org.supportplan.domain.plan.NeedId;
import org.supportplan.domain.plan.Outcome;
import org.supportplan.domain.plan.OutcomeId;
import org.supportplan.domain.plan.PaidPerson;
import org.supportplan.domain.plan.PersonalBudget;
import org.supportplan.domain.plan.PlanContent;
import org.supportplan.domain.plan.Risk;
import org.supportplan.domain.plan.SpendCategory;
import org.supportplan.domain.plan.SupportItem;
import org.supportplan.domain.plan.TopUp;
import org.supportplan.domain.plan.UnpaidSupport;

/**
 * Maps plan content to its stored document and back. Unmapped properties are errors in both
 * directions, so a field added to the domain fails the build here instead of being silently dropped
 * on save. Reading rebuilds the domain values through their constructors, which validate them again.
 */
// No builders: PlanContent's builder has adders (need, risk, ...) MapStruct would take for properties.
@Mapper(unmappedTargetPolicy = ReportingPolicy.ERROR, unmappedSourcePolicy = ReportingPolicy.ERROR,
        builder = @Builder(disableBuilder = true))
interface ContentMapper {

    ContentDocument toDocument(PlanContent content);

    PlanContent toContent(ContentDocument document);

    @BeanMapping(ignoreUnmappedSourceProperties = "eligible") // derived from eligibility
    NeedDocument toDocument(Need need);

    Need toNeed(NeedDocument document);

    OutcomeDocument toDocument(Outcome outcome);

    Outcome toOutcome(OutcomeDocument document);

    @BeanMapping(ignoreUnmappedSourceProperties = "budgetFunded") // derived from route
    SupportItemDocument toDocument(SupportItem item);

    SupportItem toItem(SupportItemDocument document);

    PaidPersonDocument toDocument(PaidPerson paidPerson);

    PaidPerson toPaidPerson(PaidPersonDocument document);

    UnpaidSupportDocument toDocument(UnpaidSupport support);

    UnpaidSupport toUnpaidSupport(UnpaidSupportDocument document);

    RiskDocument toDocument(Risk risk);

    Risk toRisk(RiskDocument document);

    AuthorshipDocument toDocument(Authorship authorship);

    Authorship toAuthorship(AuthorshipDocument document);

    BudgetDocument toDocument(PersonalBudget budget);

    @Mapping(target = "withFinal", ignore = true) // a copy method, not a property
    PersonalBudget toBudget(BudgetDocument document);

    DeploymentDocument toDocument(Deployment deployment);

    Deployment toDeployment(DeploymentDocument document);

    TopUpDocument toDocument(TopUp topUp);

    TopUp toTopUp(TopUpDocument document);

    ActionStepDocument toDocument(ActionStep step);

    ActionStep toActionStep(ActionStepDocument document);

    default String text(Narrative narrative) {
        return narrative == null ? null : narrative.text();
    }

    default Narrative narrative(String text) {
        return text == null ? null : Narrative.of(text);
    }

    /** Pounds and pence with two decimals, never a floating-point number. */
    default String amount(Money money) {
        return money == null ? null : money.format();
    }

    default Money money(String amount) {
        return amount == null ? null : Money.parse(amount);
    }

    /** A plain decimal with up to three places, never a floating-point number. */
    default String amount(Quantity quantity) {
        return quantity == null ? null : quantity.toString();
    }

    default Quantity quantity(String amount) {
        return amount == null ? null : Quantity.parse(amount);
    }

    /** ISO-8601, such as 2026-04-01. */
    default String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    default LocalDate date(String date) {
        return date == null ? null : LocalDate.parse(date);
    }

    default String key(NeedId id) {
        return id == null ? null : id.value();
    }

    default NeedId needId(String id) {
        return id == null ? null : NeedId.of(id);
    }

    default String key(OutcomeId id) {
        return id == null ? null : id.value();
    }

    default OutcomeId outcomeId(String id) {
        return id == null ? null : OutcomeId.of(id);
    }

    default String key(ItemId id) {
        return id == null ? null : id.value();
    }

    default ItemId itemId(String id) {
        return id == null ? null : ItemId.of(id);
    }

    default String code(SpendCategory category) {
        return category == null ? null : category.code();
    }

    default SpendCategory category(String code) {
        return code == null ? null : SpendCategory.of(code);
    }
}
