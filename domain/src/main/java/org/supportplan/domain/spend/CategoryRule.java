package org.supportplan.domain.spend;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.supportplan.domain.plan.SpendCategory;
import org.supportplan.domain.validation.Check;

/**
 * Refuses spend in any of a set of categories, or whose description contains any of a set of words.
 * The built-in prohibitions (illegal purchases, gambling, everyday living costs, NHS-provided items)
 * and councils' own data-defined rules are all of this kind.
 */
public final class CategoryRule implements SpendRule {

    private final RuleId id;
    private final RuleSource source;
    private final String reason;
    private final Set<SpendCategory> categories;
    private final Set<String> words;

    /**
     * A rule refusing {@code categories} (and descriptions containing any of {@code words}, matched
     * case-insensitively as whole words), explaining itself with {@code reason}.
     */
    public CategoryRule(RuleId id, RuleSource source, String reason, Set<SpendCategory> categories, Set<String> words) {
        this.id = Check.present(id, "id");
        this.source = Check.present(source, "source");
        this.reason = Check.text(reason, "reason", 1000);
        this.categories = Set.copyOf(Check.present(categories, "categories"));
        TreeSet<String> lower = new TreeSet<>();
        for (String word : Check.present(words, "words")) {
            lower.add(Check.text(word, "words", 60).toLowerCase(Locale.ROOT));
        }
        this.words = Set.copyOf(lower);
        Check.that(!this.categories.isEmpty() || !this.words.isEmpty(), "categories", "spend-rule.empty",
                "a category rule needs at least one category or word");
    }

    @Override
    public RuleId id() {
        return id;
    }

    @Override
    public RuleSource source() {
        return source;
    }

    @Override
    public String summary() {
        return reason;
    }

    /** The categories refused. */
    public Set<SpendCategory> categories() {
        return categories;
    }

    /** The words refused in descriptions. */
    public Set<String> words() {
        return words;
    }

    @Override
    public Verdict assess(SpendSubject subject) {
        if (categories.contains(subject.category()) || mentionsAWord(subject.description())) {
            return new Verdict.Refused(id, reason, source, subject.path());
        }
        return Verdict.ALLOWED;
    }

    private boolean mentionsAWord(String description) {
        if (words.isEmpty() || description.isEmpty()) {
            return false;
        }
        String text = description.toLowerCase(Locale.ROOT);
        for (String word : words) {
            int at = text.indexOf(word);
            while (at >= 0) {
                boolean startOk = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
                int end = at + word.length();
                boolean endOk = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
                if (startOk && endOk) {
                    return true;
                }
                at = text.indexOf(word, at + 1);
            }
        }
        return false;
    }
}
