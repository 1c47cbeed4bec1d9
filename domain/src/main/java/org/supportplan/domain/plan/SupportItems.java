package org.supportplan.domain.plan;

import java.util.AbstractList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * A plan's support items as an immutable list that also keeps each item's price, quantity, period and payer as plain
 * numbers side by side (ADR 27). It equals, and hashes as, any list of the same items; the numbers let a caseload's
 * cost breakdowns read one small array per plan instead of three objects per item.
 */
public final class SupportItems extends AbstractList<SupportItem> implements RandomAccess {

    /** No items. */
    public static final SupportItems EMPTY = new SupportItems(new SupportItem[0]);

    private static final Period[] PERIODS = Period.values();
    /** Per item, in {@link #figures}: unit cost in pence, quantity in thousandths, then {@link #period} and payer. */
    private static final int PENCE = 0;
    private static final int THOUSANDTHS = 1;
    private static final int KIND = 2;
    private static final int SLOTS = 3;
    /** Set in an item's kind when a top-up, not the budget, pays for it; the period's ordinal is below it. */
    private static final long TOP_UP = 1L << 8;

    private final SupportItem[] items;
    private final long[] figures;
    /** items.length, held here so that reading the figures never touches the items' array. */
    private final int size;

    private SupportItems(SupportItem[] items) {
        this.items = items;
        this.size = items.length;
        this.figures = new long[items.length * SLOTS];
        for (int i = 0; i < items.length; i++) {
            SupportItem item = items[i];
            figures[i * SLOTS + PENCE] = item.unitCost().pence();
            figures[i * SLOTS + THOUSANDTHS] = item.quantity().thousandths();
            figures[i * SLOTS + KIND] = item.unit().period().ordinal() | (item.isBudgetFunded() ? 0 : TOP_UP);
        }
    }

    /** {@code items} as support items, the same object when it already is; refuses a null list or item, as {@link List#copyOf} does. */
    public static SupportItems copyOf(List<SupportItem> items) {
        if (items instanceof SupportItems same) {
            return same;
        }
        SupportItem[] copied = items.toArray(new SupportItem[0]);
        for (SupportItem item : copied) {
            Objects.requireNonNull(item, "a support item");
        }
        return copied.length == 0 ? EMPTY : new SupportItems(copied);
    }

    @Override
    public SupportItem get(int index) {
        return items[index];
    }

    @Override
    public int size() {
        return size;
    }

    /** A view that cannot change either. */
    @Override
    public List<SupportItem> subList(int fromIndex, int toIndex) {
        return List.of(items).subList(fromIndex, toIndex);
    }

    // Every change is refused, even one that would change nothing (clearing an empty list), as List.of's lists do.

    @Override
    public boolean add(SupportItem item) {
        throw unchangeable();
    }

    @Override
    public void add(int index, SupportItem item) {
        throw unchangeable();
    }

    @Override
    public boolean addAll(Collection<? extends SupportItem> added) {
        throw unchangeable();
    }

    @Override
    public boolean addAll(int index, Collection<? extends SupportItem> added) {
        throw unchangeable();
    }

    @Override
    public SupportItem set(int index, SupportItem item) {
        throw unchangeable();
    }

    @Override
    public SupportItem remove(int index) {
        throw unchangeable();
    }

    @Override
    public boolean remove(Object item) {
        throw unchangeable();
    }

    @Override
    public boolean removeAll(Collection<?> removed) {
        throw unchangeable();
    }

    @Override
    public boolean retainAll(Collection<?> kept) {
        throw unchangeable();
    }

    @Override
    public boolean removeIf(Predicate<? super SupportItem> filter) {
        throw unchangeable();
    }

    @Override
    public void replaceAll(UnaryOperator<SupportItem> operator) {
        throw unchangeable();
    }

    @Override
    public void sort(Comparator<? super SupportItem> order) {
        throw unchangeable();
    }

    @Override
    public void clear() {
        throw unchangeable();
    }

    private static UnsupportedOperationException unchangeable() {
        return new UnsupportedOperationException("a plan's support items cannot be changed; build new content instead");
    }

    /** The unit cost in pence of the item at {@code index}: {@code get(index).unitCost().pence()}. */
    public long unitCostPence(int index) {
        Objects.checkIndex(index, size);
        return figures[index * SLOTS + PENCE];
    }

    /** The quantity in thousandths of the item at {@code index}: {@code get(index).quantity().thousandths()}. */
    public long quantityThousandths(int index) {
        Objects.checkIndex(index, size);
        return figures[index * SLOTS + THOUSANDTHS];
    }

    /** The period of the item at {@code index}: {@code get(index).unit().period()}. */
    public Period period(int index) {
        Objects.checkIndex(index, size);
        return PERIODS[(int) (figures[index * SLOTS + KIND] & (TOP_UP - 1))];
    }

    /** Whether the budget pays for the item at {@code index}: {@code get(index).isBudgetFunded()}. */
    public boolean budgetFunded(int index) {
        Objects.checkIndex(index, size);
        return (figures[index * SLOTS + KIND] & TOP_UP) == 0;
    }
}
