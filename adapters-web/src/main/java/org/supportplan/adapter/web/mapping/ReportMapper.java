package org.supportplan.adapter.web.mapping;

import java.util.List;

import org.mapstruct.Builder;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;
import org.mapstruct.factory.Mappers;
import org.supportplan.adapter.web.dto.CheckReportResponse.FindingDto;
import org.supportplan.adapter.web.dto.CheckReportResponse.Line;
import org.supportplan.adapter.web.dto.CheckReportResponse.SufficiencyDto;
import org.supportplan.adapter.web.dto.CheckReportResponse.Totals;
import org.supportplan.adapter.web.dto.CheckReportResponse;
import org.supportplan.domain.budget.CostBreakdown;
import org.supportplan.domain.budget.CostLine;
import org.supportplan.domain.budget.CostTotals;
import org.supportplan.domain.budget.Sufficiency;
import org.supportplan.domain.money.Money;
import org.supportplan.domain.plan.TopUp;
import org.supportplan.domain.signoff.Finding;
import org.supportplan.domain.signoff.SignOffReport;

/** Maps a sign-off check report to its wire form. */
@Mapper(uses = WireValues.class, unmappedTargetPolicy = ReportingPolicy.ERROR, builder = @Builder(disableBuilder = true))
public interface ReportMapper {

    /** The generated implementation. */
    ReportMapper INSTANCE = Mappers.getMapper(ReportMapper.class);

    /** The whole report. */
    default CheckReportResponse toResponse(SignOffReport report) {
        return new CheckReportResponse(report.agreeable(), report.profile().id().value(), toFindings(report.findings()),
                toBudget(report));
    }

    /** The findings, in the report's order. */
    List<FindingDto> toFindings(List<Finding> findings);

    /** One finding, with its source's citation and kind side by side. */
    @Mapping(target = "source", source = "source.citation")
    @Mapping(target = "sourceKind", source = "source.kind")
    FindingDto toFinding(Finding finding);

    /** The cost breakdown and sufficiency. */
    default CheckReportResponse.Budget toBudget(SignOffReport report) {
        CostBreakdown breakdown = report.breakdown();
        return new CheckReportResponse.Budget(WireValues.quantity(breakdown.rules().weeksPerYear()),
                breakdown.rules().rounding().name(), toLines(breakdown.lines()), toTotals(breakdown.budgetFunded()),
                toTotals(breakdown.topUpFunded()), toTotals(breakdown.all()),
                PlanMapper.INSTANCE.toDto(report.checked().budget()), toSufficiency(report));
    }

    /** The lines, in plan order. */
    List<Line> toLines(List<CostLine> lines);

    /** One item's line. */
    Line toLine(CostLine line);

    /** Totals, with the first-year figure (annual plus one-off). */
    @Mapping(target = "firstYear", expression = "java(WireValues.money(totals.firstYear()))")
    Totals toTotals(CostTotals totals);

    /**
     * Sufficiency with every figure a reader needs: the domain keeps only what each verdict implies,
     * so the costs and top-ups are taken from the breakdown and the checked content alike.
     */
    default SufficiencyDto toSufficiency(SignOffReport report) {
        Money budgetCost = report.breakdown().budgetFunded().firstYear();
        Money topUpCost = report.breakdown().topUpFunded().firstYear();
        Money topUps = Money.ZERO;
        for (TopUp topUp : report.checked().topUps()) {
            topUps = topUps.plus(topUp.annualAmount());
        }
        Sufficiency sufficiency = report.sufficiency();
        if (sufficiency instanceof Sufficiency.Sufficient sufficient) {
            return new SufficiencyDto("SUFFICIENT", WireValues.money(report.checked().budget().inForce()),
                    WireValues.money(budgetCost), WireValues.money(Money.ZERO), WireValues.money(topUps),
                    WireValues.money(topUpCost), WireValues.money(Money.ZERO), WireValues.money(sufficient.budgetHeadroom()));
        }
        if (sufficiency instanceof Sufficiency.Shortfall shortfall) {
            return new SufficiencyDto("SHORTFALL", WireValues.money(shortfall.budgetInForce()),
                    WireValues.money(shortfall.budgetCost()), WireValues.money(shortfall.budgetShortfall()),
                    WireValues.money(shortfall.topUps()), WireValues.money(shortfall.topUpCost()),
                    WireValues.money(shortfall.topUpShortfall()), null);
        }
        Sufficiency.NoBudget none = (Sufficiency.NoBudget) sufficiency;
        // Without a budget no shortfall can be judged: those figures are null rather than a misleading zero.
        return new SufficiencyDto("NO_BUDGET", null, WireValues.money(none.budgetCost()), null, WireValues.money(topUps),
                WireValues.money(topUpCost), null, null);
    }
}
