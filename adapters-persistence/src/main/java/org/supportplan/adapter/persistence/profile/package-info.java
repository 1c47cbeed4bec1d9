/**
 * Council profiles as data files: the shipped JSON profiles and a council's own JSON or YAML files, read
 * strictly with Jackson into the domain's {@code ProfileDefinition} and resolved with their parents into
 * {@code CouncilProfile}s. Entry point: {@link org.supportplan.adapter.persistence.profile.ProfileFiles}.
 */
package org.supportplan.adapter.persistence.profile;
