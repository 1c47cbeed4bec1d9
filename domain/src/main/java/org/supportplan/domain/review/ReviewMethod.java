package org.supportplan.domain.review;

/**
 * How a review was held. The format is tailored to the person, from a phone call to a meeting of
 * everyone involved (Derbyshire's page; Care and Support Statutory Guidance ch.13 on proportionate reviews).
 */
public enum ReviewMethod {
    /** A phone call. */
    PHONE_CALL,
    /** A video call. */
    VIDEO_CALL,
    /** A visit to the person at home. */
    HOME_VISIT,
    /** A meeting of several people, such as the person, family, provider and care manager. */
    MEETING
}
