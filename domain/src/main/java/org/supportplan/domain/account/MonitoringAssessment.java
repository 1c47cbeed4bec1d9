package org.supportplan.domain.account;

import java.time.LocalDate;

import org.supportplan.domain.rule.RuleSource;
import org.supportplan.domain.validation.Check;

/**
 * The additional assessment that sets a direct payment's monitoring level: which level, when, by whom,
 * and the rule that requires it.
 *
 * @param level the level decided
 * @param assessedOn the day it was decided
 * @param assessedBy the assessor's staff reference (not a name)
 * @param source the rule requiring the assessment, normally {@link #DERBYSHIRE_SEED}
 */
public record MonitoringAssessment(MonitoringLevel level, LocalDate assessedOn, String assessedBy, RuleSource source) {

    /** Derbyshire's page: an additional assessment decides the level of monitoring and financial audit. */
    public static final RuleSource DERBYSHIRE_SEED = RuleSource.of(RuleSource.Kind.COUNCIL_PAGE,
            "Derbyshire County Council, Support plans, 'Monitoring and review': for a direct payment, a special additional "
                    + "assessment decides the level of monitoring and financial audit required");

    /** Validates. */
    public MonitoringAssessment {
        Check.present(level, "level");
        Check.present(assessedOn, "assessedOn");
        assessedBy = Check.text(assessedBy, "assessedBy", 100);
        Check.present(source, "source");
    }

    /** An assessment citing {@link #DERBYSHIRE_SEED}. */
    public static MonitoringAssessment of(MonitoringLevel level, LocalDate assessedOn, String assessedBy) {
        return new MonitoringAssessment(level, assessedOn, assessedBy, DERBYSHIRE_SEED);
    }
}
