package org.supportplan.application.audit;

/** What happened to a plan, as recorded in the audit trail. */
public enum AuditAction {
    /** A new plan was drafted (version 1). */
    PLAN_CREATED,
    /** A draft or returned version's content was replaced. */
    PLAN_EDITED,
    /** The plan was submitted for sign-off. */
    PLAN_SUBMITTED,
    /** The council returned the plan with reasons. */
    PLAN_RETURNED,
    /** The council signed the plan off and set the final budget (earlier versions in force were replaced). */
    PLAN_AGREED,
    /** Support started. */
    PLAN_ACTIVATED,
    /** Support ended. */
    PLAN_ENDED,
    /** A new version was started from an agreed one. */
    PLAN_REVISED,
    /** A review of the plan was recorded. */
    REVIEW_RECORDED,
    /** Someone asked for a review of the plan. */
    REVIEW_REQUESTED,
    /** A shorter review interval was agreed with the person. */
    REVIEW_INTERVAL_AGREED,
    /** A direct-payment account was opened for the plan, with its monitoring level. */
    ACCOUNT_OPENED,
    /** A direct-payment account's monitoring level was assessed again. */
    ACCOUNT_MONITORING_SET,
    /** Transactions of a direct-payment account were imported. */
    TRANSACTIONS_IMPORTED,
    /** A direct-payment account was audited and the report stored. */
    ACCOUNT_AUDITED,
    /** Someone read a direct-payment account. */
    ACCOUNT_READ,
    /** Someone read an account audit report. */
    AUDIT_REPORT_READ,
    /** A plan was imported from an export of another store. */
    PLAN_IMPORTED,
    /** Someone read the plan (its latest version, a version, its history or its check). */
    PLAN_READ
}
