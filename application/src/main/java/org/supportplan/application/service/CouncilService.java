package org.supportplan.application.service;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.supportplan.application.port.in.CheckOutcome;
import org.supportplan.application.port.in.CheckPlanUseCase;
import org.supportplan.application.port.in.CouncilUseCase;
import org.supportplan.application.port.out.CouncilProfiles;
import org.supportplan.domain.plan.CouncilId;
import org.supportplan.domain.plan.PlanContent;
import org.supportplan.domain.profile.CouncilProfile;
import org.supportplan.domain.signoff.SignOffCheck;

/** Lists the installed council profiles and checks plan content under one of them; needs no store. */
public final class CouncilService implements CouncilUseCase, CheckPlanUseCase {

    private final CouncilProfiles profiles;

    /** A service over {@code profiles}. */
    public CouncilService(CouncilProfiles profiles) {
        this.profiles = Objects.requireNonNull(profiles, "profiles");
    }

    @Override
    public List<CouncilProfile> councils() {
        return profiles.all();
    }

    @Override
    public Optional<CouncilProfile> council(CouncilId id) {
        return profiles.find(id);
    }

    @Override
    public CheckOutcome check(CouncilId council, PlanContent content) {
        return check(profiles, council, content);
    }

    static CheckOutcome check(CouncilProfiles profiles, CouncilId council, PlanContent content) {
        return profiles.find(council)
                .<CheckOutcome>map(profile -> new CheckOutcome.Checked(new SignOffCheck(profile).check(content)))
                .orElseGet(() -> new CheckOutcome.UnknownCouncil(council,
                        profiles.all().stream().map(CouncilProfile::id).toList()));
    }
}
