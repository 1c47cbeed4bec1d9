package org.supportplan.adapter.persistence.document;

/** A need as stored. */
record NeedDocument(String id, String description, String outcome, String eligibility) {
}
