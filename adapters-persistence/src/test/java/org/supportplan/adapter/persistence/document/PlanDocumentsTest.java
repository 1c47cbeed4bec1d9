package org.supportplan.adapter.persistence.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.supportplan.domain.plan.PlanContent;
import org.supportplan.domain.testdata.PlanFixtures;
import org.supportplan.domain.testdata.PlanGenerators;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

class PlanDocumentsTest {

    private final PlanDocuments documents = new PlanDocuments();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theFixtureIsWrittenExactlyAsTheFormatOneSample() throws IOException {
        JsonNode written = json.readTree(documents.write(PlanFixtures.completeContent()));

        assertThat(written).isEqualTo(json.readTree(sample()));
    }

    @Test
    void theFormatOneSampleReadsBackAsTheFixture() throws IOException {
        // Stored documents outlive the code that wrote them: this sample must stay readable.
        assertThat(documents.read(sample())).isEqualTo(PlanFixtures.completeContent());
    }

    @Test
    void anyGeneratedContentRoundTripsThroughItsDocument() {
        qt().withExamples(500).forAll(PlanGenerators.contents()).checkAssert(content ->
                assertThat(documents.read(documents.write(content))).isEqualTo(content));
    }

    @Test
    void emptyContentRoundTrips() {
        PlanContent empty = PlanContent.builder().build();

        assertThat(documents.read(documents.write(empty))).isEqualTo(empty);
    }

    @Test
    void anUnknownOrMissingFieldIsRefused() throws IOException {
        ObjectNode extra = sampleTree();
        extra.put("favouriteColour", "blue");
        assertThatThrownBy(() -> documents.read(extra.toString()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("favouriteColour");

        ObjectNode missing = sampleTree();
        missing.remove("risks");
        assertThatThrownBy(() -> documents.read(missing.toString()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("risks");

        ObjectNode missingFlag = sampleTree();
        ((ObjectNode) missingFlag.path("authorship")).remove("substantialDifficulty");
        assertThatThrownBy(() -> documents.read(missingFlag.toString()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("substantialDifficulty");
    }

    @Test
    void aNumberWhereAnAmountBelongsOrTextWhereAFlagBelongsIsRefused() throws IOException {
        ObjectNode document = sampleTree();
        ((ObjectNode) document.path("supportItems").path(0)).put("unitCost", 18.4);
        assertThatThrownBy(() -> documents.read(document.toString())).isInstanceOf(IllegalArgumentException.class);

        ObjectNode wholeNumber = sampleTree();
        ((ObjectNode) wholeNumber.path("supportItems").path(1)).put("quantity", 2);
        assertThatThrownBy(() -> documents.read(wholeNumber.toString())).isInstanceOf(IllegalArgumentException.class);

        ObjectNode textFlag = sampleTree();
        ((ObjectNode) textFlag.path("authorship")).put("substantialDifficulty", "false");
        assertThatThrownBy(() -> documents.read(textFlag.toString())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aValueBreakingADomainRuleIsRefusedWithTheRule() throws IOException {
        ObjectNode negative = sampleTree();
        ((ObjectNode) negative.path("supportItems").path(0)).put("unitCost", "-1.00");
        assertThatThrownBy(() -> documents.read(negative.toString()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot be negative");

        ObjectNode unknownConstant = sampleTree();
        ((ObjectNode) unknownConstant.path("supportItems").path(0)).put("route", "CASH_IN_HAND");
        assertThatThrownBy(() -> documents.read(unknownConstant.toString()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CASH_IN_HAND");

        ObjectNode badDate = sampleTree();
        ((ObjectNode) badDate.path("actionPlan").path(0)).put("byWhen", "1 April 2026");
        assertThatThrownBy(() -> documents.read(badDate.toString()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 April 2026");
    }

    @Test
    void damagedJsonIsRefused() {
        for (String damaged : List.of("", "null", "[]", "{", "{\"whatIsImportant\": \"a\", \"whatIsImportant\": \"b\"}",
                sampleOrEmpty() + " {}")) {
            assertThatThrownBy(() -> documents.read(damaged)).as(damaged).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void textsRoundTripAndNullsAreRefused() {
        List<String> texts = List.of("Please add a contingency plan", "", " \"quoted\" ☕\nnew line ", "null");

        assertThat(documents.readTexts(documents.writeTexts(texts))).isEqualTo(texts);
        assertThat(documents.readTexts(documents.writeTexts(List.of()))).isEmpty();
        assertThatThrownBy(() -> documents.readTexts("[null]")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> documents.readTexts("null")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> documents.readTexts("[1]")).isInstanceOf(IllegalArgumentException.class);
    }

    private static String sample() throws IOException {
        try (InputStream in = PlanDocumentsTest.class.getResourceAsStream("/document/complete-content-format-1.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String sampleOrEmpty() {
        try {
            return sample();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private ObjectNode sampleTree() throws IOException {
        return (ObjectNode) json.readTree(sample());
    }
}
