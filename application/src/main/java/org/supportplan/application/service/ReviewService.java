package org.supportplan.application.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.supportplan.application.audit.Actor;
import org.supportplan.application.audit.AuditAction;
import org.supportplan.application.audit.AuditEvent;
import org.supportplan.application.port.ChangeContext;
import org.supportplan.application.port.StoredPlan;
import org.supportplan.application.port.in.RecordReviewCommand;
import org.supportplan.application.port.in.ReviewChange;
import org.supportplan.application.port.in.ReviewUseCase;
import org.supportplan.application.port.out.AccountRepository;
import org.supportplan.application.port.out.AuditTrail;
import org.supportplan.application.port.out.CouncilProfiles;
import org.supportplan.application.port.out.PlanRepository;
import org.supportplan.application.port.out.ReviewRepository;
import org.supportplan.domain.account.DirectPaymentAccount;
import org.supportplan.domain.account.PlanHistory;
import org.supportplan.domain.plan.CouncilId;
import org.supportplan.domain.plan.EnglandCalendar;
import org.supportplan.domain.plan.PlanId;
import org.supportplan.domain.plan.SupportPlan;
import org.supportplan.domain.plan.Transition;
import org.supportplan.domain.profile.CouncilProfile;
import org.supportplan.domain.profile.ReviewInterval;
import org.supportplan.domain.review.AgreedInterval;
import org.supportplan.domain.review.BudgetUse;
import org.supportplan.domain.review.Caseload;
import org.supportplan.domain.review.DueReview;
import org.supportplan.domain.review.ParticipantRole;
import org.supportplan.domain.review.Review;
import org.supportplan.domain.review.ReviewFacts;
import org.supportplan.domain.review.ReviewId;
import org.supportplan.domain.review.ReviewOutcome;
import org.supportplan.domain.review.ReviewRequest;
import org.supportplan.domain.review.ReviewSchedule;
import org.supportplan.domain.review.Window;
import org.supportplan.domain.rule.RuleId;
import org.supportplan.domain.rule.RuleSource;
import org.supportplan.domain.validation.InvalidValueException;

/** Records reviews, requests and agreed intervals, and works out schedules and caseloads under each council's policy. */
public final class ReviewService implements ReviewUseCase {

    /** Plans read per page when a caseload is built. */
    static final int PAGE = 500;

    private static final RuleSource REVIEWS = RuleSource.of(RuleSource.Kind.STATUTORY_GUIDANCE,
            "Care and Support Statutory Guidance ch.13: a review looks at the plan in force");

    private final PlanRepository plans;
    private final ReviewRepository reviews;
    private final AccountRepository accounts;
    private final AuditTrail trail;
    private final CouncilProfiles profiles;
    private final Clock clock;

    /** A service over the stores' repositories and the installed profiles, dating everything by {@code clock}. */
    public ReviewService(PlanRepository plans, ReviewRepository reviews, AccountRepository accounts, AuditTrail trail,
                         CouncilProfiles profiles, Clock clock) {
        this.plans = Objects.requireNonNull(plans, "plans");
        this.reviews = Objects.requireNonNull(reviews, "reviews");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.trail = Objects.requireNonNull(trail, "trail");
        this.profiles = Objects.requireNonNull(profiles, "profiles");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public ReviewChange record(RecordReviewCommand command, ChangeContext context) {
        Optional<StoredPlan> stored = plans.findById(command.planId());
        if (stored.isEmpty()) {
            return new ReviewChange.NotFound(command.planId());
        }
        if (context.expected().required().map(required -> !required.equals(stored.get().revision())).orElse(false)) {
            return new ReviewChange.Stale(command.planId(), stored.get().revision());
        }
        LocalDate today = EnglandCalendar.today(clock);
        if (command.heldOn().isAfter(today)) {
            return refused("review.held-in-future", "a review is recorded once it has been held; " + command.heldOn()
                    + " is after today (" + today + ")");
        }
        List<SupportPlan> history = plans.history(command.planId());
        Optional<SupportPlan> inForce = PlanHistory.of(history).inForceOn(command.heldOn());
        if (inForce.isEmpty()) {
            return refused("review.plan-in-force", "no version of the plan was in force on " + command.heldOn()
                    + ": a review looks at an agreed plan");
        }
        checkBudgetUseLinks(command, inForce.get());
        // The record's own rules (the person involved, budget use per need) refuse it as invalid input.
        Review review = new Review(ReviewId.random(), command.planId(), inForce.get().version(), command.heldOn(),
                command.trigger(), command.method(), command.participants(), command.budgetUse(), command.outcome(),
                command.coversDirectPayment());
        SupportPlan latest = stored.get().plan();
        List<SupportPlan> versions = new ArrayList<>();
        SupportPlan after = latest;
        // A minor change revises the plan as a new version, unless a revision is already being drafted.
        if (command.outcome() instanceof ReviewOutcome.MinorChange && latest.version() == inForce.get().version()
                && latest.revise(clock.instant()) instanceof Transition.Done done) {
            after = done.plan();
            versions.add(after);
        }
        AuditEvent event = AuditEvent.change(clock.instant(), context.actor(), AuditAction.REVIEW_RECORDED, latest, after);
        PlanRepository.Update update = reviews.record(review, stored.get().revision(), versions, event);
        if (update instanceof PlanRepository.Update.Written written) {
            return new ReviewChange.Recorded(review, after, written.revision());
        }
        if (update instanceof PlanRepository.Update.Stale stale) {
            return new ReviewChange.Stale(command.planId(), stale.current());
        }
        return new ReviewChange.NotFound(command.planId());
    }

    @Override
    public ReviewChange request(PlanId plan, LocalDate requestedOn, ParticipantRole requestedBy, Actor actor) {
        Optional<StoredPlan> stored = plans.findById(plan);
        if (stored.isEmpty()) {
            return new ReviewChange.NotFound(plan);
        }
        ReviewRequest request = new ReviewRequest(requestedOn, requestedBy);
        reviews.request(plan, request, AuditEvent.change(clock.instant(), actor, AuditAction.REVIEW_REQUESTED,
                stored.get().plan(), stored.get().plan()));
        return new ReviewChange.Requested(plan, request);
    }

    @Override
    public ReviewChange agreeInterval(PlanId plan, ReviewInterval interval, Actor actor) {
        Optional<StoredPlan> stored = plans.findById(plan);
        if (stored.isEmpty()) {
            return new ReviewChange.NotFound(plan);
        }
        Optional<CouncilProfile> profile = profiles.find(stored.get().plan().council());
        if (profile.isEmpty()) {
            return refused("profile.unknown-council", "no profile is installed for the council " + stored.get().plan().council());
        }
        AgreedInterval agreed;
        try {
            agreed = AgreedInterval.agree(profile.get().reviews(), interval, EnglandCalendar.today(clock));
        } catch (InvalidValueException e) {
            return new ReviewChange.Refused(RuleId.of(e.ruleId()), e.getMessage(),
                    profile.get().reviews().regularReview().source());
        }
        reviews.agree(plan, agreed, AuditEvent.change(clock.instant(), actor, AuditAction.REVIEW_INTERVAL_AGREED,
                stored.get().plan(), stored.get().plan()));
        return new ReviewChange.Agreed(plan, agreed);
    }

    @Override
    public Optional<List<Review>> reviews(PlanId plan, Actor reader) {
        Optional<StoredPlan> stored = plans.findById(plan);
        stored.ifPresent(found -> trail.append(AuditEvent.read(clock.instant(), reader, found.plan())));
        return stored.map(found -> reviews.reviews(plan));
    }

    @Override
    public ScheduleOutcome schedule(PlanId plan, Actor reader) {
        List<SupportPlan> history = plans.history(plan);
        if (history.isEmpty()) {
            return new ScheduleOutcome.NotFound(plan);
        }
        trail.append(AuditEvent.read(clock.instant(), reader, history.get(history.size() - 1)));
        Optional<SupportPlan> inForce = PlanHistory.of(history).inForceOn(EnglandCalendar.today(clock));
        Optional<CouncilProfile> profile = profiles.find(history.get(0).council());
        if (inForce.isEmpty() || profile.isEmpty()) {
            return new ScheduleOutcome.NotInForce(plan);
        }
        Optional<LocalDate> firstPayment = accounts.ofPlan(plan).stream().map(DirectPaymentAccount::firstPaymentDate)
                .flatMap(Optional::stream).min(Comparator.naturalOrder());
        ReviewFacts facts = ReviewFacts.of(inForce.get(), firstPayment, reviews.reviews(plan), reviews.agreedInterval(plan),
                reviews.requests(plan));
        return new ScheduleOutcome.Scheduled(ReviewSchedule.of(facts, profile.get().reviews()));
    }

    @Override
    public CaseloadOutcome caseload(CouncilId council, Window window, Actor reader) {
        Optional<CouncilProfile> profile = profiles.find(council);
        if (profile.isEmpty()) {
            return new CaseloadOutcome.UnknownCouncil(council);
        }
        LocalDate today = EnglandCalendar.today(clock);
        LocalDate horizon = window.lastDay(today);
        List<DueReview> relevant = new ArrayList<>();
        Optional<PlanId> after = Optional.empty();
        while (true) {
            List<ReviewRepository.ReviewCase> page = reviews.casesOf(council, after, PAGE);
            for (ReviewRepository.ReviewCase found : page) {
                ReviewSchedule schedule = ReviewSchedule.of(ReviewFacts.of(found.inForce(), found.firstDirectPayment(),
                        found.reviews(), found.agreedInterval(), found.requests()), profile.get().reviews());
                // Only what the caseload shows is kept: a large council's schedules are never all held at once.
                schedule.due().stream().filter(due -> !due.dueOn().isAfter(horizon)).forEach(relevant::add);
            }
            if (page.size() < PAGE) {
                break;
            }
            after = Optional.of(page.get(page.size() - 1).inForce().id());
        }
        return new CaseloadOutcome.Listed(Caseload.of(council, today, window, relevant));
    }

    // "How the budget was used" is told against the plan's own needs and outcomes, so each must be in the plan reviewed.
    private static void checkBudgetUseLinks(RecordReviewCommand command, SupportPlan reviewed) {
        for (int i = 0; i < command.budgetUse().size(); i++) {
            BudgetUse use = command.budgetUse().get(i);
            boolean known = use instanceof BudgetUse.ForNeed need ? reviewed.content().need(need.need()).isPresent()
                    : reviewed.content().outcomes().stream().anyMatch(o -> o.id().equals(((BudgetUse.ForOutcome) use).outcome()));
            if (!known) {
                throw InvalidValueException.of("budgetUse[" + i + "]", "plan.link-exists", "budgetUse[" + i + "] refers to "
                        + use.key() + ", which is not in version " + reviewed.version() + " of the plan");
            }
        }
    }

    private static ReviewChange refused(String rule, String reason) {
        return new ReviewChange.Refused(RuleId.of(rule), reason, REVIEWS);
    }
}
