package org.supportplan.adapter.web.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.supportplan.domain.plan.CouncilId;
import org.supportplan.domain.plan.PersonId;
import org.supportplan.domain.validation.InvalidValueException;

/**
 * Static bearer tokens for development and tests, read from a JSON file (format in {@code docs/security.md}):
 * <pre>{@code
 * {"tokens": [
 *   {"token": "dev-cm-4f1c9a2e7b", "subject": "cm-0042", "role": "care-manager", "councils": ["derbyshire"]},
 *   {"token": "dev-person-77d0c1", "subject": "u-100234", "role": "person", "people": ["P-100234"]}
 * ]}
 * }</pre>
 * Never for production: the tokens never expire and anyone holding the file can act as anyone in it.
 */
public final class DevTokens implements Authenticator {

    /** Token characters (RFC 6750 {@code b64token}), at least 16 of them so a guess is hopeless. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._~+/-]{16,512}=*");

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    // Keyed by the token's SHA-256, so the tokens themselves are not kept and lookups do not compare secrets.
    private final Map<String, Principal> byDigest;

    private DevTokens(Map<String, Principal> byDigest) {
        this.byDigest = Map.copyOf(byDigest);
    }

    /**
     * The tokens in {@code file}.
     *
     * @throws InvalidTokensFileException when the file cannot be read or breaks a rule; the message names the entry
     *                                    and field, never a token
     */
    public static DevTokens load(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InvalidTokensFileException(file, "no such file");
        } catch (IOException e) {
            throw new InvalidTokensFileException(file, "cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        FileForm form;
        try {
            form = JSON.readValue(bytes, FileForm.class);
        } catch (JsonProcessingException e) {
            // Jackson's message may quote the file's text (a token), so only the position is kept.
            throw new InvalidTokensFileException(file, "is not a tokens document "
                    + "{\"tokens\": [{\"token\", \"subject\", \"role\", \"people\", \"councils\"}, ...]} (near line "
                    + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()) + ")");
        } catch (IOException e) {
            throw new InvalidTokensFileException(file, "cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        if (form == null || form.tokens() == null) {
            throw new InvalidTokensFileException(file, "has no \"tokens\" list");
        }
        Map<String, Principal> tokens = new HashMap<>();
        for (int i = 0; i < form.tokens().size(); i++) {
            String where = "tokens[" + i + "]";
            Entry entry = form.tokens().get(i);
            if (entry == null) {
                throw new InvalidTokensFileException(file, where + " is null");
            }
            if (entry.token() == null || !TOKEN.matcher(entry.token()).matches()) {
                throw new InvalidTokensFileException(file, where + ".token must be 16 to 512 token characters (A-Z a-z 0-9 . _ ~ + / - and trailing =)");
            }
            Principal principal = principal(file, where, entry);
            if (tokens.put(digest(entry.token()), principal) != null) {
                throw new InvalidTokensFileException(file, where + ".token is the same as an earlier entry's");
            }
        }
        if (tokens.isEmpty()) {
            throw new InvalidTokensFileException(file, "has no tokens");
        }
        return new DevTokens(tokens);
    }

    /** Tokens given in code (tests); each key is a token. */
    public static DevTokens of(Map<String, Principal> tokens) {
        Map<String, Principal> byDigest = new HashMap<>();
        tokens.forEach((token, principal) -> {
            if (!TOKEN.matcher(token).matches()) {
                throw new IllegalArgumentException("a dev token is 16 to 512 token characters");
            }
            byDigest.put(digest(token), principal);
        });
        return new DevTokens(byDigest);
    }

    /** How many tokens there are. */
    public int size() {
        return byDigest.size();
    }

    @Override
    public Principal authenticate(String token) throws AuthenticationException {
        Principal principal = token == null ? null : byDigest.get(digest(token));
        if (principal == null) {
            throw new AuthenticationException(AuthenticationException.Reason.UNKNOWN_TOKEN);
        }
        return principal;
    }

    private static Principal principal(Path file, String where, Entry entry) {
        Role role = entry.role() == null ? null : Role.fromWire(entry.role()).orElse(null);
        if (role == null) {
            throw new InvalidTokensFileException(file, where + ".role must be one of " + roles());
        }
        if (!Principal.isSubject(entry.subject())) {
            throw new InvalidTokensFileException(file, where + ".subject must be an opaque id of 1 to 64 letters, digits, '.', '_' or '-' (no names, no e-mail addresses)");
        }
        Set<PersonId> people = new LinkedHashSet<>();
        List<String> listedPeople = entry.people() == null ? List.of() : entry.people();
        for (int p = 0; p < listedPeople.size(); p++) {
            try {
                people.add(PersonId.of(listedPeople.get(p)));
            } catch (InvalidValueException e) {
                throw new InvalidTokensFileException(file, where + ".people[" + p + "] is not a person id (1 to 64 letters, digits or hyphens)");
            }
        }
        Set<CouncilId> councils = new LinkedHashSet<>();
        List<String> listedCouncils = entry.councils() == null ? List.of() : entry.councils();
        for (int c = 0; c < listedCouncils.size(); c++) {
            try {
                councils.add(CouncilId.of(listedCouncils.get(c)));
            } catch (InvalidValueException e) {
                throw new InvalidTokensFileException(file, where + ".councils[" + c + "] is not a council id");
            }
        }
        try {
            return new Principal(entry.subject(), role, people, councils);
        } catch (IllegalArgumentException e) {
            throw new InvalidTokensFileException(file, where + ": " + e.getMessage());
        }
    }

    private static String roles() {
        StringBuilder out = new StringBuilder();
        for (Role role : Role.values()) {
            out.append(out.length() == 0 ? "" : ", ").append(role.wire());
        }
        return out.toString();
    }

    static String digest(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JDK has SHA-256", impossible);
        }
    }

    /** The file as written. */
    private record FileForm(List<Entry> tokens) {
    }

    /** One token as written. */
    private record Entry(String token, String subject, String role, List<String> people, List<String> councils) {
    }

    /** The dev tokens file cannot be used; the service must not start with it. */
    public static final class InvalidTokensFileException extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        InvalidTokensFileException(Path file, String problem) {
            super("dev tokens file " + file + ": " + problem);
        }
    }
}
