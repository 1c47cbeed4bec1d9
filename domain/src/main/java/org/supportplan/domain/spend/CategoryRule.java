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
    /** The words as an array and their first characters, for the scan that runs on every transaction. */
    private final String[] wordArray;
    private final char[] firsts;
    /** For each ASCII character, the words starting with it (indexes into {@link #wordArray}). */
    private final int[][] startingWith = new int[128][];

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
        this.wordArray = lower.toArray(new String[0]);
        this.firsts = new char[wordArray.length];
        for (int i = 0; i < wordArray.length; i++) {
            firsts[i] = wordArray[i].charAt(0);
        }
        for (char c = 0; c < startingWith.length; c++) {
            int[] found = new int[wordArray.length];
            int n = 0;
            for (int i = 0; i < wordArray.length; i++) {
                if (firsts[i] == c) {
                    found[n++] = i;
                }
            }
            startingWith[c] = java.util.Arrays.copyOf(found, n);
        }
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

    // Runs on every item of a sign-off check and every transaction of an audit. A match must start where no letter or
    // digit comes before it, so only those places are tried (one pass over the description, each character's class
    // looked up once), and there each word whose first character matches, compared in place, case-insensitively.
    private boolean mentionsAWord(String description) {
        if (wordArray.length == 0 || description.isEmpty()) {
            return false;
        }
        int length = description.length();
        boolean afterLetterOrDigit = false;
        for (int at = 0; at < length; at++) {
            char c = description.charAt(at);
            if (!afterLetterOrDigit && wordStartsAt(description, at, c)) {
                return true;
            }
            afterLetterOrDigit = letterOrDigit(c);
        }
        return false;
    }

    private static boolean letterOrDigit(char c) {
        return c < 128 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') : Character.isLetterOrDigit(c);
    }

    /** Whether a word starts at {@code at}, where the character is {@code c}, compared as {@code c} and in lower case. */
    private boolean wordStartsAt(String description, int at, char c) {
        if (c < 128) {
            // An ASCII character and its lower case are ASCII, so only words starting with either can match.
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            return anyAt(description, at, startingWith[lower]) || (lower != c && anyAt(description, at, startingWith[c]));
        }
        char lower = Character.toLowerCase(c);
        for (int w = 0; w < wordArray.length; w++) {
            if ((c == firsts[w] || lower == firsts[w]) && wordAt(description, at, wordArray[w])) {
                return true;
            }
        }
        return false;
    }

    private boolean anyAt(String description, int at, int[] candidates) {
        for (int w : candidates) {
            if (wordAt(description, at, wordArray[w])) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code word} is at {@code at}, ignoring case, with no letter or digit right after it. */
    private static boolean wordAt(String description, int at, String word) {
        int end = at + word.length();
        return end <= description.length() && description.regionMatches(true, at, word, 0, word.length())
                && (end == description.length() || !letterOrDigit(description.charAt(end)));
    }
}
