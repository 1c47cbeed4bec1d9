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
 * A plan's support items as an immutable list that also keeps each item's price per period, period and payer as plain
 * numbers side by side (ADR 27). It equals, and hashes as, any list of the same items; the numbers let a caseload's
 * cost breakdowns read one small array per plan instead of three objects per item.
 */
public final class SupportItems extends AbstractList<SupportItem> implements RandomAccess {

    /** No items. */
    public static final SupportItems EMPTY = new SupportItems(new SupportItem[0]);

    private static final Period[] PERIODS = Period.values();
    /*
     * Each item is one word of figures: its price per period in the low 46 bits, then its period's ordinal (3 bits), then
     * whether a top-up pays for it, then whether its price is too large to be kept in the word (no real plan's is: 2^46
     * thousandths of a penny is about 700 million pounds) and must be worked out from the item. One word per item keeps
     * a plan's figures in one small array, read once per item.
     */
    private static final int PRICE_BITS = 46;
    private static final long PRICE_MASK = (1L << PRICE_BITS) - 1;
    private static final int PERIOD_SHIFT = PRICE_BITS;
    private static final long PERIOD_MASK = 0b111;
    private static final long TOP_UP = 1L << (PRICE_BITS + 3);
    private static final long LARGE = 1L << (PRICE_BITS + 4);

    static {
        if (PERIODS.length > PERIOD_MASK + 1) {
            throw new ExceptionInInitializerError("a support item's word holds at most 8 periods, not " + PERIODS.length);
        }
    }

    private final SupportItem[] items;
    /** One word per item; its length is the list's size, so reading the figures never touches the items' array. */
    private final long[] figures;

    private SupportItems(SupportItem[] items) {
        this.items = items;
        this.figures = new long[items.length];
        for (int i = 0; i < items.length; i++) {
            SupportItem item = items[i];
            long price = priceOf(item);
            long word = price >= 0 && price <= PRICE_MASK ? price : LARGE;
            word |= (long) item.unit().period().ordinal() << PERIOD_SHIFT;
            figures[i] = item.isBudgetFunded() ? word : word | TOP_UP;
        }
    }

    /**
     * The exact price of one period of {@code item}, in thousandths of a penny: its unit cost in pence times its
     * quantity in thousandths, unrounded; or -1 when that is beyond a {@code long} (no plan's item is, but the
     * arithmetic must still be checked). Every cost of the item is this times a ratio of whole numbers.
     */
    public static long priceOf(SupportItem item) {
        long pence = item.unitCost().pence();
        long thousandths = item.quantity().thousandths();
        long price = pence * thousandths;
        // Both are at least 0, so the product fits when its high half is 0 and its sign bit is clear.
        return Math.multiplyHigh(pence, thousandths) != 0 || price < 0 ? -1 : price;
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
        return figures.length;
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

    /** The {@link #priceOf price per period} of the item at {@code index}: {@code priceOf(get(index))}. */
    public long price(int index) {
        long word = figures[index];
        return (word & LARGE) == 0 ? word & PRICE_MASK : priceOf(items[index]);
    }

    /** The period of the item at {@code index}: {@code get(index).unit().period()}. */
    public Period period(int index) {
        return PERIODS[(int) (figures[index] >>> PERIOD_SHIFT & PERIOD_MASK)];
    }

    /** Whether the budget pays for the item at {@code index}: {@code get(index).isBudgetFunded()}. */
    public boolean budgetFunded(int index) {
        return (figures[index] & TOP_UP) == 0;
    }
}
