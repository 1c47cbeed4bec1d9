package org.supportplan.adapter.persistence.transfer;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The lines of a store export, one JSON object each, told apart by {@code type}. Field names and order are
 * the export format ({@link StoreTransfer#FORMAT}): changing them needs a new format number. Amounts are
 * decimal strings and instants ISO-8601 text, as in stored plan documents; the only numbers are counts,
 * revisions, version and sequence numbers.
 */
final class ExportLines {

    static final String HEADER = "header";
    static final String PLAN = "plan";
    static final String AUDIT = "audit";
    static final String END = "end";

    private ExportLines() {
    }

    /** The first line: which format the file is in, and which plan document format its contents are in. */
    @JsonPropertyOrder({"type", "format", "contentFormat"})
    record Header(String type, int format, int contentFormat) {
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

    /** One audit entry exactly as stored, hashes included. */
    @JsonPropertyOrder({"type", "sequence", "at", "actor", "action", "plan", "person", "from", "to", "previousHash", "hash"})
    record Audit(String type, long sequence, String at, String actor, String action, String plan, String person, State from,
                 State to, String previousHash, String hash) {
    }

    /** A plan version and its status, as an audit entry names them. */
    @JsonPropertyOrder({"version", "status"})
    record State(int version, String status) {
    }

    /** The last line: how many of each kind the file holds, so a file cut short is found. */
    @JsonPropertyOrder({"type", "plans", "planVersions", "auditEntries"})
    record End(String type, long plans, long planVersions, long auditEntries) {
    }
}
