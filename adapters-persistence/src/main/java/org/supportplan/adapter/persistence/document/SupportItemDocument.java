package org.supportplan.adapter.persistence.document;

import java.util.List;

/** A support item as stored. */
record SupportItemDocument(String id, String description, String provider, String route, String quantity, String unit,
                           String unitCost, String category, List<String> needs, List<String> outcomes,
                           PaidPersonDocument paidPerson) {
}
