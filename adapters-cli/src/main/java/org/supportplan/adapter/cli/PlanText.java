package org.supportplan.adapter.cli;

import java.util.Collection;
import java.util.stream.Collectors;

import org.supportplan.application.port.Revision;
import org.supportplan.domain.plan.ActionStep;
import org.supportplan.domain.plan.Deployment;
import org.supportplan.domain.plan.Narrative;
import org.supportplan.domain.plan.Need;
import org.supportplan.domain.plan.Outcome;
import org.supportplan.domain.plan.PersonalBudget;
import org.supportplan.domain.plan.PlanContent;
import org.supportplan.domain.plan.Risk;
import org.supportplan.domain.plan.SupportItem;
import org.supportplan.domain.plan.SupportPlan;
import org.supportplan.domain.plan.TopUp;
import org.supportplan.domain.plan.UnpaidSupport;

/** Renders a plan version as plain text for a person at a terminal, section by section. */
final class PlanText {

    private static final String NL = System.lineSeparator();

    private PlanText() {
    }

    static String render(SupportPlan plan, Revision revision) {
        PlanContent c = plan.content();
        StringBuilder text = new StringBuilder();
        text.append("Support plan ").append(plan.id()).append(" version ").append(plan.version())
                .append(" (").append(plan.status()).append(')').append(NL);
        text.append("  Person:   ").append(plan.person()).append(NL);
        text.append("  Council:  ").append(plan.council()).append(NL);
        text.append("  Created:  ").append(plan.createdAt()).append(NL);
        text.append("  Revision: ").append(revision).append(" (change it with --if-match ").append(revision).append(')').append(NL);
        plan.signOff().ifPresent(s -> text.append("  Agreed:   ").append(s.at()).append(" by ").append(s.signedOffBy())
                .append(", final budget ").append(s.finalBudgetAnnual()).append(" a year").append(NL));
        plan.supportStart().ifPresent(d -> text.append("  Started:  ").append(d).append(NL));
        plan.endedOn().ifPresent(d -> text.append("  Ended:    ").append(d).append(NL));
        if (!plan.returnReasons().isEmpty()) {
            text.append("  Returned: ").append(String.join("; ", plan.returnReasons())).append(NL);
        }

        section(text, "What is important to me");
        narrative(text, c.whatIsImportant());
        section(text, "Needs (" + c.needs().size() + ")");
        for (Need need : c.needs()) {
            text.append("  ").append(need.id()).append("  ").append(oneLine(need.description())).append(NL)
                    .append("      ").append(need.outcome().description()).append(", ").append(Labels.of(need.eligibility())).append(NL);
        }
        section(text, "Outcomes (" + c.outcomes().size() + ")");
        for (Outcome outcome : c.outcomes()) {
            text.append("  ").append(outcome.id()).append("  ").append(Labels.of(outcome.kind())).append(": ")
                    .append(oneLine(outcome.description())).append(links(outcome.needs())).append(NL);
        }
        section(text, "Paid support (" + c.supportItems().size() + ")");
        for (SupportItem item : c.supportItems()) {
            text.append("  ").append(item.id()).append("  ").append(item.description()).append(NL)
                    .append("      by ").append(item.provider()).append(", ").append(Labels.of(item.route())).append(NL)
                    .append("      ").append(item.quantity()).append(' ').append(item.unit().label()).append(" at ")
                    .append(item.unitCost().format()).append(" each; category ").append(item.category())
                    .append(links(item.needs())).append(links(item.outcomes())).append(NL);
        }
        section(text, "Circle of support (" + c.circleOfSupport().size() + ")");
        for (UnpaidSupport unpaid : c.circleOfSupport()) {
            text.append("  ").append(unpaid.who()).append(" (").append(Labels.of(unpaid.source())).append("): ")
                    .append(oneLine(unpaid.description())).append(links(unpaid.needs())).append(NL);
        }
        section(text, "Risks (" + c.risks().size() + ")");
        for (Risk risk : c.risks()) {
            text.append("  ").append(oneLine(risk.description())).append(NL).append("      managed by: ")
                    .append(risk.managedBy().map(PlanText::oneLine).orElse("(not yet agreed)")).append(NL);
        }
        section(text, "Contingency plans (" + c.contingencyPlans().size() + ")");
        c.contingencyPlans().forEach(contingency -> text.append("  ").append(oneLine(contingency)).append(NL));
        section(text, "Decisions and control");
        narrative(text, c.decisionsAndControl());
        section(text, "The budget");
        text.append("  Managed by: ").append(c.budgetManager() == null ? "(not recorded)" : Labels.of(c.budgetManager())).append(NL);
        PersonalBudget budget = c.budget();
        if (budget == null) {
            text.append("  No personal budget set yet").append(NL);
        } else {
            text.append("  ").append(budget.finalBudget().isPresent() ? "Final" : "Indicative").append(" budget ")
                    .append(budget.inForce()).append(" a year = contribution ").append(budget.assessedContributionAnnual())
                    .append(" + council ").append(budget.councilAmountAnnual()).append(NL);
        }
        for (Deployment deployment : c.deployments()) {
            text.append("  ").append(Labels.of(deployment.option())).append(": ").append(deployment.amount()).append(' ')
                    .append(Labels.of(deployment.frequency())).append(links(deployment.needs())).append(NL);
        }
        for (TopUp topUp : c.topUps()) {
            text.append("  top-up by ").append(Labels.of(topUp.payer())).append(": ").append(topUp.annualAmount())
                    .append(" a year for ").append(topUp.purpose()).append(NL);
        }
        section(text, "Action plan (" + c.actionPlan().size() + ")");
        for (ActionStep step : c.actionPlan()) {
            text.append("  ").append(oneLine(step.action())).append(" - ").append(step.who())
                    .append(step.dueBy().map(d -> ", by " + d).orElse("")).append(NL);
        }
        if (c.authorship() != null) {
            section(text, "Written by");
            text.append("  ").append(Labels.of(c.authorship().writtenBy()))
                    .append(c.authorship().advocateRequired() ? "; an independent advocate is required"
                            + (c.authorship().advocateRecorded() ? " and arranged (" + c.authorship().advocateArranged() + ")" : " (not yet recorded)")
                            : "").append(NL);
        }
        return text.toString();
    }

    private static void section(StringBuilder text, String title) {
        text.append(NL).append(title).append(NL);
    }

    private static void narrative(StringBuilder text, Narrative narrative) {
        if (narrative == null) {
            text.append("  (not answered yet)").append(NL);
            return;
        }
        for (String line : narrative.text().split("\\R")) {
            text.append("  ").append(line).append(NL);
        }
    }

    private static String oneLine(Narrative narrative) {
        return narrative.text().replaceAll("\\R", " ");
    }

    private static String links(Collection<?> ids) {
        return ids.isEmpty() ? "" : " -> " + ids.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
