package org.supportplan.adapter.web;

import java.util.List;
import java.util.Optional;

import org.supportplan.application.port.out.CouncilProfiles;
import org.supportplan.domain.plan.CouncilId;
import org.supportplan.domain.profile.CouncilProfile;
import org.supportplan.domain.testdata.ProfileFixtures;

/** The domain's fixture profiles (national default, Derbyshire-like, Bury-like) as the installed councils. */
final class FixtureCouncils implements CouncilProfiles {

    private final List<CouncilProfile> profiles =
            List.of(ProfileFixtures.bury(), ProfileFixtures.derbyshire(), ProfileFixtures.englandDefault());

    @Override
    public List<CouncilProfile> all() {
        return profiles;
    }

    @Override
    public Optional<CouncilProfile> find(CouncilId council) {
        return profiles.stream().filter(p -> p.id().equals(council)).findFirst();
    }
}
