package org.supportplan.adapter.web.dto;

import java.util.List;

/**
 * A council profile as written out: its questions, spend rules and settings, each setting saying
 * whether it is the council's own value or the national default.
 *
 * @param id the council id
 * @param name the council's name
 * @param questions the questions or headings a plan must answer
 * @param spendRules the spend rules in force
 * @param weeksPerYear weeks in a year for cost conversions
 * @param rounding how fractions of a penny are settled
 * @param reviews when reviews fall due
 * @param unspentBalanceWeeks weeks of direct payments an account may hold
 */
public record CouncilResponse(String id, String name, List<Question> questions, List<Rule> spendRules,
                              SettingDto<String> weeksPerYear, SettingDto<String> rounding, Reviews reviews,
                              SettingDto<String> unspentBalanceWeeks) {

    /**
     * A question or heading.
     *
     * @param id its key, such as {@code q1}
     * @param text the council's wording
     * @param answeredBy the plan sections that answer it
     * @param source the citation
     * @param sourceKind the kind of source
     */
    public record Question(String id, String text, List<String> answeredBy, String source, String sourceKind) {
    }

    /**
     * A spend rule in force.
     *
     * @param id the rule id
     * @param summary a one-line summary
     * @param source the citation
     * @param sourceKind the kind of source
     */
    public record Rule(String id, String summary, String source, String sourceKind) {
    }

    /**
     * One profile value and where it comes from.
     *
     * @param value the value
     * @param provenance {@code COUNCIL} or {@code NATIONAL_DEFAULT}
     * @param source the citation
     * @param sourceKind the kind of source
     * @param <T> the value's JSON shape
     */
    public record SettingDto<T>(T value, String provenance, String source, String sourceKind) {
    }

    /**
     * A review interval: "within {@code amount} {@code unit} of {@code anchor}".
     *
     * @param amount how many units
     * @param unit {@code WEEKS} or {@code MONTHS}
     * @param anchor the event counted from
     */
    public record Interval(int amount, String unit, String anchor) {
    }

    /**
     * The review policy.
     *
     * @param initialReview the first review
     * @param regularReview the longest gap between reviews
     * @param directPaymentFirstReview the first direct-payment review
     * @param directPaymentRegularReview the longest gap between direct-payment reviews
     */
    public record Reviews(SettingDto<Interval> initialReview, SettingDto<Interval> regularReview,
                          SettingDto<Interval> directPaymentFirstReview, SettingDto<Interval> directPaymentRegularReview) {
    }

    /**
     * One line of {@code GET /councils}.
     *
     * @param id the council id
     * @param name the council's name
     * @param questions how many questions its plans must answer
     * @param spendRules the ids of the spend rules in force
     */
    public record Summary(String id, String name, int questions, List<String> spendRules) {
    }
}
