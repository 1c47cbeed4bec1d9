package org.supportplan.domain.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.supportplan.domain.money.Money;
import org.supportplan.domain.money.Quantity;
import org.supportplan.domain.testdata.PlanFixtures;
import org.supportplan.domain.testdata.PlanGenerators;

/**
 * A plan's support items keep each item's figures beside it (ADR 27): they must read back as the items' own, and the
 * list must behave as the immutable list it replaces.
 */
class SupportItemsTest {

    @Test
    void everyItemsFiguresAreItsOwn() {
        qt().forAll(lists().of(PlanGenerators.supportItems()).ofSizeBetween(0, 30)).checkAssert(items -> {
            SupportItems held = SupportItems.copyOf(items);
            assertThat(held).containsExactlyElementsOf(items).hasSize(items.size());
            for (int i = 0; i < items.size(); i++) {
                SupportItem item = items.get(i);
                assertThat(held.price(i)).isEqualTo(SupportItems.priceOf(item)).isEqualTo(BigInteger.valueOf(item.unitCost().pence())
                        .multiply(BigInteger.valueOf(item.quantity().thousandths())).longValueExact());
                assertThat(held.period(i)).isEqualTo(item.unit().period());
                assertThat(held.budgetFunded(i)).isEqualTo(item.isBudgetFunded());
            }
        });
    }

    @Test
    void aPriceBeyondALongIsMinusOneAndOneJustWithinIsExact() {
        SupportItem template = PlanFixtures.completeContent().supportItems().get(0);
        qt().forAll(longs().between(1, Money.MAX_PENCE), longs().between(1, Quantity.MAX_THOUSANDTHS)).checkAssert((pence, thousandths) -> {
            SupportItem item = withCost(template, pence, thousandths);
            BigInteger exact = BigInteger.valueOf(pence).multiply(BigInteger.valueOf(thousandths));
            long expected = exact.bitLength() < Long.SIZE ? exact.longValueExact() : -1;
            assertThat(SupportItems.priceOf(item)).as(pence + " x " + thousandths).isEqualTo(expected);
            SupportItems held = SupportItems.copyOf(List.of(item, template));
            assertThat(held.price(0)).isEqualTo(expected);
            // However large its price, an item's period and payer read back, and so does its neighbour's.
            assertThat(held.period(0)).isEqualTo(item.unit().period());
            assertThat(held.budgetFunded(0)).isEqualTo(item.isBudgetFunded());
            assertThat(held.price(1)).isEqualTo(SupportItems.priceOf(template));
        });
        // At the edge: the largest product that fits a long, and the next up.
        SupportItem fits = withCost(template, Long.MAX_VALUE / 1_000_000_000_000L, 1_000_000_000_000L);
        assertThat(SupportItems.priceOf(fits)).isEqualTo(Long.MAX_VALUE / 1_000_000_000_000L * 1_000_000_000_000L);
        assertThat(SupportItems.priceOf(withCost(template, Long.MAX_VALUE / 1_000_000_000_000L + 1, 1_000_000_000_000L))).isEqualTo(-1);
    }

    private static SupportItem withCost(SupportItem template, long pence, long thousandths) {
        return new SupportItem(template.id(), template.description(), template.provider(), template.route(),
                new Quantity(thousandths), template.unit(), Money.ofPence(pence), template.category(), template.needs(),
                template.outcomes(), template.paidPerson());
    }

    @Test
    void everyPeriodAndPayerReadsBack() {
        SupportItem template = PlanFixtures.completeContent().supportItems().get(0);
        for (SupportUnit unit : SupportUnit.values()) {
            for (PaymentRoute route : PaymentRoute.values()) {
                SupportItem item = new SupportItem(template.id(), template.description(), template.provider(), route,
                        template.quantity(), unit, template.unitCost(), template.category(), template.needs(), template.outcomes(),
                        template.paidPerson());
                SupportItems held = SupportItems.copyOf(List.of(item));
                assertThat(held.period(0)).isEqualTo(unit.period());
                assertThat(held.budgetFunded(0)).isEqualTo(route != PaymentRoute.TOP_UP);
            }
        }
    }

    @Test
    void equalsAndHashesAsAnyListOfTheSameItems() {
        qt().forAll(lists().of(PlanGenerators.supportItems()).ofSizeBetween(0, 10)).checkAssert(items -> {
            SupportItems held = SupportItems.copyOf(items);
            assertThat(held).isEqualTo(List.copyOf(items)).hasSameHashCodeAs(List.copyOf(items));
            assertThat(List.copyOf(items)).isEqualTo(held);
            assertThat(new ArrayList<>(items)).isEqualTo(held);
            assertThat(held.toString()).isEqualTo(items.toString());
        });
    }

    @Test
    void copiesOnlyWhatIsNotAlreadyHeldAndIsNotChangedThroughTheListItCameFrom() {
        List<SupportItem> source = new ArrayList<>(PlanFixtures.completeContent().supportItems());
        SupportItems held = SupportItems.copyOf(source);
        source.clear();
        assertThat(held).hasSize(PlanFixtures.completeContent().supportItems().size());
        assertThat(SupportItems.copyOf(held)).isSameAs(held);
        assertThat(SupportItems.copyOf(List.of())).isSameAs(SupportItems.EMPTY).isEmpty();
    }

    @Test
    void planContentKeepsItsItemsSo() {
        qt().forAll(PlanGenerators.contents()).checkAssert(content ->
                assertThat(content.supportItems()).isInstanceOf(SupportItems.class));
    }

    @Test
    void refusesANullListOrItemAsListCopyOfDoes() {
        assertThatThrownBy(() -> SupportItems.copyOf(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> SupportItems.copyOf(Arrays.asList(PlanFixtures.completeContent().supportItems().get(0), null)))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void figuresOutsideTheListAreRefused() {
        SupportItems held = SupportItems.copyOf(PlanFixtures.completeContent().supportItems());
        int size = held.size();
        for (int index : new int[] {-1, size}) {
            assertThatThrownBy(() -> held.get(index)).isInstanceOf(IndexOutOfBoundsException.class);
            assertThatThrownBy(() -> held.price(index)).isInstanceOf(IndexOutOfBoundsException.class);
            assertThatThrownBy(() -> held.period(index)).isInstanceOf(IndexOutOfBoundsException.class);
            assertThatThrownBy(() -> held.budgetFunded(index)).isInstanceOf(IndexOutOfBoundsException.class);
        }
    }

    @Test
    void everyChangeIsRefusedEvenOneThatWouldChangeNothing() {
        SupportItem item = PlanFixtures.completeContent().supportItems().get(0);
        qt().forAll(integers().between(0, 3)).checkAssert(size -> {
            List<SupportItem> items = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                items.add(item);
            }
            SupportItems held = SupportItems.copyOf(items);
            List<Consumer<List<SupportItem>>> changes = List.of(
                    list -> list.add(item), list -> list.add(0, item), list -> list.addAll(List.of()),
                    list -> list.addAll(0, List.of()), list -> list.set(0, item), list -> list.remove(0),
                    list -> list.remove(item), list -> list.removeAll(List.of()), list -> list.retainAll(List.of()),
                    list -> list.removeIf(any -> false), list -> list.replaceAll(any -> any), list -> list.sort(null),
                    List::clear, list -> list.subList(0, 0).clear(), list -> list.iterator().remove());
            for (Consumer<List<SupportItem>> change : changes) {
                assertThatThrownBy(() -> change.accept(held)).isInstanceOfAny(UnsupportedOperationException.class,
                        IllegalStateException.class);
            }
            assertThat(held).hasSize(size);
        });
    }
}
