package org.supportplan.domain.account;

/** What the account holder must show at an audit, as a monitoring level requires. */
public enum Evidence {
    /** Statements of the direct-payment bank account or prepaid card. */
    BANK_STATEMENTS,
    /** Receipts for purchases. */
    RECEIPTS,
    /** Invoices from agencies and other providers. */
    INVOICES,
    /** Timesheets for hours worked by personal assistants. */
    TIMESHEETS,
    /** Payroll records (payslips, PAYE and pension returns) for employed personal assistants. */
    PAYROLL_RECORDS
}
