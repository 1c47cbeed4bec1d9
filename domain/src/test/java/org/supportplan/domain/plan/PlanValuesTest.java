package org.supportplan.domain.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.supportplan.domain.money.Money;
import org.supportplan.domain.validation.InvalidValueException;

/** The plan's small value objects: ids, narrative, authorship, the paid person and the sign-off. */
class PlanValuesTest {

    @Test
    void keysWithinAPlanAreShortSlugs() {
        List<Function<String, Object>> keys = List.of(ItemId::of, NeedId::of, OutcomeId::of);
        List<String> rules = List.of("item-id.format", "need-id.format", "outcome-id.format");
        for (int k = 0; k < keys.size(); k++) {
            Function<String, Object> key = keys.get(k);
            for (String ok : List.of("n1", "N", "item-1", "a.b_c-d", "9", "x".repeat(40))) {
                assertThat(key.apply(ok)).hasToString(ok);
            }
            for (String bad : new String[] {"", "-n1", ".n1", "n 1", "n/1", "x".repeat(41), "né", null}) {
                String rule = rules.get(k);
                assertThatThrownBy(() -> key.apply(bad)).as(rule + " " + bad)
                        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                            assertThat(e.ruleId()).isEqualTo(rule);
                            assertThat(e.field()).isEqualTo("id");
                        });
            }
        }
        assertThatThrownBy(() -> ItemId.of("-")).hasMessageStartingWith("an item id is");
        assertThatThrownBy(() -> OutcomeId.of("-")).hasMessageStartingWith("an outcome id is");
        assertThatThrownBy(() -> NeedId.of("-")).hasMessageStartingWith("a need id is");
        assertThat(NeedId.of("n1").compareTo(NeedId.of("n2"))).isNegative();
    }

    @Test
    void peopleAndCouncilsAreReferencesNotNames() {
        assertThat(PersonId.of("P-104233")).hasToString("P-104233");
        assertThat(PersonId.of("A" + "1".repeat(63)).value()).hasSize(64);
        for (String bad : new String[] {"", "-P1", "P 1", "Jane.Smith", "A" + "1".repeat(64), null}) {
            assertThatThrownBy(() -> PersonId.of(bad)).as(bad)
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.ruleId()).isEqualTo("person-id.format"));
        }
        assertThat(CouncilId.of("england-default")).hasToString("england-default");
        for (String bad : new String[] {"d", "Derbyshire", "1bury", "bury_council", "b".repeat(41), null}) {
            assertThatThrownBy(() -> CouncilId.of(bad)).as(bad)
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.ruleId()).isEqualTo("council-id.format"));
        }
        assertThat(SpendCategory.of("personal-assistant")).hasToString("personal-assistant");
        for (String bad : new String[] {"p", "Food", "food shop", "-food", null}) {
            assertThatThrownBy(() -> SpendCategory.of(bad)).as(bad)
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.ruleId()).isEqualTo("spend-category.format"));
        }
    }

    @Test
    void planIdsAreUuids() {
        String text = "3f2b8c1e-0d4a-4c3e-9a57-2f1d6b7e8a90";
        assertThat(PlanId.parse(text)).isEqualTo(new PlanId(UUID.fromString(text))).hasToString(text);
        assertThat(PlanId.parse(text.toUpperCase())).isEqualTo(PlanId.parse(text));
        for (String bad : new String[] {"", "3f2b8c1e0d4a4c3e9a572f1d6b7e8a90", "3f2b8c1e-0d4a-4c3e-9a57-2f1d6b7e8a9", "1-1-1-1-1", null}) {
            assertThatThrownBy(() -> PlanId.parse(bad)).as(bad)
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.ruleId()).isEqualTo("plan-id.format"));
        }
        assertThatThrownBy(() -> new PlanId(null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.ruleId()).isEqualTo("value.required"));
        assertThat(PlanId.random()).isNotEqualTo(PlanId.random());
    }

    @Test
    void aNarrativeIsTrimmedNeverBlankAndAtMostTwentyThousandCharacters() {
        assertThat(Narrative.of("  Seeing my grandchildren \n")).hasToString("Seeing my grandchildren");
        assertThat(Narrative.of("x".repeat(Narrative.MAX_LENGTH)).text()).hasSize(20_000);
        assertThatThrownBy(() -> Narrative.of("x".repeat(Narrative.MAX_LENGTH + 1)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.ruleId()).isEqualTo("text.max-length");
                    assertThat(e.field()).isEqualTo("text");
                });
        assertThatThrownBy(() -> Narrative.of(" \t\n "))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.ruleId()).isEqualTo("text.not-blank"));
        assertThatThrownBy(() -> Narrative.of("escape \u001B[31m"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.ruleId()).isEqualTo("text.no-control-characters"));
        assertThatThrownBy(() -> Narrative.of("broken \uDE00"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.ruleId()).isEqualTo("text.well-formed"));
    }

    @Test
    void anAdvocateIsRequiredOnlyForSubstantialDifficultyWithNobodyAppropriate() {
        assertThat(new Authorship(AuthorRole.PERSON, true, false, null).advocateRequired()).isTrue();
        assertThat(new Authorship(AuthorRole.PERSON, true, true, null).advocateRequired()).isFalse();
        assertThat(new Authorship(AuthorRole.PERSON, false, false, null).advocateRequired()).isFalse();
        assertThat(new Authorship(AuthorRole.PERSON, false, true, null).advocateRequired()).isFalse();
        assertThat(new Authorship(AuthorRole.CARE_WORKER, true, false, "  ").advocateRecorded()).isFalse();
        assertThat(new Authorship(AuthorRole.CARE_WORKER, true, false, " Advocacy org, ref 19 ").advocateArranged())
                .isEqualTo("Advocacy org, ref 19");
        assertThatThrownBy(() -> new Authorship(null, false, false, null)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aPaidPersonsExceptionIsARecordedDecisionOrNothing() {
        assertThat(new PaidPerson(Relationship.CLOSE_RELATIVE, true, " ").exception()).isEmpty();
        assertThat(new PaidPerson(Relationship.CLOSE_RELATIVE, true, " DEC-14 ").exception()).contains("DEC-14");
        assertThatThrownBy(() -> new PaidPerson(null, true, null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("relationship"));
    }

    @Test
    void aSignOffNamesAStaffReferenceAndANonNegativeBudget() {
        Instant at = Instant.parse("2026-04-20T15:00:00Z");
        assertThat(new SignOff(" CM-0042 ", at, Money.ZERO).signedOffBy()).isEqualTo("CM-0042");
        assertThatThrownBy(() -> new SignOff("CM-0042", at, Money.ofPence(-1)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.ruleId()).isEqualTo("money.non-negative"));
        assertThatThrownBy(() -> new SignOff("", at, Money.ZERO))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("signedOffBy"));
        assertThatThrownBy(() -> new SignOff("CM-0042", null, Money.ZERO))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("at"));
    }

    @Test
    void otherPartsValidateThemselves() {
        assertThat(new ActionStep(Narrative.of("Advertise"), " my daughter ", null).dueBy()).isEmpty();
        assertThat(new ActionStep(Narrative.of("Advertise"), "me", LocalDate.of(2026, 4, 1)).dueBy()).contains(LocalDate.of(2026, 4, 1));
        assertThat(new ActionStep(Narrative.of("Advertise"), " my daughter ", null).who()).isEqualTo("my daughter");
        assertThatThrownBy(() -> new ActionStep(null, "me", null)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Need(NeedId.of("n1"), Narrative.of("x"), null, Eligibility.ELIGIBLE))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("outcome"));
        assertThat(new Risk(Narrative.of("Falls"), null).managedBy()).isEmpty();
        assertThatThrownBy(() -> new Risk(null, null)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new SupportItem(ItemId.of("i1"), "PA", "Agency", PaymentRoute.DIRECT_PAYMENT,
                org.supportplan.domain.money.Quantity.of(1), SupportUnit.PER_WEEK, Money.ofPence(-1), SpendCategory.of("home-care"),
                null, null, null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("unitCost");
                    assertThat(e.ruleId()).isEqualTo("money.non-negative");
                });
        assertThat(EligibilityOutcome.values()).hasSize(10);
        assertThat(SupportUnit.PER_FOUR_WEEKS.period()).isEqualTo(Period.FOUR_WEEKS);
        assertThat(SupportUnit.HOURS_PER_WEEK.label()).isEqualTo("hours per week");
    }
}
