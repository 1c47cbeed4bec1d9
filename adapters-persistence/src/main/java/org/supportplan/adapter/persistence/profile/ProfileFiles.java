package org.supportplan.adapter.persistence.profile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.stream.Stream;

import org.supportplan.application.port.out.CouncilProfiles;
import org.supportplan.domain.plan.CouncilId;
import org.supportplan.domain.profile.CouncilProfile;
import org.supportplan.domain.profile.ProfileResolver;
import org.supportplan.domain.spend.SpendRuleCatalog;
import org.supportplan.domain.spend.SpendRuleProvider;
import org.supportplan.domain.validation.InvalidValueException;

/**
 * The installed council profiles, read once at start-up from data files: the profiles shipped in the
 * domain jar (listed in its {@code index.txt}: england-default, derbyshire, bury) and any {@code *.json},
 * {@code *.yaml} or {@code *.yml} files in a council's own directory. A file whose id is a shipped one
 * replaces it. Spend rules that need code come from {@code SpendRuleProvider} plug-ins and are switched on
 * by id. Any broken file stops loading with a {@link ProfileFileException} naming the file, the JSON path
 * and the rule, so a typo fails start-up rather than the first check.
 *
 * <p>File shape (YAML has the same structure): {@code id}, {@code name}, optional {@code about} and
 * {@code extends} (a parent's id; a profile without one is a national default and must give every value),
 * {@code questions}, {@code spendRules} (id and source), {@code localRules} (id, reason, categories,
 * words, source), {@code weeksPerYear} and {@code unspentBalanceWeeks} (decimal strings such as
 * {@code "52.143"}), {@code rounding}, and the four review intervals; every value is
 * {@code {"value": ..., "source": {"kind": ..., "citation": ...}}}.
 *
 * <p>Each profile is resolved against the profile it extends by the domain's {@code ProfileResolver}, which
 * holds the rules of profiles: a value left out is the parent's as the parent has it (a value a council in the
 * chain sets stays that council's, citing it; only what the national default at the top supplies is marked
 * {@code NATIONAL_DEFAULT}); leaving {@code spendRules} out keeps every rule the parent has in force, local
 * rules added to them; rule ids, citations and duplicates are checked there, and its refusals are reported
 * here with the file and the JSON path. What is left to this class is about files: their shape, file names,
 * the shipped index, ids unique across files, and {@code extends} naming an installed profile without circles.
 */
public final class ProfileFiles implements CouncilProfiles {

    private static final String SHIPPED_FOLDER = "org/supportplan/domain/profile/";
    private static final String SERVICES_FILE = "META-INF/services/" + SpendRuleProvider.class.getName();

    private final Map<CouncilId, CouncilProfile> profiles;
    private final List<CouncilProfile> all;

    private ProfileFiles(Map<CouncilId, CouncilProfile> profiles) {
        this.profiles = Map.copyOf(profiles);
        this.all = profiles.values().stream().sorted(Comparator.comparing(p -> p.id().value())).toList();
    }

    /**
     * The shipped profiles, with plug-in rules from the thread's context class loader (or this class's).
     *
     * @throws ProfileFileException if a shipped file or a plug-in is broken
     */
    public static ProfileFiles shipped() {
        return load(Optional.empty(), defaultLoader());
    }

    /**
     * The shipped profiles plus every profile file directly in {@code directory} (not its subfolders;
     * names starting with a dot are skipped), with plug-ins found as by {@link #shipped()}.
     *
     * @throws ProfileFileException if the directory does not exist or any file is broken
     */
    public static ProfileFiles load(Path directory) {
        return load(Optional.of(Objects.requireNonNull(directory, "directory")), defaultLoader());
    }

    /**
     * The shipped profiles plus, when given, those in {@code directory}, with spend-rule plug-ins found by
     * {@code plugIns} (for tests and systems that embed supportplan).
     *
     * @throws ProfileFileException if the directory does not exist, or any file or plug-in is broken
     */
    public static ProfileFiles load(Optional<Path> directory, ClassLoader plugIns) {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(plugIns, "plugIns");
        SpendRuleCatalog rules = catalog(plugIns);
        Map<CouncilId, ParsedProfile> parsed = new LinkedHashMap<>();
        for (ParsedProfile profile : shippedFiles()) {
            parsed.put(profile.id(), profile);
        }
        if (directory.isPresent()) {
            Map<CouncilId, ParsedProfile> own = new LinkedHashMap<>();
            for (ParsedProfile profile : directoryFiles(directory.get())) {
                ParsedProfile earlier = own.putIfAbsent(profile.id(), profile);
                if (earlier != null) {
                    throw new ProfileFileException(profile.file(), "$.id", "profile.duplicate-id", "the id '" + profile.id()
                            + "' is already used by " + earlier.file() + "; each profile file needs its own id");
                }
            }
            parsed.putAll(own);
        }
        return new ProfileFiles(ProfileLinker.link(parsed, new ProfileResolver(rules)));
    }

    @Override
    public List<CouncilProfile> all() {
        return all;
    }

    @Override
    public Optional<CouncilProfile> find(CouncilId council) {
        return Optional.ofNullable(profiles.get(council));
    }

    private static ClassLoader defaultLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : ProfileFiles.class.getClassLoader();
    }

    // The domain refuses broken plug-ins; only a provider that cannot be loaded at all is the class path's problem.
    private static SpendRuleCatalog catalog(ClassLoader plugIns) {
        try {
            return SpendRuleCatalog.withPlugIns(plugIns);
        } catch (ServiceConfigurationError e) {
            throw new ProfileFileException(SERVICES_FILE, "", "plug-in.unloadable",
                    "a spend-rule plug-in cannot be loaded: " + e.getMessage(), e);
        } catch (InvalidValueException e) {
            throw new ProfileFileException(SERVICES_FILE, "", e.ruleId(), e.getMessage(), e);
        }
    }

    private static List<ParsedProfile> shippedFiles() {
        String index = "classpath:" + SHIPPED_FOLDER + "index.txt";
        List<ParsedProfile> shipped = new ArrayList<>();
        for (String id : lines(index, "index.txt")) {
            String name = id + ".json";
            String file = "classpath:" + SHIPPED_FOLDER + name;
            ParsedProfile profile = DefinitionBuilder.build(file,
                    ProfileParser.parse(file, bytes(file, name), ProfileParser.Format.JSON));
            if (!profile.id().value().equals(id)) {
                throw new ProfileFileException(file, "$.id", "profile.shipped-id",
                        "the index lists '" + id + "' but the file's id is '" + profile.id() + "'");
            }
            shipped.add(profile);
        }
        return shipped;
    }

    // Shipped files are read beside CouncilProfile, so they come from the domain jar whatever the class path holds.
    private static byte[] bytes(String file, String name) {
        try (InputStream in = CouncilProfile.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new ProfileFileException(file, "", "profile.shipped-missing", "the shipped profile is not on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new ProfileFileException(file, "", "profile.unreadable", "cannot be read: " + e.getMessage(), e);
        }
    }

    private static List<String> lines(String file, String name) {
        return new String(bytes(file, name), StandardCharsets.UTF_8).lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
    }

    private static List<ParsedProfile> directoryFiles(Path directory) {
        String dir = directory.toString();
        if (!Files.exists(directory)) {
            throw new ProfileFileException(dir, "", "profile.directory-missing",
                    "the profiles directory does not exist (" + directory.toAbsolutePath() + ")");
        }
        if (!Files.isDirectory(directory)) {
            throw new ProfileFileException(dir, "", "profile.not-a-directory",
                    "the profiles location must be a directory of *.json, *.yaml or *.yml files");
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(directory)) {
            files = listing.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> ProfileParser.Format.of(p.getFileName().toString()) != null)
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new ProfileFileException(dir, "", "profile.unreadable", "the directory cannot be listed: " + e.getMessage(), e);
        }
        List<ParsedProfile> parsed = new ArrayList<>();
        for (Path path : files) {
            String file = path.toString();
            byte[] content;
            try {
                content = Files.readAllBytes(path);
            } catch (IOException e) {
                throw new ProfileFileException(file, "", "profile.unreadable", "cannot be read: " + e.getMessage(), e);
            }
            ProfileParser.Format format = ProfileParser.Format.of(path.getFileName().toString());
            parsed.add(DefinitionBuilder.build(file, ProfileParser.parse(file, content, format)));
        }
        return parsed;
    }
}
