package org.supportplan.domain.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
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
                assertThat(held.unitCostPence(i)).isEqualTo(item.unitCost().pence());
                assertThat(held.quantityThousandths(i)).isEqualTo(item.quantity().thousandths());
                assertThat(held.period(i)).isEqualTo(item.unit().period());
                assertThat(held.budgetFunded(i)).isEqualTo(item.isBudgetFunded());
            }
        });
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
            assertThatThrownBy(() -> held.unitCostPence(index)).isInstanceOf(IndexOutOfBoundsException.class);
            assertThatThrownBy(() -> held.quantityThousandths(index)).isInstanceOf(IndexOutOfBoundsException.class);
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
