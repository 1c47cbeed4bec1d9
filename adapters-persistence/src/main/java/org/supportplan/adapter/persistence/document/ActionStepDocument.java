package org.supportplan.adapter.persistence.document;

/** An action step as stored. */
record ActionStepDocument(String action, String who, String byWhen) {
}
