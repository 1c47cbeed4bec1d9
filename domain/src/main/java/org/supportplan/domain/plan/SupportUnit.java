package org.supportplan.domain.plan;

/**
 * What a support item's quantity counts and over which period, such as hours per week or sessions
 * per month. The unit cost is the price of one of these units.
 */
public enum SupportUnit {
    /** Hours of support each week, priced per hour. */
    HOURS_PER_WEEK("hours per week", Period.WEEK),
    /** Sessions (a day centre visit, a class) each week, priced per session. */
    SESSIONS_PER_WEEK("sessions per week", Period.WEEK),
    /** Sessions each calendar month, priced per session. */
    SESSIONS_PER_MONTH("sessions per month", Period.MONTH),
    /** Days each week, priced per day. */
    DAYS_PER_WEEK("days per week", Period.WEEK),
    /** Nights each week (overnight support, respite), priced per night. */
    NIGHTS_PER_WEEK("nights per week", Period.WEEK),
    /** A fixed weekly charge (a quantity of 1 is one week), priced per week. */
    PER_WEEK("per week", Period.WEEK),
    /** A fixed four-weekly charge (a quantity of 1 is four weeks), priced per four weeks. */
    PER_FOUR_WEEKS("per four weeks", Period.FOUR_WEEKS),
    /** Items each year (a membership, a service), priced per item. */
    ITEMS_PER_YEAR("items per year", Period.YEAR),
    /** A one-off purchase, priced per item. */
    ONE_OFF("one-off", Period.ONE_OFF);

    private final String label;
    private final Period period;

    SupportUnit(String label, Period period) {
        this.label = label;
        this.period = period;
    }

    /** Plain-English label, such as "hours per week". */
    public String label() {
        return label;
    }

    /** The period the quantity is counted over. */
    public Period period() {
        return period;
    }
}
