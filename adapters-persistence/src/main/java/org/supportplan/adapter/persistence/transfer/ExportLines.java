package org.supportplan.adapter.persistence.transfer;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The lines of a store export, one JSON object each, told apart by {@code type}. Field names and order are
 * the export format ({@link StoreTransfer#FORMAT}): changing them needs a new format number. Amounts are
 * decimal strings and instants ISO-8601 text, as in stored plan documents; the only numbers are counts,
 * revisions, version, sequence and line numbers. Reviews, requests, intervals, accounts and audit reports
 * are the stored record documents of docs/adr/0015 ({@code recordFormat}).
 */
final class ExportLines {

    static final String HEADER = "header";
    static final String PLAN = "plan";
    static final String REVIEW = "review";
    static final String REVIEW_REQUEST = "reviewRequest";
    static final String AGREED_INTERVAL = "agreedInterval";
    static final String ACCOUNT = "account";
    static final String TRANSACTION_IMPORT = "transactionImport";
    static final String TRANSACTION = "transaction";
    static final String AUDIT_REPORT = "auditReport";
    static final String AUDIT = "audit";
    static final String END = "end";

    private ExportLines() {
    }

    /** The first line of format 2: the format, and the formats of the plan and record documents inside. */
    @JsonPropertyOrder({"type", "format", "contentFormat", "recordFormat"})
    record Header(String type, int format, int contentFormat, int recordFormat) {
    }

    /** The first line of format 1, which carried plans and the trail only. */
    @JsonPropertyOrder({"type", "format", "contentFormat"})
    record HeaderV1(String type, int format, int contentFormat) {
    }

    /** One plan: whose it is, its revision and every version, oldest first. */
    @JsonPropertyOrder({"type", "id", "person", "council", "revision", "versions"})
    record Plan(String type, String id, String person, String council, long revision, List<Version> versions) {
    }

    /** One version of a plan; {@code content} is a plan content document. */
    @JsonPropertyOrder({"version", "status", "createdAt", "returnReasons", "signOff", "supportStart", "endedOn", "content"})
    record Version(int version, String status, String createdAt, List<String> returnReasons, SignOff signOff,
                   String supportStart, String endedOn, JsonNode content) {
    }

    /** A version's sign-off. */
    @JsonPropertyOrder({"by", "at", "finalBudgetAnnual"})
    record SignOff(String by, String at, String finalBudgetAnnual) {
    }

    /** One review of the plan line before it, as its record document. */
    @JsonPropertyOrder({"type", "plan", "review"})
    record Review(String type, String plan, JsonNode review) {
    }

    /** One review request of the plan line before it, oldest first. */
    @JsonPropertyOrder({"type", "plan", "request"})
    record ReviewRequest(String type, String plan, JsonNode request) {
    }

    /** The interval last agreed for the plan line before it. */
    @JsonPropertyOrder({"type", "plan", "interval"})
    record AgreedInterval(String type, String plan, JsonNode interval) {
    }

    /** One direct-payment account of the plan line before it, with its monitoring assessment. */
    @JsonPropertyOrder({"type", "plan", "account"})
    record Account(String type, String plan, JsonNode account) {
    }

    /** One imported file of the account line before it, oldest first. */
    @JsonPropertyOrder({"type", "account", "fileSha256", "at", "rows", "accepted", "rejected"})
    record TransactionImport(String type, String account, String fileSha256, String at, long rows, long accepted, long rejected) {
    }

    /** One transaction of the account line before it, in the order the store hands them out (by date). */
    @JsonPropertyOrder({"type", "account", "line", "reference", "date", "payee", "amount", "category", "description"})
    record Transaction(String type, String account, long line, String reference, String date, String payee, String amount,
                       String category, String description) {
    }

    /** One audit report of the account line before it, oldest first, with its id and when the audit ran. */
    @JsonPropertyOrder({"type", "account", "id", "at", "report"})
    record AuditReport(String type, String account, String id, String at, JsonNode report) {
    }

    /** One audit entry exactly as stored, hashes included. */
    @JsonPropertyOrder({"type", "sequence", "at", "actor", "action", "plan", "person", "from", "to", "previousHash", "hash"})
    record Audit(String type, long sequence, String at, String actor, String action, String plan, String person, State from,
                 State to, String previousHash, String hash) {
    }

    /** A plan version and its status, as an audit entry names them. */
    @JsonPropertyOrder({"version", "status"})
    record State(int version, String status) {
    }

    /** The last line of format 2: how many of each kind the file holds, so a file cut short is found. */
    @JsonPropertyOrder({"type", "plans", "planVersions", "reviews", "reviewRequests", "agreedIntervals", "accounts",
            "transactionImports", "transactions", "auditReports", "auditEntries"})
    record End(String type, long plans, long planVersions, long reviews, long reviewRequests, long agreedIntervals, long accounts,
               long transactionImports, long transactions, long auditReports, long auditEntries) {
    }

    /** The last line of format 1. */
    @JsonPropertyOrder({"type", "plans", "planVersions", "auditEntries"})
    record EndV1(String type, long plans, long planVersions, long auditEntries) {
    }
}
