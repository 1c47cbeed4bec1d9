package org.supportplan.adapter.web.dto;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A sign-off check report: whether the plan can be agreed, every finding, and the cost breakdown
 * and sufficiency under the council's rules.
 *
 * @param agreeable true when there are no findings
 * @param council the council whose profile was used
 * @param findings every finding, sorted by path then rule
 * @param budget the cost breakdown and sufficiency
 */
public record CheckReportResponse(boolean agreeable, String council, List<FindingDto> findings, Budget budget) {

    /**
     * One reason the plan cannot yet be agreed.
     *
     * @param rule the rule id, such as {@code spend.everyday-living-costs}
     * @param source the citation of where the rule comes from
     * @param sourceKind the kind of source ({@code ACT}, {@code COUNCIL_PAGE}, ...)
     * @param message what is wrong
     * @param path where in the plan, such as {@code $.supportItems[2]}
     */
    public record FindingDto(String rule, String source, String sourceKind, String message, String path) {
    }

    /**
     * The cost breakdown.
     *
     * @param weeksPerYear weeks in a year used for conversions, such as {@code "52.143"}
     * @param rounding the rounding rule name
     * @param lines one line per support item
     * @param budgetFunded totals the budget pays
     * @param topUpFunded totals top-ups pay
     * @param total totals of every item
     * @param personalBudget the personal budget checked against (cost = contribution + council amount), or null
     * @param sufficiency whether the support fits the money
     */
    public record Budget(String weeksPerYear, String rounding, List<Line> lines, Totals budgetFunded, Totals topUpFunded,
                         Totals total, BudgetResponse personalBudget, SufficiencyDto sufficiency) {
    }

    /**
     * One item's cost in every period.
     *
     * @param item the item id
     * @param path the item's path in the plan
     * @param route the payment route name
     * @param weekly a week
     * @param fourWeekly every four weeks
     * @param annual a year
     * @param oneOff one-off
     */
    public record Line(String item, String path, String route, String weekly, String fourWeekly, String annual,
                       String oneOff) {
    }

    /**
     * Sums of lines.
     *
     * @param weekly a week
     * @param fourWeekly every four weeks
     * @param annual recurring a year
     * @param oneOff one-off
     * @param firstYear annual plus one-off
     */
    public record Totals(String weekly, String fourWeekly, String annual, String oneOff, String firstYear) {
    }

    /**
     * Whether the support fits the budget and the top-ups (first-year costs).
     *
     * @param status {@code SUFFICIENT}, {@code SHORTFALL} or {@code NO_BUDGET}
     * @param budgetInForce the budget in force, or null without a budget
     * @param budgetCost what the budget-funded support costs
     * @param budgetShortfall how far that exceeds the budget, or null without a budget
     * @param topUps the top-ups a year
     * @param topUpCost what the top-up-funded support costs
     * @param topUpShortfall how far that exceeds the top-ups, or null without a budget
     * @param budgetHeadroom what is left of the budget (present only when sufficient)
     */
    public record SufficiencyDto(String status, String budgetInForce, String budgetCost, String budgetShortfall,
                                 String topUps, String topUpCost, String topUpShortfall,
                                 @JsonInclude(JsonInclude.Include.NON_NULL) String budgetHeadroom) {
    }
}
