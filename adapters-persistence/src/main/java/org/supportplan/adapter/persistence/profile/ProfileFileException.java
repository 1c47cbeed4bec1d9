package org.supportplan.adapter.persistence.profile;

import java.util.Objects;

/**
 * A council profile file (or a spend-rule plug-in) that cannot be loaded. Names the file, the JSON path
 * inside it (such as {@code $.spendRules[2].id}) and the rule broken (such as {@code profile.unknown-rule}),
 * so the person who wrote the file can fix it. Loading happens at start-up, so this stops start-up.
 */
public final class ProfileFileException extends RuntimeException {

    private final String file;
    private final String path;
    private final String ruleId;
    private final String detail;

    ProfileFileException(String file, String path, String ruleId, String detail) {
        this(file, path, ruleId, detail, null);
    }

    ProfileFileException(String file, String path, String ruleId, String detail, Throwable cause) {
        super(file + (path.isEmpty() ? "" : " at " + path) + ": " + detail + " [" + ruleId + "]", cause);
        this.file = Objects.requireNonNull(file);
        this.path = Objects.requireNonNull(path);
        this.ruleId = Objects.requireNonNull(ruleId);
        this.detail = Objects.requireNonNull(detail);
    }

    /** A domain refusal's {@code field} (relative to what was built at {@code path}) as a JSON path under {@code path}. */
    static String under(String path, String field) {
        if (field == null || field.isEmpty()) {
            return path;
        }
        return field.startsWith("[") ? path + field : path + "." + field;
    }

    /** The file, as a path or a {@code classpath:} name for the shipped profiles. */
    public String file() {
        return file;
    }

    /** Where in the file, as a JSON path such as {@code $.initialReview.value.amount}; empty when about the whole file. */
    public String path() {
        return path;
    }

    /** The rule broken, such as {@code profile.unknown-parent} or {@code json.unknown-field}. */
    public String ruleId() {
        return ruleId;
    }

    /** What is wrong, without the file, path and rule. */
    public String detail() {
        return detail;
    }
}
