package org.supportplan.adapter.persistence.profile;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.supportplan.domain.money.RoundingRule;
import org.supportplan.domain.profile.PlanSection;
import org.supportplan.domain.profile.ReviewAnchor;
import org.supportplan.domain.profile.ReviewInterval;
import org.supportplan.domain.rule.RuleSource;

/**
 * A profile file exactly as written. Jackson checks the shape (fields, types, enum names); whether a
 * field is required, and every domain rule, is checked when the definition is built, so each error can
 * name its path. A null field is one the file leaves out.
 */
record ProfileDocument(String id, String name, String about, @JsonProperty("extends") String parent,
                       List<QuestionDoc> questions, List<RuleChoiceDoc> spendRules, List<LocalRuleDoc> localRules,
                       QuantityValueDoc weeksPerYear, RoundingValueDoc rounding,
                       IntervalValueDoc initialReview, IntervalValueDoc regularReview,
                       IntervalValueDoc directPaymentFirstReview, IntervalValueDoc directPaymentRegularReview,
                       QuantityValueDoc unspentBalanceWeeks) {

    record SourceDoc(RuleSource.Kind kind, String citation) {
    }

    record QuestionDoc(String id, String text, List<PlanSection> answeredBy, SourceDoc source) {
    }

    record RuleChoiceDoc(String id, SourceDoc source) {
    }

    record LocalRuleDoc(String id, String reason, List<String> categories, List<String> words, SourceDoc source) {
    }

    // Decimal figures are written as strings ("52.143") so no binary floating point is ever involved.
    record QuantityValueDoc(String value, SourceDoc source) {
    }

    record RoundingValueDoc(RoundingRule value, SourceDoc source) {
    }

    record IntervalDoc(Integer amount, ReviewInterval.Unit unit, ReviewAnchor anchor) {
    }

    record IntervalValueDoc(IntervalDoc value, SourceDoc source) {
    }
}
