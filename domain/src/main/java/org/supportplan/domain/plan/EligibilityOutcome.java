package org.supportplan.domain.plan;

/**
 * The ten eligibility outcomes of the Care and Support (Eligibility Criteria) Regulations 2015,
 * reg 2(2). Every need in a plan is tagged with exactly one.
 */
public enum EligibilityOutcome {
    /** Managing and maintaining nutrition. */
    MANAGING_NUTRITION("managing and maintaining nutrition"),
    /** Maintaining personal hygiene. */
    PERSONAL_HYGIENE("maintaining personal hygiene"),
    /** Managing toilet needs. */
    TOILET_NEEDS("managing toilet needs"),
    /** Being appropriately clothed. */
    BEING_CLOTHED("being appropriately clothed"),
    /** Being able to make use of the home safely. */
    USING_HOME_SAFELY("being able to make use of the home safely"),
    /** Maintaining a habitable home environment. */
    HABITABLE_HOME("maintaining a habitable home environment"),
    /** Developing and maintaining family or other personal relationships. */
    RELATIONSHIPS("developing and maintaining family or other personal relationships"),
    /** Accessing and engaging in work, training, education or volunteering. */
    WORK_TRAINING_EDUCATION_VOLUNTEERING("accessing and engaging in work, training, education or volunteering"),
    /** Making use of necessary facilities or services in the local community, including public transport and recreational facilities. */
    COMMUNITY_FACILITIES("making use of necessary facilities or services in the local community, including public transport and recreational facilities"),
    /** Carrying out any caring responsibilities for a child. */
    CARING_FOR_A_CHILD("carrying out any caring responsibilities the adult has for a child");

    /** Where the list comes from. */
    public static final String SOURCE = "Care and Support (Eligibility Criteria) Regulations 2015, reg 2(2)";

    private final String description;

    EligibilityOutcome(String description) {
        this.description = description;
    }

    /** The outcome in the regulation's words. */
    public String description() {
        return description;
    }
}
