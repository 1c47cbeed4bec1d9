package org.supportplan.adapter.persistence.document;

/** A risk as stored. */
record RiskDocument(String description, String mitigation) {
}
