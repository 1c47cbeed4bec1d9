package org.supportplan.adapter.cli;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.supportplan.domain.profile.CouncilProfile;
import org.supportplan.domain.profile.PlanQuestion;
import org.supportplan.domain.profile.ReviewInterval;
import org.supportplan.domain.profile.Setting;
import org.supportplan.domain.spend.SpendRule;

/** Renders council profiles as text. */
final class CouncilText {

    private static final String NL = System.lineSeparator();

    private CouncilText() {
    }

    /** One line per council: id, name, how many questions and spend rules. */
    static String list(List<CouncilProfile> councils) {
        int width = councils.stream().mapToInt(c -> c.id().value().length()).max().orElse(2);
        StringBuilder text = new StringBuilder();
        for (CouncilProfile council : councils) {
            text.append(String.format("%-" + width + "s  %s (%d questions, %d spend rules)%n", council.id(), council.name(),
                    council.questions().size(), council.spendRules().size()));
        }
        return text.toString();
    }

    /** Everything a profile says, with where each part comes from. */
    static String show(CouncilProfile council) {
        StringBuilder text = new StringBuilder();
        text.append(council.name()).append(" (").append(council.id()).append(')').append(NL).append(NL);
        text.append("A plan must answer (").append(council.questions().size()).append("):").append(NL);
        for (PlanQuestion question : council.questions()) {
            text.append("  ").append(question.id()).append("  ").append(question.text()).append(NL);
            text.append("      answered by: ").append(question.answeredBy().stream().map(Labels::of).sorted()
                    .collect(Collectors.joining(", "))).append(NL);
            text.append("      source: ").append(Labels.source(question.source())).append(NL);
        }
        text.append(NL).append("The budget may not buy (").append(council.spendRules().size()).append(" rules):").append(NL);
        for (SpendRule rule : council.spendRules()) {
            text.append("  ").append(rule.id()).append("  ").append(rule.summary()).append(NL);
            text.append("      source: ").append(Labels.source(rule.source())).append(NL);
        }
        text.append(NL).append("Settings:").append(NL);
        setting(text, "weeks per year", council.weeksPerYear(), String.valueOf(council.weeksPerYear().value()));
        setting(text, "rounding", council.rounding(), council.rounding().value().name());
        setting(text, "initial review", council.reviews().initialReview(), interval(council.reviews().initialReview()));
        setting(text, "regular review", council.reviews().regularReview(), interval(council.reviews().regularReview()));
        setting(text, "first direct-payment review", council.reviews().directPaymentFirstReview(),
                interval(council.reviews().directPaymentFirstReview()));
        setting(text, "regular direct-payment review", council.reviews().directPaymentRegularReview(),
                interval(council.reviews().directPaymentRegularReview()));
        setting(text, "unspent balance threshold", council.unspentBalanceWeeks(),
                council.unspentBalanceWeeks().value() + " weeks of payments");
        return text.toString();
    }

    private static String interval(Setting<ReviewInterval> setting) {
        ReviewInterval interval = setting.value();
        return "within " + interval.amount() + " " + interval.unit().name().toLowerCase(Locale.ROOT) + " of "
                + Labels.of(interval.anchor());
    }

    private static void setting(StringBuilder text, String label, Setting<?> setting, String value) {
        text.append(String.format("  %-30s %s [%s]%n", label, value, Labels.provenance(setting)));
        text.append("      source: ").append(Labels.source(setting.source())).append(NL);
    }
}
