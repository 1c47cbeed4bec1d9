package org.supportplan.adapter.web.dto;

/**
 * One support item as written out, with its cost for one period of its unit.
 *
 * @param description what the support is
 * @param provider who provides it
 * @param quantity units per period, such as {@code "10.5"}
 * @param unit the {@code SupportUnit} name
 * @param unitCost pounds and pence for one unit, such as {@code "18.40"}
 * @param costPerPeriod unit cost times quantity, such as {@code "193.20"}
 * @param period the {@code Period} name the cost is for, such as {@code "WEEK"}
 */
public record SupportItemResponse(String description, String provider, String quantity, String unit,
                                  String unitCost, String costPerPeriod, String period) {
}
