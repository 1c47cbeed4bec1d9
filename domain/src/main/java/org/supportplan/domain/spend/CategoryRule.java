package org.supportplan.domain.spend;

import org.supportplan.domain.rule.RuleId;
import org.supportplan.domain.rule.RuleSource;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.supportplan.domain.plan.SpendCategory;
import org.supportplan.domain.validation.Check;

/**
 * Refuses spend in any of a set of categories, or whose description contains any of a set of words.
 * The built-in prohibitions (illegal purchases, gambling, everyday living costs, NHS-provided items)
 * and councils' own data-defined rules are all of this kind.
 *
 * <p>Words match case-insensitively and only as whole words: a match must not be preceded or followed
 * by a letter or digit. So {@code bingo} matches "Bingo night" and "bingo-hall", but {@code gambling}
 * does not match "Gamblingham Road day centre" and {@code poker} does not match "pokerwork class".
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
        Check.present(categories, "categories").forEach(category -> Check.present(category, "categories"));
        this.categories = Collections.unmodifiableSet(new TreeSet<>(categories));
        TreeSet<String> lower = new TreeSet<>();
        for (String word : Check.present(words, "words")) {
            lower.add(Check.text(word, "words", 60).toLowerCase(Locale.ROOT));
        }
        this.words = Collections.unmodifiableSet(lower);
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

    /** The categories refused, in code order. */
    public Set<SpendCategory> categories() {
        return categories;
    }

    /** The words refused in descriptions, lower-case, in alphabetical order. */
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

    // Runs on every transaction of an audit: compares in place, case-insensitively, instead of lower-casing
    // the whole description for each rule.
    private boolean mentionsAWord(String description) {
        if (words.isEmpty() || description.isEmpty()) {
            return false;
        }
        for (String word : words) {
            int length = word.length();
            char first = word.charAt(0);
            for (int at = 0, last = description.length() - length; at <= last; at++) {
                char c = description.charAt(at);
                if ((c == first || Character.toLowerCase(c) == first)
                        && description.regionMatches(true, at, word, 0, length)
                        && (at == 0 || !Character.isLetterOrDigit(description.charAt(at - 1)))
                        && (at + length == description.length() || !Character.isLetterOrDigit(description.charAt(at + length)))) {
                    return true;
                }
            }
        }
        return false;
    }
}
