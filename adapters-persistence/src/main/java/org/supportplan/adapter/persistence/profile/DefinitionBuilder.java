package org.supportplan.adapter.persistence.profile;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import org.supportplan.adapter.persistence.profile.ProfileDocument.IntervalValueDoc;
import org.supportplan.adapter.persistence.profile.ProfileDocument.LocalRuleDoc;
import org.supportplan.adapter.persistence.profile.ProfileDocument.QuantityValueDoc;
import org.supportplan.adapter.persistence.profile.ProfileDocument.QuestionDoc;
import org.supportplan.adapter.persistence.profile.ProfileDocument.RoundingValueDoc;
import org.supportplan.adapter.persistence.profile.ProfileDocument.RuleChoiceDoc;
import org.supportplan.adapter.persistence.profile.ProfileDocument.SourceDoc;
import org.supportplan.domain.money.Quantity;
import org.supportplan.domain.money.RoundingRule;
import org.supportplan.domain.plan.CouncilId;
import org.supportplan.domain.plan.SpendCategory;
import org.supportplan.domain.profile.PlanQuestion;
import org.supportplan.domain.profile.PlanSection;
import org.supportplan.domain.profile.ProfileDefinition.LocalRule;
import org.supportplan.domain.profile.ProfileDefinition.RuleChoice;
import org.supportplan.domain.profile.ProfileDefinition.Value;
import org.supportplan.domain.profile.ProfileDefinition;
import org.supportplan.domain.profile.ReviewInterval;
import org.supportplan.domain.rule.RuleId;
import org.supportplan.domain.rule.RuleSource;
import org.supportplan.domain.validation.Check;
import org.supportplan.domain.validation.InvalidValueException;

/**
 * Turns one {@link ProfileDocument} into a {@link ParsedProfile}: the fields the file format requires, and
 * each written value converted to its domain type where it is written, so an error names its exact path.
 * The rules of profiles themselves (rule ids, citations, duplicates, a complete national default) are the
 * domain's {@code ProfileResolver}'s, applied when the profile is linked to its parent.
 */
final class DefinitionBuilder {

    private static final int MAX_ABOUT = 4000;

    private final String file;

    private DefinitionBuilder(String file) {
        this.file = file;
    }

    /** Converts {@code document}, read from {@code file}. */
    static ParsedProfile build(String file, ProfileDocument document) {
        return new DefinitionBuilder(file).build(document);
    }

    private ParsedProfile build(ProfileDocument d) {
        CouncilId id = leaf("$.id", () -> CouncilId.of(required(d.id(), "$.id")));
        String name = required(d.name(), "$.name");
        if (d.about() != null) {
            leaf("$.about", () -> Check.text(d.about(), "about", MAX_ABOUT));
        }
        Optional<CouncilId> parent = d.parent() == null ? Optional.empty()
                : Optional.of(leaf("$.extends", () -> CouncilId.of(d.parent())));
        List<PlanQuestion> questions = d.questions() == null ? null : questions(d.questions());
        List<RuleChoice> spendRules = d.spendRules() == null ? null : spendRules(d.spendRules());
        List<LocalRule> localRules = d.localRules() == null ? null : localRules(d.localRules());
        ProfileDefinition definition = new ProfileDefinition(id.value(), name, questions, spendRules, localRules,
                value(d.weeksPerYear(), "weeksPerYear", QuantityValueDoc::value, QuantityValueDoc::source, Quantity::parse),
                value(d.rounding(), "rounding", RoundingValueDoc::value, RoundingValueDoc::source, Function.<RoundingRule>identity()),
                interval(d.initialReview(), "initialReview"),
                interval(d.regularReview(), "regularReview"),
                interval(d.directPaymentFirstReview(), "directPaymentFirstReview"),
                interval(d.directPaymentRegularReview(), "directPaymentRegularReview"),
                value(d.unspentBalanceWeeks(), "unspentBalanceWeeks", QuantityValueDoc::value, QuantityValueDoc::source,
                        Quantity::parse));
        return new ParsedProfile(file, id, parent, definition);
    }

    private List<PlanQuestion> questions(List<QuestionDoc> docs) {
        // In a file, leaving questions out is how a profile inherits them, so an empty list is taken for a slip.
        if (docs.isEmpty()) {
            throw error("$.questions", "profile.no-questions", "a profile that lists questions must list at least one; "
                    + "leave questions out to inherit the parent's");
        }
        List<PlanQuestion> questions = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            String path = "$.questions[" + i + "]";
            QuestionDoc q = docs.get(i);
            String id = required(q.id(), path + ".id");
            String text = required(q.text(), path + ".text");
            List<PlanSection> sections = required(q.answeredBy(), path + ".answeredBy");
            RuleSource source = source(q.source(), path + ".source");
            questions.add(composite(path, () -> new PlanQuestion(id, text, Set.copyOf(sections), source)));
        }
        return questions;
    }

    private List<RuleChoice> spendRules(List<RuleChoiceDoc> docs) {
        List<RuleChoice> choices = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            String path = "$.spendRules[" + i + "]";
            RuleChoiceDoc choice = docs.get(i);
            RuleId id = leaf(path + ".id", () -> RuleId.of(required(choice.id(), path + ".id")));
            choices.add(new RuleChoice(id, source(choice.source(), path + ".source")));
        }
        return choices;
    }

    private List<LocalRule> localRules(List<LocalRuleDoc> docs) {
        List<LocalRule> locals = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            String path = "$.localRules[" + i + "]";
            LocalRuleDoc local = docs.get(i);
            RuleId id = leaf(path + ".id", () -> RuleId.of(required(local.id(), path + ".id")));
            String reason = required(local.reason(), path + ".reason");
            RuleSource source = source(local.source(), path + ".source");
            Set<SpendCategory> categories = new LinkedHashSet<>();
            List<String> categoryCodes = local.categories() == null ? List.of() : local.categories();
            for (int j = 0; j < categoryCodes.size(); j++) {
                String code = categoryCodes.get(j);
                categories.add(leaf(path + ".categories[" + j + "]", () -> SpendCategory.of(code)));
            }
            Set<String> words = new LinkedHashSet<>(local.words() == null ? List.of() : local.words());
            locals.add(new LocalRule(id, reason, Set.copyOf(categories), Set.copyOf(words), source));
        }
        return locals;
    }

    private Value<ReviewInterval> interval(IntervalValueDoc doc, String field) {
        return value(doc, field, IntervalValueDoc::value, IntervalValueDoc::source, v -> {
            String path = "$." + field + ".value";
            int amount = required(v.amount(), path + ".amount");
            return composite(path, () -> new ReviewInterval(amount, required(v.unit(), path + ".unit"),
                    required(v.anchor(), path + ".anchor")));
        });
    }

    private <D, R, T> Value<T> value(D doc, String field, Function<D, R> raw, Function<D, SourceDoc> sourceOf,
                                     Function<R, T> convert) {
        if (doc == null) {
            return null;
        }
        String path = "$." + field;
        R given = required(raw.apply(doc), path + ".value");
        T value = leaf(path + ".value", () -> convert.apply(given));
        return new Value<>(value, source(sourceOf.apply(doc), path + ".source"));
    }

    // A citation left out stays null: whether one is needed (a built-in rule) or refused (a plug-in rule) is the domain's rule.
    private RuleSource source(SourceDoc doc, String path) {
        if (doc == null) {
            return null;
        }
        RuleSource.Kind kind = required(doc.kind(), path + ".kind");
        String citation = required(doc.citation(), path + ".citation");
        return composite(path, () -> new RuleSource(kind, citation));
    }

    private <T> T required(T value, String path) {
        if (value == null) {
            throw error(path, "json.required", path.substring(path.lastIndexOf('.') + 1) + " is required here");
        }
        return value;
    }

    // A single value: the domain's error is about the value itself, so the path is where it is written.
    private <T> T leaf(String path, Supplier<T> make) {
        try {
            return make.get();
        } catch (InvalidValueException e) {
            throw error(path, e.ruleId(), e.getMessage());
        }
    }

    // An object built from several fields: the domain names the field, which extends the path.
    private <T> T composite(String path, Supplier<T> make) {
        try {
            return make.get();
        } catch (InvalidValueException e) {
            throw error(ProfileFileException.under(path, e.field()), e.ruleId(), e.getMessage());
        }
    }

    private ProfileFileException error(String path, String rule, String detail) {
        return new ProfileFileException(file, path, rule, detail);
    }
}
