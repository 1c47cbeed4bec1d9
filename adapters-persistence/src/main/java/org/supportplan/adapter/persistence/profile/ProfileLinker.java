package org.supportplan.adapter.persistence.profile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.supportplan.domain.plan.CouncilId;
import org.supportplan.domain.profile.CouncilProfile;
import org.supportplan.domain.profile.ProfileResolver;
import org.supportplan.domain.validation.InvalidValueException;

/**
 * Applies {@code extends} across files: checks every parent exists and no chain loops, then resolves parents
 * first and each profile against its resolved parent with the domain's {@link ProfileResolver}, which decides
 * what is inherited and how it is marked. A refusal is reported against the file of the profile it is about.
 */
final class ProfileLinker {

    private final Map<CouncilId, ParsedProfile> parsed;
    private final ProfileResolver resolver;

    private ProfileLinker(Map<CouncilId, ParsedProfile> parsed, ProfileResolver resolver) {
        this.parsed = parsed;
        this.resolver = resolver;
    }

    /** Every profile in {@code parsed} (keyed by id), resolved and sorted by id. */
    static Map<CouncilId, CouncilProfile> link(Map<CouncilId, ParsedProfile> parsed, ProfileResolver resolver) {
        return new ProfileLinker(parsed, resolver).link();
    }

    private Map<CouncilId, CouncilProfile> link() {
        Map<CouncilId, Integer> depth = new HashMap<>();
        for (ParsedProfile profile : byId()) {
            depth.put(profile.id(), chainLength(profile));
        }
        // Parents first: each profile is resolved against its parent, and a broken parent is reported against its own file.
        List<ParsedProfile> order = new ArrayList<>(byId());
        order.sort(Comparator.comparingInt((ParsedProfile p) -> depth.get(p.id())).thenComparing(p -> p.id().value()));
        Map<CouncilId, CouncilProfile> resolved = new TreeMap<>(Comparator.comparing(CouncilId::value));
        for (ParsedProfile profile : order) {
            resolved.put(profile.id(), resolve(profile, profile.parent().map(resolved::get)));
        }
        return resolved;
    }

    private List<ParsedProfile> byId() {
        return parsed.values().stream().sorted(Comparator.comparing(p -> p.id().value())).toList();
    }

    // How many profiles from this one up to a national default; refuses unknown parents and circles.
    private int chainLength(ParsedProfile profile) {
        LinkedHashSet<CouncilId> seen = new LinkedHashSet<>();
        ParsedProfile current = profile;
        ParsedProfile previous = null;
        while (true) {
            if (!seen.add(current.id())) {
                List<CouncilId> ids = new ArrayList<>(seen);
                String loop = ids.subList(ids.indexOf(current.id()), ids.size()).stream().map(CouncilId::value)
                        .collect(Collectors.joining(" -> ")) + " -> " + current.id();
                // Reported against the file whose extends closes the circle.
                throw new ProfileFileException(previous.file(), "$.extends", "profile.extends-cycle",
                        "profiles cannot extend each other in a circle: " + loop
                                + "; the chain must end at a national default that extends nothing");
            }
            Optional<CouncilId> parent = current.parent();
            if (parent.isEmpty()) {
                return seen.size();
            }
            ParsedProfile next = parsed.get(parent.get());
            if (next == null) {
                throw new ProfileFileException(current.file(), "$.extends", "profile.unknown-parent",
                        "no profile '" + parent.get() + "' is installed to extend; installed: " + installed());
            }
            previous = current;
            current = next;
        }
    }

    private String installed() {
        return parsed.keySet().stream().map(CouncilId::value).sorted().collect(Collectors.joining(", "));
    }

    private CouncilProfile resolve(ParsedProfile profile, Optional<CouncilProfile> parent) {
        try {
            return parent.isPresent() ? resolver.resolve(profile.definition(), parent.get())
                    : resolver.resolveNationalDefault(profile.definition());
        } catch (InvalidValueException e) {
            String detail = e.getMessage();
            if (parent.isEmpty() && e.ruleId().equals("profile.national-default-complete")) {
                // In a file, a national default is simply a profile without "extends": say how to inherit instead.
                detail += " (a profile without \"extends\" is a national default; a council profile says "
                        + "\"extends\": \"england-default\" to inherit them)";
            }
            throw new ProfileFileException(profile.file(), ProfileFileException.under("$", e.field()), e.ruleId(), detail, e);
        }
    }
}
