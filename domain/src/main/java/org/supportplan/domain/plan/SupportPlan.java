package org.supportplan.domain.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.supportplan.domain.rule.RuleId;
import org.supportplan.domain.rule.RuleSource;
import org.supportplan.domain.validation.Check;

/**
 * The support plan aggregate: one version of one person's plan under one council's profile, with its
 * content and where it is in its lifecycle (draft, submitted, returned, agreed, active, under review,
 * replaced, ended). Every change returns a {@link Transition}: the changed plan, or a refusal naming
 * the rule. Agreed versions never change; {@link #revise(Instant)} starts a new version.
 */
public final class SupportPlan {

    /** Where the lifecycle rules come from. */
    public static final RuleSource LIFECYCLE = RuleSource.of(RuleSource.Kind.SUPPORTPLAN_DEFAULT,
            "supportplan plan lifecycle: draft, submitted, agreed or returned, active, under review, replaced or ended; "
                    + "agreed versions are never changed in place");

    private final PlanId id;
    private final int version;
    private final PersonId person;
    private final CouncilId council;
    private final PlanStatus status;
    private final Instant createdAt;
    private final PlanContent content;
    private final List<String> returnReasons;
    private final SignOff signOff;
    private final LocalDate supportStart;
    private final LocalDate endedOn;

    private SupportPlan(PlanId id, int version, PersonId person, CouncilId council, PlanStatus status, Instant createdAt,
                        PlanContent content, List<String> returnReasons, SignOff signOff, LocalDate supportStart,
                        LocalDate endedOn) {
        this.id = Check.present(id, "id");
        Check.that(version >= 1, "version", "plan.version-positive", "a plan version is 1 or more");
        this.version = version;
        this.person = Check.present(person, "personId");
        this.council = Check.present(council, "councilId");
        this.status = Check.present(status, "status");
        this.createdAt = Check.present(createdAt, "createdAt");
        this.content = Check.present(content, "content");
        this.returnReasons = returnReasons == null ? List.of() : List.copyOf(returnReasons);
        this.signOff = signOff;
        this.supportStart = supportStart;
        this.endedOn = endedOn;
    }

    /** Starts version 1 of a new plan as a draft. */
    public static SupportPlan draft(PlanId id, PersonId person, CouncilId council, PlanContent content, Instant createdAt) {
        return new SupportPlan(id, 1, person, council, PlanStatus.DRAFT, createdAt, content, List.of(), null, null, null);
    }

    /** Rebuilds a plan exactly as stored; for storage adapters only, no lifecycle rule is applied. */
    public static SupportPlan restore(PlanId id, int version, PersonId person, CouncilId council, PlanStatus status,
                                      Instant createdAt, PlanContent content, List<String> returnReasons, SignOff signOff,
                                      LocalDate supportStart, LocalDate endedOn) {
        return new SupportPlan(id, version, person, council, status, createdAt, content, returnReasons, signOff,
                supportStart, endedOn);
    }

    /** Replaces the content of a draft or returned plan; a returned plan becomes a draft again. */
    public Transition edit(PlanContent newContent) {
        if (!EnumSet.of(PlanStatus.DRAFT, PlanStatus.RETURNED).contains(status)) {
            return refused("lifecycle.edit", "only a draft or returned plan can be changed; this version is " + label()
                    + (isSettled() ? ": revise it to start a new version" : ""));
        }
        return done(with(PlanStatus.DRAFT, Check.present(newContent, "content"), returnReasons, signOff, supportStart, endedOn));
    }

    /** Sends a draft (or a returned plan) to the council for sign-off. */
    public Transition submit() {
        if (!EnumSet.of(PlanStatus.DRAFT, PlanStatus.RETURNED).contains(status)) {
            return refused("lifecycle.submit", "only a draft or returned plan can be submitted; this version is " + label());
        }
        return done(with(PlanStatus.SUBMITTED, content, List.of(), null, null, null));
    }

    /** Returns a submitted plan to the person with the council's reasons. */
    public Transition returnWithReasons(List<String> reasons) {
        if (status != PlanStatus.SUBMITTED) {
            return refused("lifecycle.return", "only a submitted plan can be returned; this version is " + label());
        }
        if (reasons == null || reasons.isEmpty() || reasons.stream().anyMatch(r -> r == null || r.isBlank())) {
            return refused("lifecycle.return-reasons", "a plan is returned with at least one reason, none blank");
        }
        List<String> checked = reasons.stream().map(r -> Check.text(r, "reasons", 2000)).toList();
        return done(with(PlanStatus.RETURNED, content, checked, null, null, null));
    }

    /**
     * The content as it would be agreed with {@code finalBudgetAnnual} as the final budget: what the
     * sign-off check must be run on, since sufficiency is judged against the final figure.
     */
    public PlanContent contentWithFinalBudget(org.supportplan.domain.money.Money finalBudgetAnnual) {
        if (content.budget() == null) {
            return content;
        }
        return content.toBuilder().budget(content.budget().withFinal(finalBudgetAnnual)).build();
    }

    /**
     * Signs off a submitted plan and sets the final budget. Refused unless {@code check} was run on
     * {@link #contentWithFinalBudget} for this final budget and found nothing.
     */
    public Transition agree(AgreementCheck check, SignOff signOff) {
        if (status != PlanStatus.SUBMITTED) {
            return refused("lifecycle.agree", "only a submitted plan can be signed off; this version is " + label());
        }
        if (content.budget() == null) {
            return refused("lifecycle.agree-budget", "a plan without a personal budget cannot be agreed");
        }
        if (content.budget().assessedContributionAnnual().isGreaterThan(signOff.finalBudgetAnnual())) {
            return refused("lifecycle.agree-contribution", "the final budget (" + signOff.finalBudgetAnnual()
                    + ") cannot be less than the person's assessed contribution (" + content.budget().assessedContributionAnnual() + ")");
        }
        PlanContent agreed = contentWithFinalBudget(signOff.finalBudgetAnnual());
        if (!check.checked().equals(agreed)) {
            return refused("lifecycle.agree-checked",
                    "the sign-off check was made on different content or another final budget; check this version again");
        }
        if (!check.agreeable()) {
            return refused("lifecycle.agree-findings", "the plan cannot be agreed while the sign-off check has "
                    + check.problemCount() + " finding(s); return it with reasons instead");
        }
        return done(with(PlanStatus.AGREED, agreed, List.of(), signOff, null, null));
    }

    /** Records that support started on {@code startDate}; only for an agreed plan. */
    public Transition activate(LocalDate startDate) {
        if (status != PlanStatus.AGREED) {
            return refused("lifecycle.activate", "only an agreed plan can start; this version is " + label());
        }
        Check.present(startDate, "supportStart");
        if (startDate.isBefore(signedOffOn())) {
            return refused("lifecycle.activate-date", "support cannot start (" + startDate + ") before the plan was signed off ("
                    + signedOffOn() + ")");
        }
        return done(with(PlanStatus.ACTIVE, content, List.of(), signOff, startDate, null));
    }

    /** Opens a review of an active plan. */
    public Transition startReview() {
        if (status != PlanStatus.ACTIVE) {
            return refused("lifecycle.review", "only an active plan can be reviewed; this version is " + label());
        }
        return done(with(PlanStatus.UNDER_REVIEW, content, List.of(), signOff, supportStart, null));
    }

    /** Closes a review with no change: the plan is active again. */
    public Transition finishReviewUnchanged() {
        if (status != PlanStatus.UNDER_REVIEW) {
            return refused("lifecycle.review-finish", "only a plan under review can finish its review; this version is " + label());
        }
        return done(with(PlanStatus.ACTIVE, content, List.of(), signOff, supportStart, null));
    }

    /** Ends support on {@code endDate}. */
    public Transition end(LocalDate endDate) {
        if (!EnumSet.of(PlanStatus.AGREED, PlanStatus.ACTIVE, PlanStatus.UNDER_REVIEW).contains(status)) {
            return refused("lifecycle.end", "only an agreed, active or reviewed plan can end; this version is " + label());
        }
        Check.present(endDate, "endedOn");
        if (supportStart != null && endDate.isBefore(supportStart)) {
            return refused("lifecycle.end-date", "support cannot end (" + endDate + ") before it started (" + supportStart + ")");
        }
        // Agreed but never started: the plan still cannot end before it was signed off.
        if (supportStart == null && signOff != null && endDate.isBefore(signedOffOn())) {
            return refused("lifecycle.end-date", "the plan cannot end (" + endDate + ") before it was signed off ("
                    + signedOffOn() + ")");
        }
        return done(with(PlanStatus.ENDED, content, List.of(), signOff, supportStart, endDate));
    }

    /**
     * Starts the next version of an agreed, active or reviewed plan as a draft with the same content
     * (the final budget becomes the new indicative one). This version is unchanged until the new one
     * is agreed, when it becomes {@link PlanStatus#REPLACED}.
     */
    public Transition revise(Instant at) {
        if (!EnumSet.of(PlanStatus.AGREED, PlanStatus.ACTIVE, PlanStatus.UNDER_REVIEW).contains(status)) {
            return refused("lifecycle.revise", "only an agreed, active or reviewed plan is revised into a new version; this version is "
                    + label() + (status == PlanStatus.DRAFT || status == PlanStatus.RETURNED ? ": edit it instead" : ""));
        }
        PlanContent next = content.budget() == null ? content : content.toBuilder()
                .budget(PersonalBudget.indicative(content.budget().inForce(),
                        content.budget().assessedContributionAnnual()))
                .build();
        return done(new SupportPlan(id, version + 1, person, council, PlanStatus.DRAFT, Check.present(at, "at"), next,
                List.of(), null, null, null));
    }

    /** Marks this version replaced by a newer agreed version. */
    public Transition replace() {
        if (!EnumSet.of(PlanStatus.AGREED, PlanStatus.ACTIVE, PlanStatus.UNDER_REVIEW).contains(status)) {
            return refused("lifecycle.replace", "only an agreed, active or reviewed version can be replaced; this version is " + label());
        }
        return done(with(PlanStatus.REPLACED, content, List.of(), signOff, supportStart, endedOn));
    }

    private SupportPlan with(PlanStatus newStatus, PlanContent newContent, List<String> reasons, SignOff newSignOff,
                             LocalDate start, LocalDate ended) {
        return new SupportPlan(id, version, person, council, newStatus, createdAt, newContent, reasons, newSignOff, start, ended);
    }

    private LocalDate signedOffOn() {
        return EnglandCalendar.dateOf(signOff.at());
    }

    private boolean isSettled() {
        return Set.of(PlanStatus.AGREED, PlanStatus.ACTIVE, PlanStatus.UNDER_REVIEW).contains(status);
    }

    private String label() {
        return status.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    private static Transition done(SupportPlan plan) {
        return new Transition.Done(plan);
    }

    private static Transition refused(String rule, String reason) {
        return new Transition.Refused(RuleId.of(rule), reason, LIFECYCLE);
    }

    /** The plan's identity, shared by all its versions. */
    public PlanId id() {
        return id;
    }

    /** This version's number, from 1. */
    public int version() {
        return version;
    }

    /** Who the plan is for. */
    public PersonId person() {
        return person;
    }

    /** The council whose profile governs the plan. */
    public CouncilId council() {
        return council;
    }

    /** Where this version is in its lifecycle. */
    public PlanStatus status() {
        return status;
    }

    /** When this version was started (from the injected clock). */
    public Instant createdAt() {
        return createdAt;
    }

    /** What the plan says. */
    public PlanContent content() {
        return content;
    }

    /** The council's reasons, when returned. */
    public List<String> returnReasons() {
        return returnReasons;
    }

    /** The sign-off, once agreed. */
    public Optional<SignOff> signOff() {
        return Optional.ofNullable(signOff);
    }

    /** When support started, once active. */
    public Optional<LocalDate> supportStart() {
        return Optional.ofNullable(supportStart);
    }

    /** When support ended, once ended. */
    public Optional<LocalDate> endedOn() {
        return Optional.ofNullable(endedOn);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SupportPlan other && id.equals(other.id) && version == other.version
                && person.equals(other.person) && council.equals(other.council) && status == other.status
                && createdAt.equals(other.createdAt) && content.equals(other.content)
                && returnReasons.equals(other.returnReasons) && java.util.Objects.equals(signOff, other.signOff)
                && java.util.Objects.equals(supportStart, other.supportStart) && java.util.Objects.equals(endedOn, other.endedOn);
    }

    @Override
    public int hashCode() {
        return id.hashCode() * 31 + version;
    }

    @Override
    public String toString() {
        // Deliberately no narrative: plans hold personal data and toString ends up in logs.
        return "SupportPlan[" + id + " v" + version + ", " + status + ", " + content.supportItems().size() + " items]";
    }
}
