package org.supportplan.domain.account;

import org.supportplan.domain.plan.PaidPerson;
import org.supportplan.domain.plan.SpendCategory;

/**
 * Which spend rules refused recent transactions (one bit per rule), by category, payee, description and the
 * individual paid. Spend rules are pure functions of what they see, and exports repeat the same shops and
 * payees on row after row and across accounts, so a hit saves running every rule again. Direct-mapped: a
 * lookup allocates nothing. It starts small and doubles while more than a quarter of lookups miss, up to a
 * fixed number of slots, so its memory is bounded. Each slot holds an immutable entry: audits on several
 * threads may share one cache, and a race at worst loses an entry and repeats a judgement.
 */
final class VerdictCache {

    /** Rules beyond this many cannot be held as bits of a long, and no cache is used. */
    static final int MAX_RULES = Long.SIZE;
    private static final int FIRST_SLOTS = 256;
    private static final int MOST_SLOTS = 65_536;

    private Entry[] entries = new Entry[FIRST_SLOTS];
    private int lookups;
    private int misses;

    /** One remembered judgement: the bits of the rules that refused. */
    record Entry(SpendCategory category, String payee, String description, PaidPerson paid, long refused) {
    }

    /** The remembered judgement of this transaction paying {@code paid}, or null. */
    Entry find(Transaction transaction, PaidPerson paid) {
        Entry[] table = entries;
        Entry entry = table[slot(table, transaction, paid)];
        if (entry != null && entry.category.equals(transaction.category()) && entry.payee.equals(transaction.payee())
                && entry.description.equals(transaction.description()) && java.util.Objects.equals(entry.paid, paid)) {
            count(false, table);
            return entry;
        }
        count(true, table);
        return null;
    }

    void put(Transaction transaction, PaidPerson paid, long refused) {
        Entry[] table = entries;
        table[slot(table, transaction, paid)] = new Entry(transaction.category(), transaction.payee(), transaction.description(),
                paid, refused);
    }

    // Every table-size lookups: if over a quarter missed, the working set does not fit, so double (starting empty).
    private void count(boolean missed, Entry[] table) {
        if (missed) {
            misses++;
        }
        if (++lookups >= table.length) {
            if (misses > lookups / 4 && table.length < MOST_SLOTS) {
                entries = new Entry[table.length * 2];
            }
            lookups = 0;
            misses = 0;
        }
    }

    private static int slot(Entry[] table, Transaction transaction, PaidPerson paid) {
        int hash = transaction.category().code().hashCode();
        hash = 31 * hash + transaction.payee().hashCode();
        hash = 31 * hash + transaction.description().hashCode();
        hash = 31 * hash + (paid == null ? 0 : paid.hashCode());
        return (hash ^ (hash >>> 16)) & (table.length - 1);
    }
}
