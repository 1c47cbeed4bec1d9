package org.supportplan.adapter.persistence.profile;

import java.util.Optional;

import org.supportplan.domain.plan.CouncilId;
import org.supportplan.domain.profile.ProfileDefinition;

/**
 * One profile file after reading and checking, before its parents are applied.
 *
 * @param file the file it came from, for error messages
 * @param id the profile's id
 * @param parent the profile it extends, or empty for a national default
 * @param definition the values the file itself gives (nulls are inherited)
 */
record ParsedProfile(String file, CouncilId id, Optional<CouncilId> parent, ProfileDefinition definition) {
}
