package org.supportplan.application.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.supportplan.application.port.ExpectedRevision;
import org.supportplan.application.port.Revision;
import org.supportplan.domain.validation.InvalidValueException;

class ActorAndRevisionTest {

    @Test
    void anActorIsAReferenceNotFreeText() {
        assertThat(Actor.of("cli:jsmith").id()).isEqualTo("cli:jsmith");
        assertThat(Actor.of("CM-0042")).isEqualTo(new Actor("CM-0042"));
        for (String bad : new String[] {"", " CM-1", "Jane Smith", "a".repeat(101), "x\ny"}) {
            assertThatThrownBy(() -> Actor.of(bad)).isInstanceOf(InvalidValueException.class)
                    .satisfies(e -> assertThat(((InvalidValueException) e).ruleId()).isEqualTo("actor.format"));
        }
    }

    @Test
    void revisionsStartAtOneAndCountUp() {
        assertThat(Revision.FIRST.next().next()).isEqualTo(new Revision(3));
        assertThatThrownBy(() -> new Revision(0)).isInstanceOf(InvalidValueException.class);
        assertThat(ExpectedRevision.latest().required()).isEmpty();
        assertThat(ExpectedRevision.of(new Revision(4)).required()).contains(new Revision(4));
    }
}
