package org.supportplan.adapter.persistence.jdbc;

/** One row of {@code support_item}, as plain column values; {@code position} keeps the person's order. */
record ItemRow(String planId, int position, String description, String provider, long quantityThousandths,
               String unit, long unitCostPence) {
}
