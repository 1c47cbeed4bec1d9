package org.supportplan.adapter.persistence.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.supportplan.domain.money.Quantity;
import org.supportplan.domain.plan.CouncilId;
import org.supportplan.domain.plan.PaymentRoute;
import org.supportplan.domain.plan.PlanContent;
import org.supportplan.domain.profile.CouncilProfile;
import org.supportplan.domain.profile.Provenance;
import org.supportplan.domain.profile.ReviewAnchor;
import org.supportplan.domain.profile.ReviewInterval;
import org.supportplan.domain.rule.RuleId;
import org.supportplan.domain.rule.RuleSource;
import org.supportplan.domain.signoff.Finding;
import org.supportplan.domain.signoff.SignOffCheck;
import org.supportplan.domain.testdata.PlanFixtures;

/** A council's own directory of profile files: YAML and JSON, local rules, overrides, inheritance and plug-ins. */
class ProfileDirectoryTest {

    private static final RuleId TAKEAWAYS = RuleId.of("testshire.spend.takeaways");

    @TempDir
    Path dir;

    @Test
    void aYamlProfileWithALocalRuleLoadsAndRefusesTakeaways() throws Exception {
        ProfileFiles files = ProfileFiles.load(resource("profiles/testshire"));
        assertThat(files.all()).extracting(p -> p.id().value())
                .containsExactly("bury", "derbyshire", "england-default", "testshire");
        CouncilProfile testshire = files.find(CouncilId.of("testshire")).orElseThrow();
        CouncilProfile england = files.find(CouncilId.of("england-default")).orElseThrow();

        // Giving a local rule does not drop the statutory rules the profile inherits.
        assertThat(testshire.spendRules()).extracting(r -> r.id().value()).containsExactly("spend.illegal",
                "spend.nhs-provided", "spend.meets-no-need-or-outcome", "spend.family-payment", TAKEAWAYS.value());
        assertThat(testshire.reviews().initialReview().provenance()).isEqualTo(Provenance.COUNCIL);
        assertThat(testshire.reviews().initialReview().value())
                .isEqualTo(new ReviewInterval(6, ReviewInterval.Unit.WEEKS, ReviewAnchor.SIGN_OFF));
        assertThat(testshire.weeksPerYear().provenance()).isEqualTo(Provenance.NATIONAL_DEFAULT);
        assertThat(testshire.questions()).isEqualTo(england.questions());

        PlanContent byCategory = withItem(PlanFixtures.item("i3", "Friday tea", "takeaway", PaymentRoute.COUNCIL_MANAGED, "12.00"));
        PlanContent byWord = withItem(PlanFixtures.item("i3", "Chinese Takeaway on Fridays", "meals", PaymentRoute.COUNCIL_MANAGED, "12.00"));
        for (PlanContent plan : List.of(byCategory, byWord)) {
            List<Finding> findings = new SignOffCheck(testshire).check(plan).findings();
            assertThat(findings).extracting(Finding::rule).containsExactly(TAKEAWAYS);
            assertThat(findings.get(0).path()).isEqualTo("$.supportItems[2]");
            assertThat(findings.get(0).message()).contains("the budget cannot be spent on takeaway meals");
            assertThat(findings.get(0).source())
                    .isEqualTo(RuleSource.of(RuleSource.Kind.COUNCIL_POLICY, "Testshire Council personal budgets policy, para 4"));
        }
        assertThat(new SignOffCheck(testshire).check(PlanFixtures.completeContent()).agreeable()).isTrue();
    }

    @Test
    void aFileWithAShippedIdReplacesTheShippedProfile() throws IOException {
        write("my-bury.json", """
                {"id": "bury", "name": "Bury Council (2027 policy)", "extends": "england-default",
                 "initialReview": {"value": {"amount": 4, "unit": "WEEKS", "anchor": "SUPPORT_START"},
                                   "source": {"kind": "COUNCIL_POLICY", "citation": "Bury reviews policy 2027"}}}
                """);
        ProfileFiles files = ProfileFiles.load(dir);
        assertThat(files.all()).hasSize(3);
        CouncilProfile bury = files.find(CouncilId.of("bury")).orElseThrow();
        assertThat(bury.name()).isEqualTo("Bury Council (2027 policy)");
        assertThat(bury.reviews().initialReview().value().amount()).isEqualTo(4);
        // Nothing of the shipped Bury file survives: the headings are the national default's now.
        assertThat(bury.questions()).isEqualTo(files.find(CouncilId.of("england-default")).orElseThrow().questions());
        assertThat(ProfileFiles.shipped().find(CouncilId.of("bury")).orElseThrow().reviews().initialReview().value().amount())
                .isEqualTo(12);
    }

    @Test
    void replacingTheNationalDefaultChangesWhatTheShippedCouncilsInherit() throws IOException {
        String england = new String(CouncilProfile.class.getResourceAsStream("england-default.json").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        write("england.json", england.replace("\"value\": \"52.143\"", "\"value\": \"52\""));
        ProfileFiles files = ProfileFiles.load(dir);
        CouncilProfile derbyshire = files.find(CouncilId.of("derbyshire")).orElseThrow();
        assertThat(derbyshire.weeksPerYear().value()).isEqualTo(Quantity.of(52));
        assertThat(derbyshire.weeksPerYear().provenance()).isEqualTo(Provenance.NATIONAL_DEFAULT);
    }

    @Test
    void aCouncilMayExtendAnotherCouncilAndKeepsThatCouncilsValuesAsCouncilValues() throws Exception {
        Files.copy(resource("profiles/testshire").resolve("testshire.yaml"), dir.resolve("testshire.yaml"));
        write("north-testshire.yml", """
                id: north-testshire
                name: North Testshire
                extends: testshire
                weeksPerYear:
                  value: "52"
                  source: {kind: COUNCIL_POLICY, citation: North Testshire charging policy}
                """);
        ProfileFiles files = ProfileFiles.load(dir);
        CouncilProfile north = files.find(CouncilId.of("north-testshire")).orElseThrow();
        assertThat(north.spendRules()).extracting(r -> r.id()).contains(TAKEAWAYS);
        assertThat(north.reviews().initialReview().provenance()).isEqualTo(Provenance.COUNCIL);
        assertThat(north.reviews().initialReview().source().citation()).isEqualTo("Testshire Council reviews policy, para 2");
        assertThat(north.weeksPerYear().provenance()).isEqualTo(Provenance.COUNCIL);
        assertThat(north.weeksPerYear().value()).isEqualTo(Quantity.of(52));
        assertThat(north.rounding().provenance()).isEqualTo(Provenance.NATIONAL_DEFAULT);
        assertThat(north.reviews().regularReview().provenance()).isEqualTo(Provenance.NATIONAL_DEFAULT);
    }

    @Test
    void aCouncilExtendingAShippedCouncilKeepsThatCouncilsValuesCitingThatCouncil() throws IOException {
        write("bury-north.yaml", """
                id: bury-north
                name: North Bury
                extends: bury
                weeksPerYear:
                  value: "52"
                  source: {kind: COUNCIL_POLICY, citation: North Bury charging policy}
                """);
        ProfileFiles files = ProfileFiles.load(dir);
        CouncilProfile north = files.find(CouncilId.of("bury-north")).orElseThrow();
        CouncilProfile bury = files.find(CouncilId.of("bury")).orElseThrow();
        CouncilProfile england = files.find(CouncilId.of("england-default")).orElseThrow();

        assertThat(north.weeksPerYear().provenance()).isEqualTo(Provenance.COUNCIL);
        assertThat(north.weeksPerYear().source().citation()).isEqualTo("North Bury charging policy");
        // Bury's reviews come from Bury's page, not from a national default, though North Bury only inherits them.
        assertThat(north.reviews().initialReview()).isEqualTo(bury.reviews().initialReview());
        assertThat(north.reviews().initialReview().provenance()).isEqualTo(Provenance.COUNCIL);
        assertThat(north.reviews().initialReview().source().citation()).contains("Bury", "Within 12 weeks after your support has started");
        assertThat(north.rounding()).isEqualTo(england.rounding());
        assertThat(north.rounding().provenance()).isEqualTo(Provenance.NATIONAL_DEFAULT);
        assertThat(north.questions()).isEqualTo(bury.questions());
        assertThat(north.spendRules()).extracting(r -> r.id() + " " + r.source())
                .containsExactlyElementsOf(bury.spendRules().stream().map(r -> r.id() + " " + r.source()).toList());
    }

    @Test
    void localRulesAccumulateDownAChainOfFilesUnlessAFileListsItsSpendRules() throws Exception {
        Files.copy(resource("profiles/testshire").resolve("testshire.yaml"), dir.resolve("testshire.yaml"));
        write("north-testshire.yml", """
                id: north-testshire
                name: North Testshire
                extends: testshire
                localRules:
                  - id: north-testshire.spend.bingo
                    reason: the budget cannot be spent on bingo
                    words: [bingo]
                    source: {kind: COUNCIL_POLICY, citation: North Testshire policy}
                """);
        write("south-testshire.yml", """
                id: south-testshire
                name: South Testshire
                extends: testshire
                spendRules:
                  - id: spend.illegal
                    source: {kind: COUNCIL_POLICY, citation: South Testshire policy}
                """);
        ProfileFiles files = ProfileFiles.load(dir);
        assertThat(files.find(CouncilId.of("north-testshire")).orElseThrow().spendRules()).extracting(r -> r.id().value())
                .containsExactly("spend.illegal", "spend.nhs-provided", "spend.meets-no-need-or-outcome", "spend.family-payment",
                        TAKEAWAYS.value(), "north-testshire.spend.bingo");
        // Listing spend rules states every rule in force: Testshire's local rule is not among South Testshire's.
        assertThat(files.find(CouncilId.of("south-testshire")).orElseThrow().spendRules()).extracting(r -> r.id().value())
                .containsExactly("spend.illegal");
    }

    @Test
    void aPlugInRuleIsSwitchedOnByIdAndRefusesWithItsOwnSource() throws Exception {
        write("testshire.json", """
                {"id": "testshire", "name": "Testshire Council", "extends": "england-default",
                 "spendRules": [
                   {"id": "spend.illegal", "source": {"kind": "COUNCIL_POLICY", "citation": "Testshire policy, para 1"}},
                   {"id": "testshire.spend.holiday-by-direct-payment"}]}
                """);
        try (URLClassLoader plugIns = plugInLoader("profiles/plugin")) {
            CouncilProfile testshire = ProfileFiles.load(Optional.of(dir), plugIns).find(CouncilId.of("testshire")).orElseThrow();
            assertThat(testshire.spendRules()).extracting(r -> r.id())
                    .containsExactly(RuleId.of("spend.illegal"), HolidayDirectPaymentRuleProvider.ID);

            PlanContent holiday = withItem(PlanFixtures.item("i3", "A week in Skegness", "holiday", PaymentRoute.DIRECT_PAYMENT, "10.00"));
            List<Finding> findings = new SignOffCheck(testshire).check(holiday).findings();
            assertThat(findings).extracting(Finding::rule).containsExactly(HolidayDirectPaymentRuleProvider.ID);
            assertThat(findings.get(0).source()).isEqualTo(HolidayDirectPaymentRuleProvider.SOURCE);
            PlanContent managed = withItem(PlanFixtures.item("i3", "A week in Skegness", "holiday", PaymentRoute.COUNCIL_MANAGED, "10.00"));
            assertThat(new SignOffCheck(testshire).check(managed).agreeable()).isTrue();
        }
        // Without the plug-in installed, the same file is refused at load.
        assertThatThrownBy(() -> ProfileFiles.load(Optional.of(dir), getClass().getClassLoader()))
                .isInstanceOfSatisfying(ProfileFileException.class, e -> {
                    assertThat(e.ruleId()).isEqualTo("profile.unknown-rule");
                    assertThat(e.path()).isEqualTo("$.spendRules[1].id");
                    assertThat(e.detail()).contains("spend.gambling", "spend.everyday-living-costs");
                });
    }

    @Test
    void aPlugInRuleCitesItsOwnSourceSoAProfileMayNotGiveOne() throws Exception {
        write("testshire.json", """
                {"id": "testshire", "name": "Testshire Council", "extends": "england-default",
                 "spendRules": [{"id": "testshire.spend.holiday-by-direct-payment",
                                 "source": {"kind": "COUNCIL_PAGE", "citation": "would be ignored"}}]}
                """);
        try (URLClassLoader plugIns = plugInLoader("profiles/plugin")) {
            assertThatThrownBy(() -> ProfileFiles.load(Optional.of(dir), plugIns))
                    .isInstanceOfSatisfying(ProfileFileException.class, e -> {
                        assertThat(e.ruleId()).isEqualTo("profile.plug-in-source");
                        assertThat(e.path()).isEqualTo("$.spendRules[0].source");
                        assertThat(e.file()).isEqualTo(dir.resolve("testshire.json").toString());
                        assertThat(e.detail()).contains(HolidayDirectPaymentRuleProvider.SOURCE.citation());
                    });
        }
    }

    @Test
    void aPlugInThatReusesABuiltInRuleIdStopsLoading() throws Exception {
        try (URLClassLoader plugIns = plugInLoader("profiles/plugin-clash")) {
            assertThatThrownBy(() -> ProfileFiles.load(Optional.empty(), plugIns))
                    .isInstanceOfSatisfying(ProfileFileException.class, e -> {
                        // The domain's catalog refuses the clash; the adapter only reports it against the services file.
                        assertThat(e.ruleId()).isEqualTo("spend-rule.duplicate-id");
                        assertThat(e.file()).isEqualTo("META-INF/services/org.supportplan.domain.spend.SpendRuleProvider");
                        assertThat(e.detail()).contains(GamblingImpostorRuleProvider.class.getName(), "spend.gambling");
                    });
        }
    }

    @Test
    void onlyProfileFilesDirectlyInTheDirectoryAreRead() throws IOException {
        write("README.md", "# not a profile");
        write(".draft.json", "{ not even json");
        write("notes.txt", "{}");
        Files.createDirectories(dir.resolve("old"));
        Files.writeString(dir.resolve("old").resolve("broken.json"), "{ broken");
        write("second.YML", "id: second\nname: Second Council\nextends: england-default\n");
        assertThat(ProfileFiles.load(dir).all()).extracting(p -> p.id().value())
                .containsExactly("bury", "derbyshire", "england-default", "second");
    }

    @Test
    void noDirectoryMeansTheShippedProfilesOnly() {
        assertThat(ProfileFiles.load(Optional.empty(), getClass().getClassLoader()).all())
                .extracting(ProfileDirectoryTest::view)
                .isEqualTo(ProfileFiles.shipped().all().stream().map(ProfileDirectoryTest::view).toList());
    }

    // Spend rules have no value equality, so they are compared by id and source.
    private static List<Object> view(CouncilProfile p) {
        return List.of(p.id(), p.name(), p.questions(), p.weeksPerYear(), p.rounding(), p.reviews(), p.unspentBalanceWeeks(),
                p.spendRules().stream().map(r -> r.id() + " " + r.source()).toList());
    }

    @Test
    void theDirectoryMustExistAndBeADirectory() throws IOException {
        Path missing = dir.resolve("nowhere");
        assertThatThrownBy(() -> ProfileFiles.load(missing))
                .isInstanceOfSatisfying(ProfileFileException.class, e -> {
                    assertThat(e.ruleId()).isEqualTo("profile.directory-missing");
                    assertThat(e.file()).isEqualTo(missing.toString());
                    assertThat(e.getMessage()).contains(missing.toString(), "does not exist");
                });
        Path file = write("bury.json", "{}");
        assertThatThrownBy(() -> ProfileFiles.load(file))
                .isInstanceOfSatisfying(ProfileFileException.class, e -> assertThat(e.ruleId()).isEqualTo("profile.not-a-directory"));
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private static PlanContent withItem(org.supportplan.domain.plan.SupportItem item) {
        return PlanFixtures.completeContent().toBuilder().supportItem(item).build();
    }

    private static Path resource(String name) throws URISyntaxException {
        URL url = ProfileDirectoryTest.class.getClassLoader().getResource(name);
        assertThat(url).as(name).isNotNull();
        return Path.of(url.toURI());
    }

    // A loader that sees the services file under the given folder, and loads the provider classes from the tests.
    private static URLClassLoader plugInLoader(String folder) throws Exception {
        return new URLClassLoader(new URL[] {resource(folder).toUri().toURL()}, ProfileDirectoryTest.class.getClassLoader());
    }
}
