package org.supportplan.domain.account;

import org.supportplan.domain.money.Money;

/**
 * What an audit read, counted exactly. Every row handed to the audit is in exactly one of
 * {@code transactions}, {@code outsidePeriod} and {@code rejected}; every penny of money out of the
 * period's transactions is in exactly one of {@code refusedSpend}, {@code unplannedSpend} and
 * {@code plannedSpend}.
 *
 * @param rowsRead every row handed to the audit
 * @param transactions transactions dated within the audit period
 * @param outsidePeriod transactions dated outside it (read, counted, not audited)
 * @param rejected rows the reader could not parse
 * @param moneyIn the sum of the period's positive amounts
 * @param moneyOut the sum of the period's negative amounts, as a positive amount
 * @param net money in less money out
 * @param refusedSpend money out refused by a spend rule
 * @param unplannedSpend money out matching nothing in the plan in force
 * @param plannedSpend money out matching a part of the plan in force
 */
public record AuditTotals(long rowsRead, long transactions, long outsidePeriod, long rejected, Money moneyIn, Money moneyOut,
                          Money net, Money refusedSpend, Money unplannedSpend, Money plannedSpend) {
}
