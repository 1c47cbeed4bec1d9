package org.supportplan.adapter.persistence.document;

/** The individual paid for a support item, as stored. */
record PaidPersonDocument(String relationship, boolean livesInSameHousehold, String councilException) {
}
