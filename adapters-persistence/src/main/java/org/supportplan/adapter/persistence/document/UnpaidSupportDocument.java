package org.supportplan.adapter.persistence.document;

import java.util.List;

/** Unpaid support in the circle of support, as stored. */
record UnpaidSupportDocument(String source, String who, String description, List<String> needs) {
}
