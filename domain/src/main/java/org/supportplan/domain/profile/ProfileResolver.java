package org.supportplan.domain.profile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import org.supportplan.domain.plan.CouncilId;
import org.supportplan.domain.rule.RuleId;
import org.supportplan.domain.spend.CategoryRule;
import org.supportplan.domain.spend.SpendRule;
import org.supportplan.domain.spend.SpendRuleCatalog;
import org.supportplan.domain.validation.InvalidValueException;

/**
 * Turns a {@link ProfileDefinition} into a {@link CouncilProfile}: switches rules on from the catalog, builds
 * the council's local rules, and fills every value the definition leaves out from its parent profile. An
 * inherited value is the parent's {@link Setting} unchanged, so along a chain such as
 * {@code testshire → bury → england-default} a value Bury sets stays Bury's (citing Bury) and one only the
 * national default gives stays {@link Provenance#NATIONAL_DEFAULT}.
 *
 * <p>Every refusal is an {@link InvalidValueException} whose field is the path within the definition, such
 * as {@code spendRules[2].id}, {@code localRules[0].source} or {@code questions[1].id} (empty when it is about
 * the whole definition), so an adapter reading a file can point at the place to fix.
 */
public final class ProfileResolver {

    private static final String SOURCE = "supportplan council profiles";

    private final SpendRuleCatalog catalog;

    /** A resolver switching rules on from {@code catalog}. */
    public ProfileResolver(SpendRuleCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * Resolves a national default: a profile with no parent, which must give every value (refused naming all
     * that are missing, {@code profile.national-default-complete}). Its values are all marked
     * {@link Provenance#NATIONAL_DEFAULT}.
     */
    public CouncilProfile resolveNationalDefault(ProfileDefinition definition) {
        List<String> missing = missing(definition);
        if (!missing.isEmpty()) {
            throw new InvalidValueException("", "profile.national-default-complete", SOURCE, "a national default "
                    + "extends no other profile, so it must give every value; missing: " + String.join(", ", missing));
        }
        return resolve(definition, Optional.empty());
    }

    /**
     * Resolves a council's profile, taking every value it leaves out from {@code parent} (already resolved: the
     * national default or another council's profile) with the provenance and source it has there. The
     * council's own values are marked {@link Provenance#COUNCIL}.
     */
    public CouncilProfile resolve(ProfileDefinition definition, CouncilProfile parent) {
        if (parent == null) {
            throw InvalidValueException.of("parent", "value.required", "a council profile needs the profile it extends");
        }
        return resolve(definition, Optional.of(parent));
    }

    private CouncilProfile resolve(ProfileDefinition d, Optional<CouncilProfile> parent) {
        CouncilId id = at("id", () -> CouncilId.of(d.id()));
        List<PlanQuestion> questions = d.questions() == null ? parent.orElseThrow().questions() : questions(d.questions());
        List<SpendRule> rules = rules(d, parent);
        ReviewPolicy reviews = new ReviewPolicy(
                setting(d.initialReview(), parent, p -> p.reviews().initialReview(), "initialReview"),
                setting(d.regularReview(), parent, p -> p.reviews().regularReview(), "regularReview"),
                setting(d.directPaymentFirstReview(), parent, p -> p.reviews().directPaymentFirstReview(),
                        "directPaymentFirstReview"),
                setting(d.directPaymentRegularReview(), parent, p -> p.reviews().directPaymentRegularReview(),
                        "directPaymentRegularReview"));
        return new CouncilProfile(id, d.name(), questions, rules,
                setting(d.weeksPerYear(), parent, CouncilProfile::weeksPerYear, "weeksPerYear"),
                setting(d.rounding(), parent, CouncilProfile::rounding, "rounding"),
                reviews,
                setting(d.unspentBalanceWeeks(), parent, CouncilProfile::unspentBalanceWeeks, "unspentBalanceWeeks"));
    }

    private static List<PlanQuestion> questions(List<PlanQuestion> given) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < given.size(); i++) {
            PlanQuestion question = given.get(i);
            if (question == null) {
                throw InvalidValueException.of("questions[" + i + "]", "value.required", "a question is required here");
            }
            Integer earlier = seen.putIfAbsent(question.id(), i);
            if (earlier != null) {
                throw new InvalidValueException("questions[" + i + "].id", "profile.duplicate-question", SOURCE,
                        "the question id '" + question.id() + "' is already used at questions[" + earlier + "]; "
                                + "each question needs its own id");
            }
        }
        return given;
    }

    /*
     * Without spendRules of its own a profile keeps every rule its parent has in force (the statutory
     * family-payment rule and the parent's local rules among them); its local rules are added to those.
     */
    private List<SpendRule> rules(ProfileDefinition d, Optional<CouncilProfile> parent) {
        Map<RuleId, SpendRule> inForce = new LinkedHashMap<>();
        if (d.spendRules() == null) {
            parent.orElseThrow().spendRules().forEach(rule -> inForce.put(rule.id(), rule));
        } else {
            for (int i = 0; i < d.spendRules().size(); i++) {
                String path = "spendRules[" + i + "]";
                ProfileDefinition.RuleChoice choice = required(d.spendRules().get(i), path);
                RuleId id = required(choice.id(), path + ".id");
                SpendRule rule = under(path, () -> catalog.resolve(id, Optional.ofNullable(choice.source())));
                if (inForce.putIfAbsent(id, rule) != null) {
                    throw new InvalidValueException(path + ".id", "profile.duplicate-rule", SOURCE,
                            "the rule " + id + " is switched on twice");
                }
            }
        }
        List<ProfileDefinition.LocalRule> locals = d.localRules() == null ? List.of() : d.localRules();
        Set<RuleId> ownLocals = new HashSet<>();
        for (int i = 0; i < locals.size(); i++) {
            String path = "localRules[" + i + "]";
            ProfileDefinition.LocalRule local = required(locals.get(i), path);
            RuleId id = required(local.id(), path + ".id");
            if (catalog.knows(id)) {
                throw new InvalidValueException(path + ".id", "profile.duplicate-rule", SOURCE, id + " is the id of a built-in "
                        + "or installed rule; give a local rule its own id, prefixed with the council's id (such as "
                        + "bury.spend.takeaways)");
            }
            if (local.source() == null) {
                throw new InvalidValueException(path + ".source", "profile.source-required", SOURCE,
                        "the local rule " + id + " must cite where it comes from (normally the council's policy)");
            }
            SpendRule rule = under(path, () -> new CategoryRule(id, local.source(), local.reason(),
                    local.categories() == null ? Set.of() : local.categories(), local.words() == null ? Set.of() : local.words()));
            if (inForce.putIfAbsent(id, rule) != null) {
                // A local rule never quietly replaces one the parent has in force.
                throw new InvalidValueException(path + ".id", "profile.duplicate-rule", SOURCE, ownLocals.contains(id)
                        ? "the rule " + id + " is defined twice"
                        : "the rule " + id + " is already in force in " + parent.orElseThrow().id()
                                + ", which this profile extends; give the local rule its own id");
            }
            ownLocals.add(id);
        }
        return new ArrayList<>(inForce.values());
    }

    // A national default's own values are national defaults; a council's own are the council's; inherited ones are as the parent has them.
    private static <T> Setting<T> setting(ProfileDefinition.Value<T> own, Optional<CouncilProfile> parent,
                                          Function<CouncilProfile, Setting<T>> inherited, String field) {
        if (!given(own)) {
            return inherited.apply(parent.orElseThrow());
        }
        if (own.source() == null) {
            throw new InvalidValueException(field + ".source", "profile.source-required", SOURCE,
                    field + " must cite where the value comes from (the council's page or policy, or the law)");
        }
        return new Setting<>(own.value(), parent.isEmpty() ? Provenance.NATIONAL_DEFAULT : Provenance.COUNCIL, own.source());
    }

    private static boolean given(ProfileDefinition.Value<?> value) {
        return value != null && value.value() != null;
    }

    private static List<String> missing(ProfileDefinition d) {
        List<String> missing = new ArrayList<>();
        if (d.questions() == null) {
            missing.add("questions");
        }
        if (d.spendRules() == null) {
            missing.add("spendRules");
        }
        Map<String, ProfileDefinition.Value<?>> values = new LinkedHashMap<>();
        values.put("weeksPerYear", d.weeksPerYear());
        values.put("rounding", d.rounding());
        values.put("initialReview", d.initialReview());
        values.put("regularReview", d.regularReview());
        values.put("directPaymentFirstReview", d.directPaymentFirstReview());
        values.put("directPaymentRegularReview", d.directPaymentRegularReview());
        values.put("unspentBalanceWeeks", d.unspentBalanceWeeks());
        values.forEach((field, value) -> {
            if (!given(value)) {
                missing.add(field);
            }
        });
        return missing;
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw InvalidValueException.of(field, "value.required", field + " is required");
        }
        return value;
    }

    // A single value: the refusal is about the value itself, so the field is where it is written.
    private static <T> T at(String field, Supplier<T> make) {
        try {
            return make.get();
        } catch (InvalidValueException e) {
            throw new InvalidValueException(field, e.ruleId(), e.source(), e.getMessage());
        }
    }

    // Something built from several fields: the refusal names one of them, placed under this path.
    private static <T> T under(String path, Supplier<T> make) {
        try {
            return make.get();
        } catch (InvalidValueException e) {
            throw e.under(path);
        }
    }
}
