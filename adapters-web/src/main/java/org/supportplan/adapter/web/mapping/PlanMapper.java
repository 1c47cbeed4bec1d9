package org.supportplan.adapter.web.mapping;

import java.util.ArrayList;
import java.util.List;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;
import org.mapstruct.ReportingPolicy;
import org.mapstruct.factory.Mappers;
import org.supportplan.adapter.web.dto.DraftPlanRequest;
import org.supportplan.adapter.web.dto.PlanResponse;
import org.supportplan.adapter.web.dto.SupportItemRequest;
import org.supportplan.adapter.web.dto.SupportItemResponse;
import org.supportplan.application.port.in.DraftPlanCommand;
import org.supportplan.domain.money.Money;
import org.supportplan.domain.money.Quantity;
import org.supportplan.domain.money.RoundingRule;
import org.supportplan.domain.plan.CouncilId;
import org.supportplan.domain.plan.Narrative;
import org.supportplan.domain.plan.PersonId;
import org.supportplan.domain.plan.SupportItem;
import org.supportplan.domain.plan.SupportPlan;
import org.supportplan.domain.plan.SupportUnit;
import org.supportplan.domain.validation.InvalidValueException;

/**
 * Maps plan documents to commands and domain plans back to documents. A value the domain refuses
 * surfaces as {@link InvalidValueException} whose field is the document path, such as
 * {@code supportItems[1].unitCost}.
 */
@Mapper(unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface PlanMapper {

    /** The generated implementation. */
    PlanMapper INSTANCE = Mappers.getMapper(PlanMapper.class);

    /**
     * How {@code costPerPeriod} is rounded for now. The council profile's rounding rule will replace
     * this default once council profiles exist; until then every council sees HALF_UP.
     */
    RoundingRule DEFAULT_ROUNDING = RoundingRule.HALF_UP;

    /** The command a plan document asks for. */
    DraftPlanCommand toCommand(DraftPlanRequest request);

    /** One item of a plan document; errors name the field within the item. */
    @Mapping(target = "quantity", source = "quantity", qualifiedByName = "quantity")
    @Mapping(target = "unitCost", source = "unitCost", qualifiedByName = "unitCost")
    SupportItem toItem(SupportItemRequest request);

    /** The items, with each error re-rooted under its item's index. */
    default List<SupportItem> toItems(List<SupportItemRequest> requests) {
        if (requests == null) {
            return null; // the command's own validation names the missing list
        }
        List<SupportItem> items = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            SupportItemRequest request = requests.get(i);
            try {
                items.add(request == null ? null : toItem(request));
            } catch (InvalidValueException e) {
                throw e.under("supportItems[" + i + "]");
            }
        }
        return items;
    }

    /** The document form of a plan. Hand-written: {@link SupportPlan} is neither a bean nor a record. */
    default PlanResponse toResponse(SupportPlan plan) {
        return new PlanResponse(plan.id().toString(), plan.person().value(), plan.council().value(),
                plan.status().name(), plan.createdAt().toString(), plan.whatIsImportant().text(),
                toItemResponses(plan.supportItems()));
    }

    /** The document form of the items. */
    List<SupportItemResponse> toItemResponses(List<SupportItem> items);

    /** The document form of one item, with its cost per period. */
    @Mapping(target = "costPerPeriod", source = "item", qualifiedByName = "costPerPeriod")
    @Mapping(target = "period", source = "unit", qualifiedByName = "period")
    SupportItemResponse toItemResponse(SupportItem item);

    /** A person id; refusals name {@code personId}. */
    default PersonId personId(String value) {
        return PersonId.of(value);
    }

    /** A council id; refusals name {@code councilId}. */
    default CouncilId councilId(String value) {
        return CouncilId.of(value);
    }

    /** The narrative; refusals name {@code whatIsImportant} rather than the value object's own field. */
    default Narrative narrative(String text) {
        try {
            return Narrative.of(text);
        } catch (InvalidValueException e) {
            throw new InvalidValueException("whatIsImportant", e.ruleId(), e.source(),
                    e.getMessage().replace("text", "whatIsImportant"));
        }
    }

    /** A quantity; refusals name {@code quantity}. */
    @Named("quantity")
    default Quantity quantity(String text) {
        try {
            return Quantity.parse(text);
        } catch (InvalidValueException e) {
            throw e.under("quantity");
        }
    }

    /** A unit cost; refusals name {@code unitCost}. */
    @Named("unitCost")
    default Money unitCost(String text) {
        try {
            return Money.parse(text);
        } catch (InvalidValueException e) {
            throw e.under("unitCost");
        }
    }

    /** A support unit by its constant name. */
    default SupportUnit unit(String name) {
        try {
            return SupportUnit.valueOf(name);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw InvalidValueException.of("unit", "support-unit.known", "unit is not a known support unit");
        }
    }

    /** Quantities are written without trailing zeros, such as {@code "10.5"}. */
    default String quantityText(Quantity quantity) {
        return quantity.toString();
    }

    /** Amounts are written with exactly two decimals, such as {@code "18.40"}. */
    default String moneyText(Money money) {
        return money.format();
    }

    /** The item's cost for one period of its unit, rounded by {@link #DEFAULT_ROUNDING}. */
    @Named("costPerPeriod")
    default String costPerPeriod(SupportItem item) {
        return item.costPerUnitPeriod(DEFAULT_ROUNDING).format();
    }

    /** The period the item's unit counts over. */
    @Named("period")
    default String period(SupportUnit unit) {
        return unit.period().name();
    }
}
