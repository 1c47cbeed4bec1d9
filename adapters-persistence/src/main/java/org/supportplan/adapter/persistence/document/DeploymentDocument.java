package org.supportplan.adapter.persistence.document;

import java.util.List;

/** A deployment of the budget as stored. */
record DeploymentDocument(String option, String amount, String frequency, List<String> needs) {
}
