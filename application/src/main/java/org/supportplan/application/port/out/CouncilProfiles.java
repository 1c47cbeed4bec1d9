package org.supportplan.application.port.out;

import java.util.List;
import java.util.Optional;

import org.supportplan.domain.plan.CouncilId;
import org.supportplan.domain.profile.CouncilProfile;

/** Out-port: the council profiles installed (shipped ones, and any a council adds as data files). */
public interface CouncilProfiles {

    /** Every installed profile, sorted by id. */
    List<CouncilProfile> all();

    /** The profile for {@code council}, or empty. */
    Optional<CouncilProfile> find(CouncilId council);
}
