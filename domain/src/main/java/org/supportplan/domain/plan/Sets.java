package org.supportplan.domain.plan;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.supportplan.domain.validation.Check;

/** Copies collections into the plan's immutable, deterministic forms. */
final class Sets {

    private Sets() {
    }

    static <T extends Comparable<T>> Set<T> sortedCopy(Collection<T> values, String field) {
        if (values == null) {
            return Set.of();
        }
        TreeSet<T> copy = new TreeSet<>();
        int i = 0;
        for (T value : values) {
            copy.add(Check.present(value, field + "[" + i++ + "]"));
        }
        return Collections.unmodifiableSet(copy);
    }

    static <T> List<T> listCopy(List<T> values, String field, int max) {
        if (values == null) {
            return List.of();
        }
        Check.that(values.size() <= max, field, "plan.max-entries", field + " may hold at most " + max + " entries");
        for (int i = 0; i < values.size(); i++) {
            Check.present(values.get(i), field + "[" + i + "]");
        }
        return List.copyOf(values);
    }
}
