package org.supportplan.domain.review;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.supportplan.domain.plan.CouncilId;
import org.supportplan.domain.validation.Check;
import org.supportplan.domain.validation.InvalidValueException;

/**
 * A council's review caseload on one day: the reviews overdue (due before today) and those due from today
 * to the window's last day, both included. Each list is sorted by due date, then plan id, then kind, and
 * each entry carries the rule and setting that set its date.
 *
 * @param council the council
 * @param today the day the caseload is for (from the injected clock, in England)
 * @param window how far ahead it looks
 * @param overdue reviews whose last day has passed, the longest overdue first
 * @param dueInWindow reviews due from today to the window's last day, the soonest first
 */
public record Caseload(CouncilId council, LocalDate today, Window window, List<DueReview> overdue, List<DueReview> dueInWindow) {

    /** Due date, then plan id (as written), then kind: the same input always gives the same order. */
    public static final Comparator<DueReview> ORDER = Comparator.comparing(DueReview::dueOn)
            .thenComparing(d -> d.plan().value().toString())
            .thenComparing(DueReview::kind);

    /** Validates presence. */
    public Caseload {
        Check.present(council, "council");
        Check.present(today, "today");
        Check.present(window, "window");
        overdue = List.copyOf(Check.present(overdue, "overdue"));
        dueInWindow = List.copyOf(Check.present(dueInWindow, "dueInWindow"));
    }

    /**
     * The caseload of {@code council} from the reviews due for its plans. A review of another council's
     * plan is refused ({@code caseload.other-council}): a caseload never mixes councils.
     */
    public static Caseload of(CouncilId council, LocalDate today, Window window, Collection<DueReview> reviews) {
        Check.present(council, "council");
        Check.present(today, "today");
        Check.present(window, "window");
        Check.present(reviews, "reviews");
        for (DueReview review : reviews) {
            Check.present(review, "reviews");
            if (!review.council().equals(council)) {
                throw InvalidValueException.of("reviews", "caseload.other-council",
                        "the review of plan " + review.plan() + " is for " + review.council() + ", not " + council);
            }
        }
        LocalDate last = window.lastDay(today);
        List<DueReview> overdue = reviews.stream().filter(r -> r.overdueOn(today)).sorted(ORDER).toList();
        List<DueReview> soon = reviews.stream().filter(r -> !r.overdueOn(today) && !r.dueOn().isAfter(last)).sorted(ORDER).toList();
        return new Caseload(council, today, window, overdue, soon);
    }
}
