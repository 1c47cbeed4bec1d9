package org.supportplan.adapter.web.dto;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The answers of the direct-payment account routes: accounts, imports and audit reports. */
public final class AccountResponses {

    private AccountResponses() {
    }

    /**
     * A direct-payment account.
     *
     * @param id the council's reference for it
     * @param planId the plan it pays for
     * @param monitoring its monitoring level and the assessment that set it
     * @param firstPayment the day of the first payment into it, or null when not yet known
     */
    public record Account(String id, String planId, Monitoring monitoring, String firstPayment) {
    }

    /**
     * A monitoring level and the assessment that set it.
     *
     * @param level the level's code, such as {@code standard}
     * @param auditIntervalMonths how many months each audit covers
     * @param evidence what the holder must show at each audit, such as {@code BANK_STATEMENTS}
     * @param levelSource where the level's figures come from
     * @param levelSourceKind the kind of that source ({@code SUPPORTPLAN_DEFAULT} for the default levels)
     * @param assessedOn the day the additional assessment set it
     * @param assessedBy the assessor's staff reference
     * @param source the rule requiring the assessment
     * @param sourceKind the kind of that source
     */
    public record Monitoring(String level, int auditIntervalMonths, List<String> evidence, String levelSource,
                             String levelSourceKind, String assessedOn, String assessedBy, String source, String sourceKind) {
    }

    /**
     * How one uploaded file was imported.
     *
     * @param account the account
     * @param fileSha256 the SHA-256 of the file's bytes, in lower-case hex (the same file is never imported twice)
     * @param importedAt when
     * @param rows data rows read
     * @param accepted rows stored as transactions
     * @param rejected rows that could not be read
     * @param firstRejected the first rejected rows by line (at most 20; {@code rejected} counts them all)
     */
    public record Import(String account, String fileSha256, String importedAt, long rows, long accepted, long rejected,
                         List<Rejected> firstRejected) {
    }

    /**
     * A row that could not be read.
     *
     * @param line the line of the file where it starts (the header is line 1)
     * @param reason why, naming the column and the rule
     */
    public record Rejected(long line, String reason) {
    }

    /**
     * A day range, both days included.
     *
     * @param from the first day
     * @param to the last day
     */
    public record Period(String from, String to) {
    }

    /**
     * A stored audit report.
     *
     * @param id the report's id (a UUID)
     * @param auditedAt when the audit ran
     * @param account the account audited
     * @param planId the plan it pays for
     * @param period the days audited
     * @param monitoring the account's monitoring level at the audit
     * @param cycleAnchor the day four-week payment cycles are counted from
     * @param openingBalance the balance at the start of the period
     * @param closingBalance the balance at its end
     * @param totals what was read
     * @param clean true when every row was read and nothing was found
     * @param incomplete true when some rows could not be read
     * @param findings every finding, by date then kind
     * @param rejected the first rows that could not be read (at most 20; the totals count them all)
     * @param outsidePeriod the first transactions dated outside the period (at most 20; the totals count them all)
     */
    public record Report(String id, String auditedAt, String account, String planId, Period period, Level monitoring,
                         String cycleAnchor, String openingBalance, String closingBalance, Totals totals, boolean clean,
                         boolean incomplete, List<Finding> findings, List<Rejected> rejected, List<TransactionRef> outsidePeriod) {
    }

    /**
     * A monitoring level as an audit used it.
     *
     * @param level the level's code
     * @param auditIntervalMonths how many months each audit covers
     * @param evidence what the holder must show
     * @param source where the level's figures come from
     * @param sourceKind the kind of that source
     */
    public record Level(String level, int auditIntervalMonths, List<String> evidence, String source, String sourceKind) {
    }

    /**
     * What an audit read, counted exactly.
     *
     * @param rowsRead every row handed to the audit
     * @param transactions transactions within the period
     * @param outsidePeriod transactions outside it
     * @param rejected rows that could not be read
     * @param moneyIn money in within the period
     * @param moneyOut money out within the period, as a positive amount
     * @param net money in less money out
     * @param refusedSpend money out a spend rule refused
     * @param unplannedSpend money out matching nothing in the plan in force
     * @param plannedSpend money out matching a part of the plan in force
     */
    public record Totals(long rowsRead, long transactions, long outsidePeriod, long rejected, String moneyIn, String moneyOut,
                         String net, String refusedSpend, String unplannedSpend, String plannedSpend) {
    }

    /**
     * One finding. The members after {@code to} appear only for the kinds they belong to.
     *
     * @param kind {@code PROHIBITED_SPEND}, {@code PAYMENT_TO_FORBIDDEN_PERSON}, {@code UNPLANNED_SPEND},
     *             {@code SPEND_ABOVE_PLAN} or {@code UNSPENT_BALANCE}
     * @param rule the rule's id, such as {@code spend.everyday-living-costs}
     * @param source where the rule comes from
     * @param sourceKind the kind of source
     * @param message what was found, in plain English
     * @param amount the money involved
     * @param transactions how many transactions are behind it
     * @param examples up to 20 of them, earliest in the file first
     * @param from the first day it covers
     * @param to the last day it covers
     * @param planVersion the plan version the spend was matched to, or the version in force (spend above plan, balance)
     * @param category the spend category matched (spend above plan)
     * @param items the plan items concerned (spend above plan, payment to a forbidden person)
     * @param planned what the plan allows (spend above plan)
     * @param spent what was spent (spend above plan)
     * @param weeks the number of weeks of payments an account may hold (unspent balance)
     * @param threshold that many weeks of payments (unspent balance)
     * @param balance the balance at the end of the cycle (unspent balance)
     * @param provenance whether {@code weeks} is the council's own figure or the national default (unspent balance)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Finding(String kind, String rule, String source, String sourceKind, String message, String amount,
                          long transactions, List<TransactionRef> examples, String from, String to, Integer planVersion,
                          String category, List<String> items, String planned, String spent, String weeks, String threshold,
                          String balance, String provenance) {
    }

    /**
     * Where a transaction is: its line in the imported file (0 when unknown) and the bank's reference (or null).
     *
     * @param line the line where its row starts
     * @param reference the bank's or card provider's reference
     */
    public record TransactionRef(long line, String reference) {
    }

    /**
     * One line of {@code GET /accounts/{id}/audits}.
     *
     * @param id the report's id
     * @param auditedAt when the audit ran
     * @param period the days audited
     * @param findings how many findings
     * @param clean true when every row was read and nothing was found
     * @param incomplete true when some rows could not be read
     * @param href the report's address
     */
    public record ReportSummary(String id, String auditedAt, Period period, int findings, boolean clean, boolean incomplete,
                                String href) {
    }
}
