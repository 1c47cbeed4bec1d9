package org.supportplan.adapter.persistence.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.generators.Generate;
import org.supportplan.domain.money.Quantity;
import org.supportplan.domain.plan.CouncilId;
import org.supportplan.domain.profile.CouncilProfile;
import org.supportplan.domain.profile.Provenance;
import org.supportplan.domain.profile.ReviewAnchor;
import org.supportplan.domain.profile.ReviewInterval;
import org.supportplan.domain.rule.RuleId;
import org.supportplan.domain.rule.RuleSource;
import org.supportplan.domain.spend.BuiltInSpendRules;

/** Generated profile files: what a file says is what is in force, and what the rules forbid is refused where it is written. */
class ProfilePropertiesTest {

    private static final List<RuleId> BUILT_INS = BuiltInSpendRules.factories().keySet().stream().sorted().toList();
    private static final String HEAD = "id: testshire\nname: Testshire Council\nextends: england-default\n";
    private static final String SOURCE = "  source: {kind: COUNCIL_POLICY, citation: Testshire policy}\n";

    @TempDir
    Path dir;

    @Test
    void aReviewIntervalInRangeIsTheCouncilsOwnAndOneOutOfRangeIsRefusedAtItsAmount() {
        qt().withExamples(60).forAll(integers().between(-20, 200), Generate.enumValues(ReviewInterval.Unit.class),
                        Generate.enumValues(ReviewAnchor.class))
                .checkAssert((amount, unit, anchor) -> {
                    write(HEAD + "initialReview:\n  value: {amount: " + amount + ", unit: " + unit + ", anchor: " + anchor + "}\n" + SOURCE);
                    if (amount >= 1 && amount <= 120) {
                        CouncilProfile testshire = testshire(ProfileFiles.load(dir));
                        assertThat(testshire.reviews().initialReview().value()).isEqualTo(new ReviewInterval(amount, unit, anchor));
                        assertThat(testshire.reviews().initialReview().provenance()).isEqualTo(Provenance.COUNCIL);
                        assertThat(testshire.reviews().regularReview().provenance()).isEqualTo(Provenance.NATIONAL_DEFAULT);
                    } else {
                        assertRefused("review.interval-range", "$.initialReview.value.amount");
                    }
                });
    }

    @Test
    void weeksPerYearBetween52And53IsUsedExactlyAndAnythingElseIsRefused() {
        qt().withExamples(60).forAll(longs().between(50_000, 55_000))
                .checkAssert(thousandths -> {
                    Quantity weeks = new Quantity(thousandths);
                    write(HEAD + "weeksPerYear:\n  value: \"" + weeks + "\"\n" + SOURCE);
                    if (thousandths >= 52_000 && thousandths <= 53_000) {
                        CouncilProfile testshire = testshire(ProfileFiles.load(dir));
                        assertThat(testshire.weeksPerYear().value()).isEqualTo(weeks);
                        assertThat(testshire.weeksPerYear().provenance()).isEqualTo(Provenance.COUNCIL);
                        assertThat(testshire.weeksPerYear().source())
                                .isEqualTo(RuleSource.of(RuleSource.Kind.COUNCIL_POLICY, "Testshire policy"));
                    } else {
                        assertRefused("profile.weeks-per-year", "$.weeksPerYear");
                    }
                });
    }

    @Test
    void theBuiltInRulesAFileSwitchesOnAreExactlyTheRulesInForceInItsOrder() {
        qt().withExamples(80).forAll(lists().of(integers().between(0, BUILT_INS.size() - 1)).ofSizeBetween(0, 8))
                .checkAssert(picks -> {
                    StringBuilder file = new StringBuilder(HEAD).append("spendRules:\n");
                    if (picks.isEmpty()) {
                        file.setLength(file.length() - 1);
                        file.append(" []\n");
                    }
                    List<RuleId> chosen = new ArrayList<>();
                    int firstRepeat = -1;
                    for (int i = 0; i < picks.size(); i++) {
                        RuleId id = BUILT_INS.get(picks.get(i));
                        if (chosen.contains(id) && firstRepeat < 0) {
                            firstRepeat = i;
                        }
                        chosen.add(id);
                        file.append("  - id: ").append(id).append("\n    source: {kind: COUNCIL_PAGE, citation: Testshire page ")
                                .append(i).append("}\n");
                    }
                    write(file.toString());
                    if (firstRepeat >= 0) {
                        assertRefused("profile.duplicate-rule", "$.spendRules[" + firstRepeat + "].id");
                        return;
                    }
                    CouncilProfile testshire = testshire(ProfileFiles.load(dir));
                    assertThat(testshire.spendRules()).extracting(r -> r.id()).containsExactlyElementsOf(chosen);
                    for (int i = 0; i < chosen.size(); i++) {
                        assertThat(testshire.spendRules().get(i).source())
                                .isEqualTo(RuleSource.of(RuleSource.Kind.COUNCIL_PAGE, "Testshire page " + i));
                    }
                });
    }

    @Test
    void aFieldTheFormatDoesNotHaveIsRefusedWhereverItIsWritten() {
        Set<String> known = Set.of("id", "name", "about", "extends", "source", "value", "amount", "unit", "anchor", "kind", "citation");
        qt().withExamples(60).forAll(strings().betweenCodePoints('a', 'z').ofLengthBetween(1, 12), integers().between(0, 3))
                .assuming((name, where) -> !known.contains(name) && !name.equals("questions") && !name.equals("rounding")
                        && !name.endsWith("review") && !name.equals("spendrules") && !name.equals("localrules"))
                .checkAssert((name, where) -> {
                    String expectedPath = switch (where) {
                        case 0 -> {
                            write(HEAD + name + ": 1\n");
                            yield "$." + name;
                        }
                        case 1 -> {
                            write(HEAD + "initialReview:\n  value: {amount: 6, unit: WEEKS, anchor: SIGN_OFF, " + name + ": 1}\n" + SOURCE);
                            yield "$.initialReview.value." + name;
                        }
                        case 2 -> {
                            write(HEAD + "rounding:\n  value: HALF_UP\n  source: {kind: ACT, citation: c, " + name + ": 1}\n");
                            yield "$.rounding.source." + name;
                        }
                        default -> {
                            write(HEAD + "spendRules:\n  - id: spend.illegal\n    " + name + ": x\n" + SOURCE.replace("  source", "    source"));
                            yield "$.spendRules[0]." + name;
                        }
                    };
                    ProfileFileException e = assertRefused("json.unknown-field", expectedPath);
                    assertThat(e.detail()).contains("'" + name + "'");
                });
    }

    private CouncilProfile testshire(ProfileFiles files) {
        return files.find(CouncilId.of("testshire")).orElseThrow();
    }

    private ProfileFileException assertRefused(String rule, String path) {
        ProfileFileException e = catchThrowableOfType(ProfileFileException.class, () -> ProfileFiles.load(dir));
        assertThat(e).as("loading should fail with " + rule).isNotNull();
        assertThat(e.ruleId()).isEqualTo(rule);
        assertThat(e.path()).isEqualTo(path);
        assertThat(e.file()).isEqualTo(dir.resolve("testshire.yaml").toString());
        return e;
    }

    private void write(String yaml) {
        try {
            Files.writeString(dir.resolve("testshire.yaml"), yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
