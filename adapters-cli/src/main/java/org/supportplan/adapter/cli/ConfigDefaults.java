package org.supportplan.adapter.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The one place a setting's value comes from when its flag is not on the command line (ADR 0022): the environment
 * variable named after the option ({@code --dev-tokens} is {@code SUPPORTPLAN_DEV_TOKENS}), else the config file's key
 * named after it ({@code dev-tokens}), else the option's built-in default. picocli asks this provider only for options
 * the command line did not give, so a flag always wins.
 *
 * <p>Only the {@linkplain #SETTINGS settings} are configurable; every other option (a file to read, a date, an
 * {@code --if-match}) is part of one invocation and never comes from the environment or a file. A blank environment
 * variable or file value counts as not given.
 */
public final class ConfigDefaults implements CommandLine.IDefaultValueProvider {

    /** What every environment variable's name starts with. */
    public static final String ENVIRONMENT_PREFIX = "SUPPORTPLAN_";

    /** The option naming the config file; its environment variable is {@code SUPPORTPLAN_CONFIG}. */
    public static final String CONFIG = "--config";

    /** The configurable options, by their longest name, in the order the README's table lists them. */
    public static final List<String> SETTINGS = List.of(CONFIG, "--host", "--port", "--store", "--profiles", "--actor",
            "--dev-tokens", "--jwt-issuer", "--jwt-audience", "--jwt-jwks", "--max-body-bytes", "--max-upload-bytes",
            "--idempotency-retention", "--idempotency-max-keys", "--shutdown-timeout");

    /** Settings whose values are never printed in an error: they say how callers are authenticated. */
    public static final Set<String> SECRET = Set.of("--dev-tokens", "--jwt-issuer", "--jwt-audience", "--jwt-jwks");

    private final Map<String, String> environment;
    private final Optional<Path> file;
    private final String fileNamedBy;
    private final CommandLine commandLine;
    private Map<String, String> fileValues;
    private ConfigurationException fileFailure;

    private ConfigDefaults(Map<String, String> environment, Optional<Path> file, String fileNamedBy, CommandLine commandLine) {
        this.environment = Map.copyOf(environment);
        this.file = file;
        this.fileNamedBy = fileNamedBy;
        this.commandLine = commandLine;
    }

    /**
     * Installs the provider on {@code commandLine} and all its subcommands. The config file is the one
     * {@code --config FILE} (or {@code --config=FILE}) names in {@code args}, else {@code SUPPORTPLAN_CONFIG}, else
     * none: picocli applies defaults while it parses, so the file must be known before parsing starts.
     *
     * @param commandLine the top command, already built
     * @param environment the process environment ({@code System.getenv()}; tests pass their own)
     * @param args the arguments the command line is about to execute
     */
    public static ConfigDefaults install(CommandLine commandLine, Map<String, String> environment, String... args) {
        Objects.requireNonNull(environment, "environment");
        Optional<String> flag = configFlag(args);
        Optional<String> fromEnvironment = nonBlank(environment.get(environmentVariable(CONFIG)));
        ConfigDefaults defaults = new ConfigDefaults(environment,
                flag.or(() -> fromEnvironment).map(Path::of),
                flag.isPresent() ? CONFIG : environmentVariable(CONFIG), commandLine);
        commandLine.setDefaultValueProvider(defaults);
        return defaults;
    }

    /**
     * Checks that the config file parsed is the one read: a {@code --config} the scan before parsing could not see
     * (in an {@code @file} of arguments) would otherwise be silently ignored.
     *
     * @throws ConfigurationException when they differ
     */
    void checkParsed(CommandLine.ParseResult parsed) {
        for (CommandLine.ParseResult level = parsed; level != null; level = level.subcommand()) {
            if (level.hasMatchedOption(CONFIG)) {
                Path given = level.matchedOptionValue(CONFIG, (Path) null);
                if (given != null && (!fileNamedBy.equals(CONFIG) || !file.equals(Optional.of(given)))) {
                    throw failure("give --config FILE once, on the command line itself (not in an @file of arguments)");
                }
            }
        }
    }

    /** The environment variable of an option: {@code --jwt-issuer} is {@code SUPPORTPLAN_JWT_ISSUER}. */
    public static String environmentVariable(String optionName) {
        return ENVIRONMENT_PREFIX + key(optionName).toUpperCase(Locale.ROOT).replace('-', '_');
    }

    /** The config-file key of an option: its name without the leading dashes ({@code --jwt-issuer} is {@code jwt-issuer}). */
    public static String key(String optionName) {
        return optionName.replaceFirst("^-+", "");
    }

    @Override
    public String defaultValue(ArgSpec argument) {
        if (!(argument instanceof OptionSpec option) || !SETTINGS.contains(option.longestName())) {
            return null; // not a setting: the option's own default, if any
        }
        fileValues(); // read and checked whichever setting is asked first, so a bad file is always an error
        // picocli expands ${...} in default values; a value from outside is taken literally ($$ is picocli's escape).
        return outsideValue(option.longestName()).map(value -> value.replace("$", "$$")).orElse(null);
    }

    /**
     * Where the value of a setting the command line did not give comes from, such as
     * {@code environment variable SUPPORTPLAN_PORT} or {@code config file app.properties, key port}; empty when it is
     * the built-in default (or not a setting).
     */
    public Optional<String> origin(String optionName) {
        if (!SETTINGS.contains(optionName)) {
            return Optional.empty();
        }
        String variable = environmentVariable(optionName);
        if (nonBlank(environment.get(variable)).isPresent()) {
            return Optional.of("environment variable " + variable);
        }
        if (!optionName.equals(CONFIG) && readValues().containsKey(key(optionName))) {
            return Optional.of("config file " + file.orElseThrow() + ", key " + key(optionName));
        }
        return Optional.empty();
    }

    /**
     * The value of a setting the command line did not give, as it came from the environment or the config file; empty
     * when the built-in default applies.
     */
    Optional<String> outsideValue(String optionName) {
        if (!SETTINGS.contains(optionName)) {
            return Optional.empty();
        }
        Optional<String> value = nonBlank(environment.get(environmentVariable(optionName)));
        if (value.isEmpty() && !optionName.equals(CONFIG)) {
            value = Optional.ofNullable(readValues().get(key(optionName)));
        }
        return value;
    }

    /** The config file's settings if it could be read, else none (its failure was reported when parsing). */
    private Map<String, String> readValues() {
        try {
            return fileValues();
        } catch (ConfigurationException e) {
            return Map.of();
        }
    }

    /**
     * The config file's settings, read once and checked: every key must name a setting, once.
     *
     * @throws ConfigurationException when the file is missing, unreadable or names something that is not a setting
     */
    private Map<String, String> fileValues() {
        if (fileFailure != null) {
            throw fileFailure;
        }
        if (fileValues == null) {
            try {
                fileValues = file.map(this::read).orElse(Map.of());
            } catch (ConfigurationException e) {
                fileFailure = e;
                throw e;
            }
        }
        return fileValues;
    }

    private Map<String, String> read(Path path) {
        String named = "the config file " + path + " (from " + fileNamedBy + ")";
        Set<String> repeated = new TreeSet<>();
        Properties properties = new Properties() {
            private static final long serialVersionUID = 1L;

            @Override
            public synchronized Object put(Object key, Object value) {
                if (containsKey(key)) {
                    repeated.add(String.valueOf(key));
                }
                return super.put(key, value);
            }
        };
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (NoSuchFileException e) {
            throw failure(named + " does not exist");
        } catch (AccessDeniedException e) {
            throw failure(named + " cannot be read: permission denied");
        } catch (CharacterCodingException e) {
            throw failure(named + " cannot be read: it is not UTF-8 text");
        } catch (IOException e) {
            throw failure(named + " cannot be read: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        } catch (IllegalArgumentException e) {
            throw failure(named + " is not a Java properties file: " + e.getMessage());
        }
        Set<String> unknown = new TreeSet<>();
        Map<String, String> values = new LinkedHashMap<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.equals(key(CONFIG))) {
                throw failure(named + ": the key 'config' cannot be set in a config file (one file, named by --config or "
                        + environmentVariable(CONFIG) + ")");
            }
            if (!SETTINGS.contains("--" + key)) {
                unknown.add(key);
            }
            nonBlank(properties.getProperty(key)).ifPresent(value -> values.put(key, value.strip()));
        }
        if (!unknown.isEmpty()) {
            throw failure(named + ": " + (unknown.size() == 1 ? "the key " : "the keys ") + quoted(unknown)
                    + (unknown.size() == 1 ? " is not a setting" : " are not settings") + "; the settings are "
                    + String.join(", ", SETTINGS.stream().filter(s -> !s.equals(CONFIG)).map(ConfigDefaults::key).toList()));
        }
        if (!repeated.isEmpty()) {
            throw failure(named + ": " + (repeated.size() == 1 ? "the key " : "the keys ") + quoted(repeated)
                    + " must be given only once");
        }
        return Map.copyOf(values);
    }

    private ConfigurationException failure(String message) {
        return new ConfigurationException(commandLine, message);
    }

    private static String quoted(Set<String> keys) {
        return String.join(", ", keys.stream().map(k -> "'" + k + "'").toList());
    }

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    /** The value of {@code --config FILE} or {@code --config=FILE} in {@code args}, up to a {@code --}. */
    static Optional<String> configFlag(String... args) {
        Optional<String> found = Optional.empty();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--")) {
                break;
            }
            if (arg.equals(CONFIG) && i + 1 < args.length) {
                found = Optional.of(args[++i]);
            } else if (arg.startsWith(CONFIG + "=")) {
                found = Optional.of(arg.substring(CONFIG.length() + 1));
            }
        }
        return found;
    }

    /** A config file that cannot be used: bad usage (exit 2), reported without the usage help. */
    static final class ConfigurationException extends CommandLine.ParameterException {
        private static final long serialVersionUID = 1L;

        ConfigurationException(CommandLine commandLine, String message) {
            super(commandLine, message);
        }
    }
}
