package org.supportplan.domain.profile;

/**
 * A part of the plan's data. A council's questions or headings are each answered by one or more
 * sections; a question is unanswered while any of its sections is empty.
 */
public enum PlanSection {
    /** What is important to the person. */
    WHAT_IS_IMPORTANT,
    /** The needs from the assessment. */
    NEEDS,
    /** The outcomes the person wants. */
    OUTCOMES,
    /** The costed support items. */
    SUPPORT,
    /** The risks and how each is managed. */
    RISKS,
    /** How the person makes decisions and stays in control. */
    DECISIONS_AND_CONTROL,
    /** Contingency plans. */
    CONTINGENCY,
    /** Unpaid support from family, friends, community and other services. */
    CIRCLE_OF_SUPPORT,
    /** Who manages the personal budget. */
    BUDGET_MANAGER,
    /** How the budget is taken (deployment options) and what it costs. */
    BUDGET,
    /** The action plan. */
    ACTION_PLAN
}
