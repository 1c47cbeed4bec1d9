package org.supportplan.adapter.persistence.jdbc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;
import org.supportplan.domain.money.Money;
import org.supportplan.domain.money.Quantity;
import org.supportplan.domain.plan.CouncilId;
import org.supportplan.domain.plan.Narrative;
import org.supportplan.domain.plan.PersonId;
import org.supportplan.domain.plan.PlanId;
import org.supportplan.domain.plan.PlanStatus;
import org.supportplan.domain.plan.SupportItem;
import org.supportplan.domain.plan.SupportPlan;

/**
 * Maps between table rows and the domain. MapStruct generates the item mappings; the aggregate is
 * mapped by hand because {@link SupportPlan} has fluent accessors and must be rebuilt through
 * {@link SupportPlan#restore}, which MapStruct cannot call with a row plus its items.
 */
@Mapper(unmappedTargetPolicy = ReportingPolicy.ERROR)
interface PlanRowMapper {

    @Mapping(target = "planId", source = "planId")
    @Mapping(target = "position", source = "position")
    @Mapping(target = "description", source = "item.description")
    @Mapping(target = "provider", source = "item.provider")
    @Mapping(target = "quantityThousandths", source = "item.quantity.thousandths")
    @Mapping(target = "unit", source = "item.unit")
    @Mapping(target = "unitCostPence", source = "item.unitCost.pence")
    ItemRow toItemRow(SupportItem item, String planId, int position);

    @Mapping(target = "quantity", source = "quantityThousandths")
    @Mapping(target = "unitCost", source = "unitCostPence")
    SupportItem toItem(ItemRow row);

    /** Quantities are stored as whole thousandths. */
    default Quantity quantity(long thousandths) {
        return new Quantity(thousandths);
    }

    /** Money is stored as whole pence. */
    default Money money(long pence) {
        return Money.ofPence(pence);
    }

    /** The plan's own row; items go to {@link #toItemRows(SupportPlan)}. */
    default PlanRow toPlanRow(SupportPlan plan) {
        // ISO-8601 text keeps nanoseconds and reads the same on SQLite and PostgreSQL.
        return new PlanRow(plan.id().toString(), plan.person().value(), plan.council().value(), plan.status().name(),
                plan.whatIsImportant().text(), plan.createdAt().toString());
    }

    /** The plan's items numbered from 0 in the person's order. */
    default List<ItemRow> toItemRows(SupportPlan plan) {
        List<SupportItem> items = plan.supportItems();
        List<ItemRow> rows = new ArrayList<>(items.size());
        String planId = plan.id().toString();
        for (int i = 0; i < items.size(); i++) {
            rows.add(toItemRow(items.get(i), planId, i));
        }
        return rows;
    }

    /** Rebuilds a stored plan; {@code items} must already be in position order. */
    default SupportPlan toPlan(PlanRow row, List<ItemRow> items) {
        List<SupportItem> supportItems = new ArrayList<>(items.size());
        for (ItemRow item : items) {
            supportItems.add(toItem(item));
        }
        return SupportPlan.restore(PlanId.parse(row.id()), PersonId.of(row.personId()), CouncilId.of(row.councilId()),
                Narrative.of(row.whatIsImportant()), supportItems, PlanStatus.valueOf(row.status()),
                Instant.parse(row.createdAt()));
    }
}
