package org.supportplan.adapter.persistence.document;

import java.util.List;

/** An outcome as stored; {@code needs} are need ids. */
record OutcomeDocument(String id, String description, String kind, List<String> needs) {
}
