package org.supportplan.domain.profile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.supportplan.domain.plan.CouncilId;
import org.supportplan.domain.spend.CategoryRule;
import org.supportplan.domain.spend.RuleId;
import org.supportplan.domain.spend.SpendRule;
import org.supportplan.domain.spend.SpendRuleCatalog;
import org.supportplan.domain.validation.InvalidValueException;

/**
 * Turns a {@link ProfileDefinition} into a {@link CouncilProfile}: resolves rule ids against the
 * catalog and fills every missing value from the national default, marking it as such.
 */
public final class ProfileResolver {

    private final SpendRuleCatalog catalog;

    /** A resolver switching rules on from {@code catalog}. */
    public ProfileResolver(SpendRuleCatalog catalog) {
        this.catalog = catalog;
    }

    /** Resolves the national default profile itself, which must give every value. */
    public CouncilProfile resolveNationalDefault(ProfileDefinition definition) {
        return resolve(definition, Optional.empty());
    }

    /** Resolves a council's profile, filling gaps from {@code nationalDefault}. */
    public CouncilProfile resolve(ProfileDefinition definition, CouncilProfile nationalDefault) {
        return resolve(definition, Optional.of(nationalDefault));
    }

    private CouncilProfile resolve(ProfileDefinition d, Optional<CouncilProfile> parent) {
        CouncilId id = CouncilId.of(d.id());
        List<PlanQuestion> questions = d.questions() != null ? d.questions()
                : parent.map(CouncilProfile::questions).orElseThrow(() -> missing("questions"));
        List<SpendRule> rules = rules(d, parent);
        ReviewPolicy parentReviews = parent.map(CouncilProfile::reviews).orElse(null);
        ReviewPolicy reviews = new ReviewPolicy(
                setting(d.initialReview(), parentReviews == null ? null : parentReviews.initialReview(), "initialReview", parent.isEmpty()),
                setting(d.regularReview(), parentReviews == null ? null : parentReviews.regularReview(), "regularReview", parent.isEmpty()),
                setting(d.directPaymentFirstReview(), parentReviews == null ? null : parentReviews.directPaymentFirstReview(),
                        "directPaymentFirstReview", parent.isEmpty()),
                setting(d.directPaymentRegularReview(), parentReviews == null ? null : parentReviews.directPaymentRegularReview(),
                        "directPaymentRegularReview", parent.isEmpty()));
        return new CouncilProfile(id, d.name(), questions, rules,
                setting(d.weeksPerYear(), parent.map(CouncilProfile::weeksPerYear).orElse(null), "weeksPerYear", parent.isEmpty()),
                setting(d.rounding(), parent.map(CouncilProfile::rounding).orElse(null), "rounding", parent.isEmpty()),
                reviews,
                setting(d.unspentBalanceWeeks(), parent.map(CouncilProfile::unspentBalanceWeeks).orElse(null),
                        "unspentBalanceWeeks", parent.isEmpty()));
    }

    private List<SpendRule> rules(ProfileDefinition d, Optional<CouncilProfile> parent) {
        if (d.spendRules() == null && d.localRules() == null) {
            return parent.map(CouncilProfile::spendRules).orElseThrow(() -> missing("spendRules"));
        }
        Map<RuleId, SpendRule> rules = new LinkedHashMap<>();
        for (ProfileDefinition.RuleChoice choice : d.spendRules() == null ? List.<ProfileDefinition.RuleChoice>of() : d.spendRules()) {
            if (rules.putIfAbsent(choice.id(), catalog.resolve(choice.id(), Optional.ofNullable(choice.source()))) != null) {
                throw duplicate(choice.id());
            }
        }
        for (ProfileDefinition.LocalRule local : d.localRules() == null ? List.<ProfileDefinition.LocalRule>of() : d.localRules()) {
            SpendRule rule = new CategoryRule(local.id(), local.source(), local.reason(),
                    local.categories() == null ? Set.of() : local.categories(), local.words() == null ? Set.of() : local.words());
            if (rules.putIfAbsent(local.id(), rule) != null) {
                throw duplicate(local.id());
            }
        }
        return new ArrayList<>(rules.values());
    }

    // The national default's own values are marked as national defaults; a council's own are the council's.
    private static <T> Setting<T> setting(ProfileDefinition.Value<T> own, Setting<T> inherited, String field,
                                          boolean isNationalDefault) {
        if (own != null && own.value() != null) {
            if (own.source() == null) {
                throw new InvalidValueException(field + ".source", "profile.source-required", "supportplan council profiles",
                        field + " must say where the council's value comes from");
            }
            return new Setting<>(own.value(), isNationalDefault ? Provenance.NATIONAL_DEFAULT : Provenance.COUNCIL,
                    own.source());
        }
        if (inherited == null) {
            throw missing(field);
        }
        return inherited.asNationalDefault();
    }

    private static InvalidValueException missing(String field) {
        return new InvalidValueException(field, "profile.national-default-complete", "supportplan council profiles",
                "the national default profile must give " + field);
    }

    private static InvalidValueException duplicate(RuleId id) {
        return new InvalidValueException("spendRules", "profile.duplicate-rule", "supportplan council profiles",
                "the rule " + id + " is switched on twice");
    }
}
