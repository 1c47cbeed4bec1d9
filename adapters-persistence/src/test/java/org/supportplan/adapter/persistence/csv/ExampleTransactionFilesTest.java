package org.supportplan.adapter.persistence.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.supportplan.adapter.persistence.document.PlanDocuments;
import org.supportplan.adapter.persistence.profile.ProfileFiles;
import org.supportplan.domain.account.AccountAudit;
import org.supportplan.domain.account.AccountId;
import org.supportplan.domain.account.AuditFinding;
import org.supportplan.domain.account.AuditPeriod;
import org.supportplan.domain.account.AuditReport;
import org.supportplan.domain.account.DirectPaymentAccount;
import org.supportplan.domain.account.MonitoringAssessment;
import org.supportplan.domain.account.MonitoringLevel;
import org.supportplan.domain.account.RejectedRow;
import org.supportplan.domain.money.Money;
import org.supportplan.domain.plan.CouncilId;
import org.supportplan.domain.plan.PersonId;
import org.supportplan.domain.plan.PlanContent;
import org.supportplan.domain.plan.PlanId;
import org.supportplan.domain.plan.PlanStatus;
import org.supportplan.domain.plan.SignOff;
import org.supportplan.domain.plan.SupportPlan;
import org.supportplan.domain.profile.CouncilProfile;
import org.supportplan.domain.testdata.PlanFixtures;

/**
 * Every file in {@code examples/transactions} is read and audited as its README says, under the shipped
 * council profiles, and gives exactly the findings and rejected lines {@code expected.properties} lists.
 */
class ExampleTransactionFilesTest {

    private static final Path EXAMPLES = Path.of("..", "examples", "transactions");
    private static final Path DEFAULT_PLAN = Path.of("..", "examples", "plans", "derbyshire-agreeable.json");
    private static final PlanId PLAN = new PlanId(UUID.fromString("0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9"));
    private static final Instant SIGNED_OFF = Instant.parse("2026-12-01T10:00:00Z");
    private static final LocalDate FIRST_PAYMENT = LocalDate.of(2027, 1, 4);
    private static final AuditPeriod PERIOD = AuditPeriod.of(FIRST_PAYMENT, LocalDate.of(2027, 3, 28));
    private static final ProfileFiles PROFILES = ProfileFiles.shipped();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Properties expectations() throws IOException {
        Properties expected = new Properties();
        try (Reader in = Files.newBufferedReader(EXAMPLES.resolve("expected.properties"))) {
            expected.load(in);
        }
        return expected;
    }

    private static SupportPlan agreedPlan(Path file) throws IOException {
        ObjectNode document = (ObjectNode) JSON.readTree(file.toFile());
        String council = document.remove("councilId").asText();
        String person = document.remove("personId").asText();
        // The example is a plan file as people write it, leaving out what it does not need; the storage document
        // names every field, so the ones left out are filled as null, shaped by a stored fixture plan.
        PlanDocuments documents = new PlanDocuments();
        fillMissing(JSON.readTree(documents.write(PlanFixtures.completeContent())), document);
        PlanContent content = documents.read(document.toString());
        return SupportPlan.restore(PLAN, 1, PersonId.of(person), CouncilId.of(council), PlanStatus.ACTIVE, SIGNED_OFF, content,
                List.of(), new SignOff("CM-0042", SIGNED_OFF, content.budget().inForce()), LocalDate.of(2026, 12, 1), null);
    }

    private static AuditReport audit(Path csv, Path plan, String council) throws IOException {
        CouncilProfile profile = PROFILES.find(CouncilId.of(council)).orElseThrow();
        DirectPaymentAccount account = new DirectPaymentAccount(AccountId.of("DP-EXAMPLE"), PLAN,
                MonitoringAssessment.of(MonitoringLevel.STANDARD, LocalDate.of(2026, 11, 20), "CM-0042"), FIRST_PAYMENT);
        AccountAudit audit = AccountAudit.start(account, List.of(agreedPlan(plan)), profile, PERIOD, Money.ZERO);
        try (InputStream in = Files.newInputStream(csv)) {
            assertThat(new TransactionCsvReader().readInto(in, audit)).isInstanceOf(CsvReadResult.Read.class);
        }
        return audit.finish();
    }

    @TestFactory
    Stream<DynamicTest> eachExampleFileGivesExactlyItsExpectedFindings() throws IOException {
        Properties expected = expectations();
        return expected.stringPropertyNames().stream().filter(key -> !key.endsWith(".plan") && !key.endsWith(".rejected")).sorted()
                .map(key -> DynamicTest.dynamicTest(key, () -> {
                    String file = key.contains("@") ? key.substring(0, key.indexOf('@')) : key;
                    String[] councilAndRules = expected.getProperty(key).split(":", 2);
                    List<String> rules = list(councilAndRules[1]);
                    String planFile = expected.getProperty(file + ".plan");
                    Path plan = planFile == null ? DEFAULT_PLAN : EXAMPLES.resolve(planFile);
                    List<Long> rejected = list(expected.getProperty(file + ".rejected", "")).stream().map(Long::valueOf).toList();

                    AuditReport report = audit(EXAMPLES.resolve(file), plan, councilAndRules[0].strip());

                    assertThat(report.findings()).extracting(f -> f.rule().value()).as(report.findings().toString())
                            .containsExactlyElementsOf(rules);
                    assertThat(report.rejected()).extracting(RejectedRow::line).containsExactlyElementsOf(rejected);
                    assertThat(report.totals().rejected()).isEqualTo(rejected.size());
                    assertThat(report.findings()).allSatisfy(f -> {
                        assertThat(f.message()).isNotBlank();
                        assertThat(f.source().citation()).isNotBlank();
                        if (f.kind() != AuditFinding.Kind.UNSPENT_BALANCE) {
                            assertThat(f.examples()).isNotEmpty();
                        }
                    });
                }));
    }

    @Test
    void everyFileIsExpectedAndDescribed() throws IOException {
        Properties expected = expectations();
        String readme = Files.readString(EXAMPLES.resolve("README.md"));
        List<String> files;
        try (Stream<Path> listing = Files.list(EXAMPLES)) {
            files = listing.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(9);
        for (String file : files) {
            assertThat(expected.stringPropertyNames()).as(file).contains(file);
            assertThat(readme).as(file).contains("`" + file + "`");
        }
    }

    @Test
    void theCleanFileLeavesNothingInTheAccount() throws IOException {
        AuditReport report = audit(EXAMPLES.resolve("clean.csv"), DEFAULT_PLAN, "derbyshire");

        assertThat(report.totals().moneyIn()).isEqualTo(Money.parse("2318.40"));
        assertThat(report.totals().plannedSpend()).isEqualTo(Money.parse("2318.40"));
        assertThat(report.closingBalance()).isEqualTo(Money.ZERO);
    }

    private static void fillMissing(JsonNode template, JsonNode target) {
        if (template.isObject() && target.isObject()) {
            template.fieldNames().forEachRemaining(field -> {
                if (!target.has(field)) {
                    ((ObjectNode) target).putNull(field);
                } else {
                    fillMissing(template.get(field), target.get(field));
                }
            });
        } else if (template.isArray() && target.isArray() && !template.isEmpty()) {
            target.forEach(element -> fillMissing(template.get(0), element));
        }
    }

    private static List<String> list(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
