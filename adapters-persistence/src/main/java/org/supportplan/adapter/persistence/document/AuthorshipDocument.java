package org.supportplan.adapter.persistence.document;

/** Who wrote the plan, as stored. */
record AuthorshipDocument(String writtenBy, boolean substantialDifficulty, boolean appropriatePersonAvailable,
                          String advocateArranged) {
}
