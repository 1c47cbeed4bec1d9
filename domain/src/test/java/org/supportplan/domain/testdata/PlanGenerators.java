package org.supportplan.domain.testdata;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.Instant;
import java.util.UUID;

import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;
import org.supportplan.domain.money.Money;
import org.supportplan.domain.money.Quantity;
import org.supportplan.domain.plan.CouncilId;
import org.supportplan.domain.plan.Narrative;
import org.supportplan.domain.plan.PersonId;
import org.supportplan.domain.plan.PlanId;
import org.supportplan.domain.plan.PlanStatus;
import org.supportplan.domain.plan.SupportItem;
import org.supportplan.domain.plan.SupportPlan;
import org.supportplan.domain.plan.SupportUnit;

/** QuickTheories generators for domain values, shared by every module's property tests. */
public final class PlanGenerators {

    private PlanGenerators() {
    }

    /** Amounts of up to ten million pounds either way. */
    public static Gen<Money> money() {
        return longs().between(-1_000_000_000L, 1_000_000_000L).map(p -> Money.ofPence(p));
    }

    /** Non-negative amounts of up to a million pounds. */
    public static Gen<Money> unitCosts() {
        return longs().between(0, 100_000_000L).map(p -> Money.ofPence(p));
    }

    /** Quantities from 0 to 200 with up to three decimals. */
    public static Gen<Quantity> quantities() {
        return longs().between(0, 200_000L).map(t -> new Quantity(t));
    }

    /** Non-blank text with awkward characters (quotes, accents, emoji, new lines). */
    public static Gen<String> text(int maxLength) {
        // Whole code points only, skipping the surrogate range: a lone surrogate is not text.
        Gen<String> base = strings().betweenCodePoints(0x20, 0x1F600).ofLengthBetween(1, Math.min(maxLength, 60))
                .map(s -> s.codePoints().filter(cp -> (cp < 0xD800 || cp > 0xDFFF) && !Character.isISOControl(cp))
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString());
        return base.map(s -> "x" + s.strip()).map(s -> s.length() > maxLength ? s.substring(0, maxLength) : s);
    }

    /** Any support item. */
    public static Gen<SupportItem> supportItems() {
        return text(80).zip(text(80), quantities(), Generate.enumValues(SupportUnit.class), unitCosts(),
                SupportItem::new);
    }

    /** Any plan, in any status, with up to 12 items. */
    public static Gen<SupportPlan> plans() {
        Gen<PlanId> ids = longs().all().zip(longs().all(), (a, b) -> new PlanId(new UUID(a, b)));
        Gen<PersonId> people = integers().between(1, 9_999_999).map(n -> PersonId.of("P-" + n));
        Gen<CouncilId> councils = Generate.pick(java.util.List.of("derbyshire", "bury", "england-default")).map(s -> CouncilId.of(s));
        Gen<Instant> instants = longs().between(0, 4_102_444_800L).map(s -> Instant.ofEpochSecond(s));
        return ids.zip(people, councils, text(500).map(s -> Narrative.of(s)), (id, person, council, narrative) ->
                        SupportPlan.draft(id, person, council, narrative, java.util.List.of(), Instant.EPOCH))
                .zip(SourceDSL.lists().of(supportItems()).ofSizeBetween(0, 12), Generate.enumValues(PlanStatus.class),
                        instants, (p, items, status, at) -> SupportPlan.restore(p.id(), p.person(), p.council(),
                                p.whatIsImportant(), items, status, at));
    }
}
