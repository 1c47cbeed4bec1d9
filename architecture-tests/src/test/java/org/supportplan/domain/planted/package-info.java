/**
 * Deliberately broken (and, for contrast, compliant) domain classes. They live in test sources, so
 * the main suite never imports them; {@code PlantedViolationsTest} imports them one by one to prove
 * that each rule can fail.
 */
package org.supportplan.domain.planted;
