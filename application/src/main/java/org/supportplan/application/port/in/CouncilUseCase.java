package org.supportplan.application.port.in;

import java.util.List;
import java.util.Optional;

import org.supportplan.domain.plan.CouncilId;
import org.supportplan.domain.profile.CouncilProfile;

/** Use case: see which council profiles are installed and what each says. */
public interface CouncilUseCase {

    /** Every installed profile, by id. */
    List<CouncilProfile> councils();

    /** One profile, or empty. */
    Optional<CouncilProfile> council(CouncilId id);
}
