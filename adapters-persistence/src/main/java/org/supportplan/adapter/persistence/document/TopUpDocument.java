package org.supportplan.adapter.persistence.document;

/** A top-up as stored. */
record TopUpDocument(String payer, String annualAmount, String purpose) {
}
