package org.supportplan.domain.profile;

import java.util.List;

import org.supportplan.domain.money.Quantity;
import org.supportplan.domain.money.RoundingRule;
import org.supportplan.domain.plan.CouncilId;
import org.supportplan.domain.spend.SpendPolicy;
import org.supportplan.domain.spend.SpendRule;
import org.supportplan.domain.validation.Check;

/**
 * A council's rules as data: the questions its plans must answer, the spend rules in force, how
 * costs are converted and rounded, and when reviews fall due. Every value says whether it is the
 * council's own or the national default.
 *
 * @param id the council's id, such as {@code bury}
 * @param name the council's name
 * @param questions the questions or headings a plan must answer
 * @param spendRules the spend rules in force
 * @param weeksPerYear weeks in a year for cost conversions (52 or 52.143)
 * @param rounding how fractions of a penny are settled
 * @param reviews when reviews fall due
 * @param unspentBalanceWeeks how many weeks of direct payments an account may hold before the excess may be reclaimed
 */
public record CouncilProfile(CouncilId id, String name, List<PlanQuestion> questions, List<SpendRule> spendRules,
                             Setting<Quantity> weeksPerYear, Setting<RoundingRule> rounding, ReviewPolicy reviews,
                             Setting<Quantity> unspentBalanceWeeks) {

    /** Validates. */
    public CouncilProfile {
        Check.present(id, "id");
        name = Check.text(name, "name", 200);
        questions = List.copyOf(Check.present(questions, "questions"));
        spendRules = List.copyOf(Check.present(spendRules, "spendRules"));
        Check.present(weeksPerYear, "weeksPerYear");
        Check.that(weeksPerYear.value().thousandths() >= 52_000 && weeksPerYear.value().thousandths() <= 53_000,
                "weeksPerYear", "profile.weeks-per-year", "weeks per year must be between 52 and 53");
        Check.present(rounding, "rounding");
        Check.present(reviews, "reviews");
        Check.present(unspentBalanceWeeks, "unspentBalanceWeeks");
    }

    /** The spend rules in force, as a policy. */
    public SpendPolicy spendPolicy() {
        return new SpendPolicy(spendRules);
    }
}
