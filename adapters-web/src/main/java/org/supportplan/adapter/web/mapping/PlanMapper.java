package org.supportplan.adapter.web.mapping;

import java.util.List;

import org.mapstruct.Builder;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;
import org.mapstruct.NullValueCheckStrategy;
import org.mapstruct.ReportingPolicy;
import org.mapstruct.factory.Mappers;
import org.supportplan.adapter.web.dto.ActionStepDto;
import org.supportplan.adapter.web.dto.AuthorshipDto;
import org.supportplan.adapter.web.dto.BudgetRequest;
import org.supportplan.adapter.web.dto.BudgetResponse;
import org.supportplan.adapter.web.dto.DeploymentDto;
import org.supportplan.adapter.web.dto.NeedDto;
import org.supportplan.adapter.web.dto.OutcomeDto;
import org.supportplan.adapter.web.dto.PaidPersonDto;
import org.supportplan.adapter.web.dto.PlanRequest;
import org.supportplan.adapter.web.dto.PlanResponse;
import org.supportplan.adapter.web.dto.RiskDto;
import org.supportplan.adapter.web.dto.SupportItemDto;
import org.supportplan.adapter.web.dto.TopUpDto;
import org.supportplan.adapter.web.dto.UnpaidSupportDto;
import org.supportplan.application.port.in.DraftPlanCommand;
import org.supportplan.domain.plan.ActionStep;
import org.supportplan.domain.plan.Authorship;
import org.supportplan.domain.plan.CouncilId;
import org.supportplan.domain.plan.Deployment;
import org.supportplan.domain.plan.Narrative;
import org.supportplan.domain.plan.Need;
import org.supportplan.domain.plan.Outcome;
import org.supportplan.domain.plan.PaidPerson;
import org.supportplan.domain.plan.PersonId;
import org.supportplan.domain.plan.PersonalBudget;
import org.supportplan.domain.plan.PlanContent;
import org.supportplan.domain.plan.Risk;
import org.supportplan.domain.plan.SupportItem;
import org.supportplan.domain.plan.SupportPlan;
import org.supportplan.domain.plan.TopUp;
import org.supportplan.domain.plan.UnpaidSupport;
import org.supportplan.domain.validation.InvalidValueException;

/**
 * Maps plan documents to domain plan content and commands, and plans back to documents. A value the
 * domain refuses surfaces as {@link InvalidValueException} whose field is the document path, such as
 * {@code supportItems[1].unitCost} or {@code supportItems[2].needs}.
 */
@Mapper(uses = WireValues.class, unmappedTargetPolicy = ReportingPolicy.ERROR,
        nullValueCheckStrategy = NullValueCheckStrategy.ALWAYS, builder = @Builder(disableBuilder = true))
public interface PlanMapper {

    /** The generated implementation. */
    PlanMapper INSTANCE = Mappers.getMapper(PlanMapper.class);

    // ---- document to domain

    /** The command a new-plan document asks for (it validates itself). */
    default DraftPlanCommand toCommand(PlanRequest request) {
        PersonId person = request.personId() == null ? null : PersonId.of(request.personId());
        CouncilId council = request.councilId() == null ? null : CouncilId.of(request.councilId());
        return new DraftPlanCommand(person, council, toContent(request));
    }

    /** The plan content of a document; its own rules (unique ids, links that exist) apply. */
    @Mapping(target = "whatIsImportant", qualifiedByName = "whatIsImportant")
    @Mapping(target = "decisionsAndControl", qualifiedByName = "decisionsAndControl")
    PlanContent toContent(PlanRequest request);

    /** The needs, each refusal under {@code needs[i]}. */
    default List<Need> toNeeds(List<NeedDto> needs) {
        return Paths.each(needs, "needs", this::toNeed);
    }

    /** One need. */
    @Named("need")
    @Mapping(target = "description", qualifiedByName = "description")
    Need toNeed(NeedDto need);

    /** The outcomes, each refusal under {@code outcomes[i]}. */
    default List<Outcome> toOutcomes(List<OutcomeDto> outcomes) {
        return Paths.each(outcomes, "outcomes", this::toOutcome);
    }

    /** One outcome. */
    @Named("outcome")
    @Mapping(target = "description", qualifiedByName = "description")
    Outcome toOutcome(OutcomeDto outcome);

    /** The support items, each refusal under {@code supportItems[i]}. */
    default List<SupportItem> toItems(List<SupportItemDto> items) {
        return Paths.each(items, "supportItems", this::toItem);
    }

    /** One support item. */
    @Named("item")
    @Mapping(target = "unitCost", qualifiedByName = "unitCost")
    SupportItem toItem(SupportItemDto item);

    /** The paid person, refusals under {@code paidPerson}. */
    default PaidPerson toPaidPerson(PaidPersonDto person) {
        return Paths.under("paidPerson", () -> toPaidPersonValue(person));
    }

    /** The paid person's values. */
    @Named("paidPerson")
    PaidPerson toPaidPersonValue(PaidPersonDto person);

    /** The circle of support, each refusal under {@code circleOfSupport[i]}. */
    default List<UnpaidSupport> toCircle(List<UnpaidSupportDto> circle) {
        return Paths.each(circle, "circleOfSupport", this::toUnpaid);
    }

    /** One piece of unpaid support. */
    @Named("unpaid")
    @Mapping(target = "description", qualifiedByName = "description")
    UnpaidSupport toUnpaid(UnpaidSupportDto unpaid);

    /** The risks, each refusal under {@code risks[i]}. */
    default List<Risk> toRisks(List<RiskDto> risks) {
        return Paths.each(risks, "risks", this::toRisk);
    }

    /** One risk. */
    @Named("risk")
    @Mapping(target = "description", qualifiedByName = "description")
    @Mapping(target = "mitigation", qualifiedByName = "mitigation")
    Risk toRisk(RiskDto risk);

    /** The contingency plans, each refusal naming {@code contingencyPlans[i]}. */
    default List<Narrative> toContingencyPlans(List<String> plans) {
        return Paths.narratives(plans, "contingencyPlans");
    }

    /** Who wrote the plan, refusals under {@code authorship}. */
    default Authorship toAuthorship(AuthorshipDto authorship) {
        return Paths.under("authorship", () -> toAuthorshipValue(authorship));
    }

    /** The authorship's values. */
    @Named("authorship")
    Authorship toAuthorshipValue(AuthorshipDto authorship);

    /** The budget, refusals under {@code budget}; the final figure is never read from a document. */
    default PersonalBudget toBudget(BudgetRequest budget) {
        return Paths.under("budget", () -> toBudgetValue(budget));
    }

    /** The budget's values. */
    @Named("budget")
    @Mapping(target = "finalAnnual", ignore = true)
    @Mapping(target = "withFinal", ignore = true) // MapStruct takes the copy-with method for a fluent setter
    @Mapping(target = "indicativeAnnual", qualifiedByName = "indicativeAnnual")
    @Mapping(target = "assessedContributionAnnual", qualifiedByName = "assessedContributionAnnual")
    PersonalBudget toBudgetValue(BudgetRequest budget);

    /** The deployments, each refusal under {@code deployments[i]}. */
    default List<Deployment> toDeployments(List<DeploymentDto> deployments) {
        return Paths.each(deployments, "deployments", this::toDeployment);
    }

    /** One deployment. */
    @Named("deployment")
    @Mapping(target = "amount", qualifiedByName = "amount")
    Deployment toDeployment(DeploymentDto deployment);

    /** The top-ups, each refusal under {@code topUps[i]}. */
    default List<TopUp> toTopUps(List<TopUpDto> topUps) {
        return Paths.each(topUps, "topUps", this::toTopUp);
    }

    /** One top-up. */
    @Named("topUp")
    @Mapping(target = "annualAmount", qualifiedByName = "annualAmount")
    TopUp toTopUp(TopUpDto topUp);

    /** The action plan, each refusal under {@code actionPlan[i]}. */
    default List<ActionStep> toActionPlan(List<ActionStepDto> steps) {
        return Paths.each(steps, "actionPlan", this::toActionStep);
    }

    /** One action step. */
    @Named("actionStep")
    @Mapping(target = "action", qualifiedByName = "action")
    @Mapping(target = "byWhen", qualifiedByName = "byWhen")
    ActionStep toActionStep(ActionStepDto step);

    // ---- domain to document

    /** The document form of one plan version. */
    default PlanResponse toResponse(SupportPlan plan) {
        return toResponse(PlanFacts.of(plan), plan.content());
    }

    /** The facts and the content, side by side. */
    PlanResponse toResponse(PlanFacts facts, PlanContent content);

    /** A need. */
    NeedDto toDto(Need need);

    /** An outcome. */
    OutcomeDto toDto(Outcome outcome);

    /** A support item. */
    SupportItemDto toDto(SupportItem item);

    /** A paid person. */
    PaidPersonDto toDto(PaidPerson person);

    /** Unpaid support. */
    UnpaidSupportDto toDto(UnpaidSupport unpaid);

    /** A risk. */
    RiskDto toDto(Risk risk);

    /** The authorship. */
    AuthorshipDto toDto(Authorship authorship);

    /** A deployment. */
    DeploymentDto toDto(Deployment deployment);

    /** A top-up. */
    TopUpDto toDto(TopUp topUp);

    /** An action step. */
    ActionStepDto toDto(ActionStep step);

    /** The budget, with the council's amount (budget in force less contribution). */
    default BudgetResponse toDto(PersonalBudget budget) {
        return budget == null ? null : new BudgetResponse(WireValues.money(budget.indicativeAnnual()),
                WireValues.money(budget.finalAnnual()), WireValues.money(budget.assessedContributionAnnual()),
                WireValues.money(budget.councilAmountAnnual()));
    }
}
