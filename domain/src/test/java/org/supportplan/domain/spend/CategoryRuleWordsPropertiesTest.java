package org.supportplan.domain.spend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.supportplan.domain.plan.PaymentRoute;
import org.supportplan.domain.rule.RuleId;
import org.supportplan.domain.rule.RuleSource;

/**
 * The word scan that skips to word starts finds exactly what the plain scan (every position, every word) finds, for
 * descriptions built of the rule's words, pieces of them, letters on either side, digits, punctuation, upper case
 * and letters outside ASCII.
 */
class CategoryRuleWordsPropertiesTest {

    private static final Set<String> WORDS = Set.of("bingo", "bet", "off-licence", "x", "-cash", "sauna", "épicerie", "1st");
    private static final List<String> PIECES = List.of("bingo", "BINGO", "Bingo", "bet", "BET", "betting", "off-licence",
            "OFF-LICENCE", "off", "licence", "x", "X", "-cash", "cash", "sauna", "SAUNA", "ÉPICERIE", "épicerie", "Épi", "1st",
            "21st", "a", "z", "9", "0", " ", "  ", "-", ".", ",", "'", "é", "ß", "İ", "ı", "_", "\t");
    private static final CategoryRule RULE = new CategoryRule(RuleId.of("test.words"),
            RuleSource.of(RuleSource.Kind.COUNCIL_POLICY, "Testshire"), "no", Set.of(), WORDS);

    @Test
    void findsAWordExactlyWhereThePlainScanDoes() {
        Gen<String> descriptions = lists().of(integers().between(0, PIECES.size() - 1).map(PIECES::get)).ofSizeBetween(0, 12)
                .map(parts -> String.join("", parts));
        qt().withExamples(20_000).forAll(descriptions).checkAssert(description -> {
            boolean refused = RULE.assess(new SpendSubject("$", org.supportplan.domain.plan.SpendCategory.of("leisure"),
                    description, PaymentRoute.DIRECT_PAYMENT, null, Set.of(), Set.of())) instanceof Verdict.Refused;
            assertThat(refused).as(description).isEqualTo(plainScan(description));
        });
    }

    /** The former algorithm: every position, every word. */
    private static boolean plainScan(String description) {
        TreeSet<String> lower = new TreeSet<>();
        WORDS.forEach(word -> lower.add(word.toLowerCase(Locale.ROOT)));
        for (String word : lower) {
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
