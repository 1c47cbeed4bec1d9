package org.supportplan.domain.account;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.supportplan.domain.plan.EnglandCalendar;
import org.supportplan.domain.plan.PlanId;
import org.supportplan.domain.plan.SupportPlan;
import org.supportplan.domain.validation.Check;
import org.supportplan.domain.validation.InvalidValueException;

/**
 * Which version of a plan was in force on each day. Only agreed versions (those with a sign-off) are
 * ever in force: a version comes into force on the day it was signed off, in English time
 * (in England: {@link EnglandCalendar}), and stays in force until the day before the next version was signed off,
 * or until its own end date, whichever is sooner. Before the first sign-off nothing is in force, and
 * after a version's end date nothing is in force until another is signed off.
 */
public final class PlanHistory {

    private final PlanId plan;
    private final List<VersionInForce> inForce;
    // The same spans as epoch days, for a lookup on every transaction without any allocation.
    private final long[] fromDays;
    private final long[] toDays;

    private PlanHistory(PlanId plan, List<VersionInForce> inForce) {
        this.plan = plan;
        this.inForce = List.copyOf(inForce);
        this.fromDays = new long[inForce.size()];
        this.toDays = new long[inForce.size()];
        for (int i = 0; i < inForce.size(); i++) {
            fromDays[i] = inForce.get(i).from().toEpochDay();
            toDays[i] = inForce.get(i).to() == null ? Long.MAX_VALUE : inForce.get(i).to().toEpochDay();
        }
    }

    /**
     * The history of one plan from its versions, in any order. Refused when the versions belong to
     * different plans or a version number appears twice.
     */
    public static PlanHistory of(List<SupportPlan> versions) {
        Check.present(versions, "history");
        PlanId plan = null;
        Set<Integer> numbers = new HashSet<>();
        List<SupportPlan> agreed = new ArrayList<>();
        for (int i = 0; i < versions.size(); i++) {
            SupportPlan version = Check.present(versions.get(i), "history[" + i + "]");
            if (plan == null) {
                plan = version.id();
            } else if (!plan.equals(version.id())) {
                throw InvalidValueException.of("history[" + i + "]", "plan-history.one-plan",
                        "a plan history holds versions of one plan; " + version.id() + " is not " + plan);
            }
            if (!numbers.add(version.version())) {
                throw InvalidValueException.of("history[" + i + "]", "plan-history.unique-version",
                        "version " + version.version() + " appears twice in the plan history");
            }
            if (version.signOff().isPresent()) {
                agreed.add(version);
            }
        }
        agreed.sort(Comparator.comparing((SupportPlan v) -> signedOffOn(v))
                .thenComparing(v -> v.signOff().orElseThrow().at())
                .thenComparingInt(SupportPlan::version));
        List<VersionInForce> spans = new ArrayList<>();
        for (int i = 0; i < agreed.size(); i++) {
            SupportPlan version = agreed.get(i);
            LocalDate from = signedOffOn(version);
            LocalDate to = i + 1 < agreed.size() ? signedOffOn(agreed.get(i + 1)).minusDays(1) : null;
            LocalDate ended = version.endedOn().orElse(null);
            if (ended != null && (to == null || ended.isBefore(to))) {
                to = ended;
            }
            // A version replaced on the day it was signed off, or ended before it began, was never in force.
            if (to == null || !to.isBefore(from)) {
                spans.add(new VersionInForce(version, from, to));
            }
        }
        return new PlanHistory(plan, spans);
    }

    /** The day {@code version} was signed off, in English time. */
    public static LocalDate signedOffOn(SupportPlan version) {
        return EnglandCalendar.dateOf(version.signOff().orElseThrow(() -> InvalidValueException.of("signOff",
                "plan-history.agreed", "version " + version.version() + " has not been signed off")).at());
    }

    /** The plan's id, if the history has any version. */
    public Optional<PlanId> plan() {
        return Optional.ofNullable(plan);
    }

    /** Every version that was ever in force, with its days, earliest first. */
    public List<VersionInForce> versionsInForce() {
        return inForce;
    }

    /** The version in force on {@code date}, if any. */
    public Optional<SupportPlan> inForceOn(LocalDate date) {
        int index = indexOn(date.toEpochDay());
        return index < 0 ? Optional.empty() : Optional.of(inForce.get(index).version());
    }

    /** The index into {@link #versionsInForce()} of the version in force on an epoch day, or -1. */
    int indexOn(long epochDay) {
        // Spans are few, sorted and disjoint; the latest that started on or before the day is the only candidate.
        for (int i = fromDays.length - 1; i >= 0; i--) {
            if (fromDays[i] <= epochDay) {
                return epochDay <= toDays[i] ? i : -1;
            }
        }
        return -1;
    }

    /**
     * One agreed version and the days it was in force.
     *
     * @param version the version
     * @param from the day it was signed off
     * @param to its last day in force, or null while it still is
     */
    public record VersionInForce(SupportPlan version, LocalDate from, LocalDate to) {

        /** Validates. */
        public VersionInForce {
            Check.present(version, "version");
            Check.present(from, "from");
        }
    }
}
