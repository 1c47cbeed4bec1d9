package org.supportplan.domain.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.supportplan.domain.plan.ItemId;

/**
 * An exact count and sum of transactions, with the {@link AccountAudit#MAX_EXAMPLES} smallest references
 * among them. Keeping the smallest (not the first seen) makes the examples independent of reading order.
 */
final class Tally {

    private static final int CAP = AccountAudit.MAX_EXAMPLES;

    private long count;
    private long pence;
    private long[] lines;
    private String[] references;
    private int size;
    private Set<ItemId> items;

    /** Counts a transaction of {@code pence} (positive) and keeps its reference if it is among the smallest. */
    void add(Transaction transaction, long amount) {
        count++;
        pence = Math.addExact(pence, amount);
        keep(transaction.line(), transaction.reference());
    }

    /** Keeps a reference if it is among the smallest; counts nothing. */
    void keep(long line, String reference) {
        if (lines == null) {
            // Most tallies hold a handful of transactions: start small, so thousands of audits fit side by side.
            lines = new long[4];
            references = new String[4];
        }
        // The common case once the list is full: a later line, dismissed without any allocation.
        if (size == CAP && compare(line, reference, size - 1) >= 0) {
            return;
        }
        int at = size;
        while (at > 0 && compare(line, reference, at - 1) < 0) {
            at--;
        }
        if (at > 0 && compare(line, reference, at - 1) == 0) {
            return;
        }
        if (size == lines.length && size < CAP) {
            lines = java.util.Arrays.copyOf(lines, Math.min(CAP, 2 * size));
            references = java.util.Arrays.copyOf(references, lines.length);
        }
        int last = size == CAP ? CAP - 1 : size;
        System.arraycopy(lines, at, lines, at + 1, last - at);
        System.arraycopy(references, at, references, at + 1, last - at);
        lines[at] = line;
        references[at] = reference;
        if (size < CAP) {
            size++;
        }
    }

    /** Records a plan item behind the tally (bounded by the plan's items). */
    void item(ItemId item) {
        if (items == null) {
            items = new TreeSet<>();
        }
        items.add(item);
    }

    long count() {
        return count;
    }

    long pence() {
        return pence;
    }

    List<ItemId> items() {
        return items == null ? List.of() : List.copyOf(items);
    }

    List<TransactionRef> examples() {
        List<TransactionRef> refs = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            refs.add(new TransactionRef(lines[i], references[i]));
        }
        return refs;
    }

    private int compare(long line, String reference, int index) {
        int byLine = Long.compare(line, lines[index]);
        if (byLine != 0) {
            return byLine;
        }
        String other = references[index];
        if (reference == null || other == null) {
            return reference == null ? (other == null ? 0 : -1) : 1;
        }
        return reference.compareTo(other);
    }
}
