package org.supportplan.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.supportplan.adapter.cli.CliRuntime.ServeSettings;

import picocli.CommandLine;

/**
 * Layered configuration (ADR 0022) through the real command line: a flag beats its environment variable, which beats
 * the config file, which beats the built-in default. The runtime records the settings {@code serve} was given instead
 * of starting a server.
 */
class ConfigurationTest {

    private static final String NOT_STARTED = "recorded, not started";
    private static final List<String> DEV_TOKENS = List.of("--dev-tokens", "tokens.json");
    private static final List<String> JWT = List.of("--jwt-issuer", "https://id.example.org/realm", "--jwt-audience", "supportplan",
            "--jwt-jwks", "keys.json");

    @TempDir
    Path dir;

    private final List<ServeSettings> served = new ArrayList<>();

    /** A runtime whose serve records its settings and then fails, so the command returns instead of serving. */
    private CliRuntime recordingRuntime() {
        return (CliRuntime) Proxy.newProxyInstance(CliRuntime.class.getClassLoader(), new Class<?>[] {CliRuntime.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("serve")) {
                        served.add((ServeSettings) args[0]);
                        throw new IllegalStateException(NOT_STARTED);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private Cli.Result run(Map<String, String> environment, List<String> args) {
        return Cli.run(recordingRuntime(), environment, args.toArray(String[]::new));
    }

    /** Runs {@code supportplan <args>}, which must reach the runtime's serve, and returns the settings it was given. */
    private ServeSettings serve(Map<String, String> environment, List<String> args) {
        Cli.Result result = run(environment, args);
        assertThat(result.err()).as("exit %d", result.code()).contains(NOT_STARTED);
        assertThat(served).hasSize(1);
        return served.remove(0);
    }

    private Path configFile(String... lines) throws IOException {
        return Files.writeString(Files.createTempFile(dir, "supportplan", ".properties"), String.join("\n", lines) + "\n");
    }

    private static List<String> args(List<String> first, String... more) {
        List<String> all = new ArrayList<>(first);
        all.addAll(List.of(more));
        return all;
    }

    /**
     * One setting, with a distinct value for each layer and what the settings must then hold.
     *
     * @param option the flag
     * @param flag the flag's value, env its environment variable's, file its config file value
     * @param read reads the setting from what serve was given
     */
    record Layered(String option, String flag, String env, String file, Function<ServeSettings, Object> read,
                   Object flagValue, Object envValue, Object fileValue, Object defaultValue) {
        @Override
        public String toString() {
            return option;
        }
    }

    static Stream<Layered> layeredSettings() {
        return Stream.of(
                new Layered("--port", "9001", "9002", "9003", ServeSettings::port, 9001, 9002, 9003, 8080),
                new Layered("--host", "10.0.0.1", "10.0.0.2", "10.0.0.3", ServeSettings::host,
                        "10.0.0.1", "10.0.0.2", "10.0.0.3", "127.0.0.1"),
                new Layered("--store", "jdbc:sqlite:flag.db", "jdbc:sqlite:env.db", "jdbc:sqlite:file.db", ServeSettings::storeUrl,
                        "jdbc:sqlite:flag.db", "jdbc:sqlite:env.db", "jdbc:sqlite:file.db", StoreOption.DEFAULT_STORE),
                new Layered("--profiles", "flag-profiles", "env-profiles", "file-profiles", ServeSettings::profiles,
                        Optional.of(Path.of("flag-profiles")), Optional.of(Path.of("env-profiles")),
                        Optional.of(Path.of("file-profiles")), Optional.empty()),
                new Layered("--dev-tokens", "flag-tokens.json", "env-tokens.json", "file-tokens.json", ServeSettings::devTokens,
                        Optional.of(Path.of("flag-tokens.json")), Optional.of(Path.of("env-tokens.json")),
                        Optional.of(Path.of("file-tokens.json")), Optional.empty()),
                new Layered("--max-body-bytes", "1000", "2000", "3000", ServeSettings::maxBodyBytes, 1000L, 2000L, 3000L, 1_048_576L),
                new Layered("--max-upload-bytes", "4000", "5000", "6000", ServeSettings::maxUploadBytes,
                        4000L, 5000L, 6000L, 16_777_216L),
                new Layered("--idempotency-retention", "1h", "PT2H", "3h", ServeSettings::idempotencyRetention,
                        Duration.ofHours(1), Duration.ofHours(2), Duration.ofHours(3), Duration.ofHours(24)),
                new Layered("--idempotency-max-keys", "10", "20", "30", ServeSettings::idempotencyMaxKeys, 10, 20, 30, 10_000),
                new Layered("--shutdown-timeout", "5s", "PT10S", "15s", ServeSettings::shutdownTimeout,
                        Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(15), Duration.ofSeconds(30)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layeredSettings")
    void aFlagBeatsTheEnvironmentWhichBeatsTheConfigFileWhichBeatsTheDefault(Layered setting) throws IOException {
        String variable = ConfigDefaults.environmentVariable(setting.option());
        String key = ConfigDefaults.key(setting.option());
        // The other authentication setting, so that serve accepts the settings whichever one is under test.
        List<String> base = List.of("serve");
        base = args(base, setting.option().equals("--dev-tokens") ? JWT.toArray(String[]::new) : DEV_TOKENS.toArray(String[]::new));
        Path withKey = configFile("# a comment", key + "=" + setting.file());
        Path withoutKey = configFile("actor=CM-0042");
        Map<String, String> otherVariable = Map.of("SUPPORTPLAN_ACTOR", "CM-0042");

        ServeSettings byDefault = serve(otherVariable, args(base, "--config", withoutKey.toString()));
        ServeSettings byFile = serve(otherVariable, args(base, "--config", withKey.toString()));
        ServeSettings byEnvironment = serve(Map.of(variable, setting.env()), args(base, "--config", withKey.toString()));
        ServeSettings byFlag = serve(Map.of(variable, setting.env()),
                args(base, "--config", withKey.toString(), setting.option(), setting.flag()));

        assertThat(setting.read().apply(byDefault)).as("default").isEqualTo(setting.defaultValue());
        assertThat(setting.read().apply(byFile)).as("config file over default").isEqualTo(setting.fileValue());
        assertThat(setting.read().apply(byEnvironment)).as("environment over config file").isEqualTo(setting.envValue());
        assertThat(setting.read().apply(byFlag)).as("flag over environment").isEqualTo(setting.flagValue());
    }

    @Test
    void theIdentityProviderCanComeWhollyFromTheEnvironmentOrTheConfigFile() throws IOException {
        Map<String, String> environment = Map.of("SUPPORTPLAN_JWT_ISSUER", "https://env.example.org/realm",
                "SUPPORTPLAN_JWT_AUDIENCE", "env-audience", "SUPPORTPLAN_JWT_JWKS", "https://env.example.org/jwks");
        Path file = configFile("jwt-issuer=https://file.example.org/realm", "jwt-audience=file-audience",
                "jwt-jwks=https://file.example.org/jwks");

        ServeSettings fromEnvironment = serve(environment, List.of("serve"));
        ServeSettings fromFile = serve(Map.of(), List.of("serve", "--config", file.toString()));
        ServeSettings mixed = serve(Map.of("SUPPORTPLAN_JWT_AUDIENCE", "env-audience"),
                List.of("serve", "--config", file.toString(), "--jwt-issuer", "https://flag.example.org/realm"));

        assertThat(fromEnvironment.jwt()).contains(new CliRuntime.JwtIssuer("https://env.example.org/realm", "env-audience",
                "https://env.example.org/jwks"));
        assertThat(fromFile.jwt()).contains(new CliRuntime.JwtIssuer("https://file.example.org/realm", "file-audience",
                "https://file.example.org/jwks"));
        assertThat(mixed.jwt()).contains(new CliRuntime.JwtIssuer("https://flag.example.org/realm", "env-audience",
                "https://file.example.org/jwks"));
        assertThat(fromEnvironment.devTokens()).isEmpty();
    }

    @Test
    void theConfigFileIsNamedByTheFlagInEitherFormAnywhereOrByTheEnvironment() throws IOException {
        Path flagged = configFile("port=9101", "dev-tokens=tokens.json");
        Path inEnvironment = configFile("port=9102", "dev-tokens=tokens.json");
        Map<String, String> environment = Map.of("SUPPORTPLAN_CONFIG", inEnvironment.toString());

        assertThat(serve(Map.of(), List.of("serve", "--config", flagged.toString())).port()).isEqualTo(9101);
        assertThat(serve(Map.of(), List.of("serve", "--config=" + flagged)).port()).isEqualTo(9101);
        assertThat(serve(Map.of(), List.of("--config", flagged.toString(), "serve")).port()).isEqualTo(9101);
        assertThat(serve(environment, List.of("serve")).port()).isEqualTo(9102);
        assertThat(serve(environment, List.of("serve", "--config", flagged.toString())).port()).as("the flag wins").isEqualTo(9101);
    }

    @Test
    void aFlagWinsEvenOverAnEnvironmentVariableThatIsNotAValue() {
        ServeSettings settings = serve(Map.of("SUPPORTPLAN_PORT", "eighty"), List.of("serve", "--dev-tokens", "tokens.json", "--port", "9000"));

        assertThat(settings.port()).isEqualTo(9000);
    }

    @Test
    void aBlankEnvironmentVariableCountsAsNotGiven() throws IOException {
        Path file = configFile("port=9003", "dev-tokens=tokens.json");

        assertThat(serve(Map.of("SUPPORTPLAN_PORT", " "), List.of("serve", "--config", file.toString())).port()).isEqualTo(9003);
    }

    @Test
    void valuesFromOutsideAreTakenLiterallyDollarsAndAll() throws IOException {
        String url = "jdbc:postgresql://db.example.org/supportplan?user=sp&password=pa$$w${sys:user.home}$";
        Path file = configFile("dev-tokens=tokens.json", "profiles=profiles-${env:HOME}");

        ServeSettings settings = serve(Map.of("SUPPORTPLAN_STORE", url), List.of("serve", "--config", file.toString()));

        assertThat(settings.storeUrl()).isEqualTo(url);
        assertThat(settings.profiles()).contains(Path.of("profiles-${env:HOME}"));
    }

    @Test
    void theExampleConfigFileIsValidAndSaysWhatTheDefaultsAre() {
        ServeSettings settings = serve(Map.of(), List.of("serve", "--config", Path.of("..", "examples", "supportplan.properties").toString()));

        assertThat(settings.host()).isEqualTo("127.0.0.1");
        assertThat(settings.port()).isEqualTo(8080);
        assertThat(settings.storeUrl()).isEqualTo(StoreOption.DEFAULT_STORE);
        assertThat(settings.devTokens()).contains(Path.of("examples", "dev-tokens.json"));
        assertThat(settings.jwt()).isEmpty();
        assertThat(settings.maxBodyBytes()).isEqualTo(ServeSettings.DEFAULT_MAX_BODY_BYTES);
        assertThat(settings.maxUploadBytes()).isEqualTo(ServeSettings.DEFAULT_MAX_UPLOAD_BYTES);
        assertThat(settings.idempotencyRetention()).isEqualTo(ServeSettings.DEFAULT_IDEMPOTENCY_RETENTION);
        assertThat(settings.idempotencyMaxKeys()).isEqualTo(ServeSettings.DEFAULT_IDEMPOTENCY_MAX_KEYS);
        assertThat(settings.shutdownTimeout()).isEqualTo(ServeSettings.DEFAULT_SHUTDOWN_TIMEOUT);
    }

    @Test
    void otherCommandsUseTheStoreFromTheConfigFileAndTheEnvironment() throws IOException {
        Path fromFile = dir.resolve("from-file.db");
        Path fromEnvironment = dir.resolve("from-env.db");
        Path file = configFile("store=jdbc:sqlite:" + fromFile);

        Cli.Result info = Cli.run(Map.of(), "db", "info", "--config", file.toString());
        assertThat(info.code()).as(info.err()).isZero();
        assertThat(info.out()).contains("from-file.db");
        assertThat(fromFile).exists();

        Cli.Result created = Cli.run(Map.of("SUPPORTPLAN_STORE", "jdbc:sqlite:" + fromEnvironment, "SUPPORTPLAN_CONFIG", file.toString()),
                "plan", "create", "--file", Path.of("..", "examples", "plans", "derbyshire-agreeable.json").toString());
        assertThat(created.code()).as(created.err()).isZero();
        Cli.Result shown = Cli.run(Map.of(), "plan", "show", created.out().strip(), "--store", "jdbc:sqlite:" + fromEnvironment);
        assertThat(shown.code()).as(shown.err()).isZero();
    }

    // --- errors: exit 2, naming the file, key or flag, never a secret ---

    @Test
    void aMissingConfigFileIsBadUsageNamingItAndWhoNamedIt() {
        Path missing = dir.resolve("nope.properties");

        Cli.Result flagged = run(Map.of(), args(List.of("serve", "--config", missing.toString()), DEV_TOKENS.toArray(String[]::new)));
        Cli.Result fromEnvironment = run(Map.of("SUPPORTPLAN_CONFIG", missing.toString()), List.of("council", "list"));

        assertThat(flagged.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(flagged.err()).contains("the config file " + missing + " (from --config) does not exist").doesNotContain("Usage:");
        assertThat(fromEnvironment.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(fromEnvironment.err()).contains("(from SUPPORTPLAN_CONFIG) does not exist");
        assertThat(served).isEmpty();
    }

    @Test
    void aConfigFileNamedWhereTheScanBeforeParsingCannotSeeItIsRefusedNotIgnored() throws IOException {
        Path file = configFile("port=9105", "dev-tokens=tokens.json");
        Path arguments = Files.writeString(dir.resolve("arguments.txt"), "--config " + file + "\n");

        Cli.Result result = run(Map.of(), List.of("serve", "@" + arguments));

        assertThat(result.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(result.err()).contains("give --config FILE once, on the command line itself");
        assertThat(served).isEmpty();
    }

    @Test
    void aConfigFileThatIsNotAFileIsBadUsage() {
        Cli.Result result = run(Map.of(), List.of("serve", "--config", dir.toString()));

        assertThat(result.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(result.err()).contains("the config file " + dir + " (from --config) cannot be read");
    }

    @Test
    void aKeyThatIsNotASettingIsBadUsageNamingFileAndKeyButNotItsValue() throws IOException {
        Path typo = configFile("prot=8080", "dev-tokens=tokens.json", "jwt-isuer=hunter2-secret-issuer");
        Path notASetting = configFile("within=30d");

        Cli.Result result = run(Map.of(), List.of("serve", "--config", typo.toString()));
        Cli.Result other = run(Map.of(), List.of("council", "list", "--config", notASetting.toString()));

        assertThat(result.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(result.err()).contains(typo.toString()).contains("the keys 'jwt-isuer', 'prot' are not settings")
                .contains("the settings are host, port, store").doesNotContain("hunter2");
        assertThat(other.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(other.err()).contains(notASetting.toString()).contains("the key 'within' is not a setting");
        assertThat(served).isEmpty();
    }

    @Test
    void aKeyGivenTwiceOrAConfigFileNamingAnotherIsBadUsage() throws IOException {
        Path twice = configFile("port=8080", "dev-tokens=tokens.json", "port=8081");
        Path nested = configFile("config=other.properties");

        Cli.Result repeated = run(Map.of(), List.of("serve", "--config", twice.toString()));
        Cli.Result chained = run(Map.of(), List.of("serve", "--config", nested.toString()));

        assertThat(repeated.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(repeated.err()).contains(twice.toString()).contains("the key 'port' must be given only once");
        assertThat(chained.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(chained.err()).contains("the key 'config' cannot be set in a config file");
    }

    @Test
    void aBadValueIsBadUsageNamingTheFlagAndWhereTheValueCameFrom() throws IOException {
        Path file = configFile("port=eighty", "dev-tokens=tokens.json");

        Cli.Result fromFile = run(Map.of(), List.of("serve", "--config", file.toString()));
        Cli.Result fromEnvironment = run(Map.of("SUPPORTPLAN_MAX_BODY_BYTES", "0"), args(List.of("serve"), DEV_TOKENS.toArray(String[]::new)));
        Cli.Result durationFromEnvironment = run(Map.of("SUPPORTPLAN_SHUTDOWN_TIMEOUT", "soon"),
                args(List.of("serve"), DEV_TOKENS.toArray(String[]::new)));

        assertThat(fromFile.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(fromFile.err()).contains("Invalid value for option '--port': 'eighty' is not an int (from config file "
                + file + ", key port)");
        assertThat(fromEnvironment.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(fromEnvironment.err()).contains("--max-body-bytes must be between 1 and 2147483646 (was 0) "
                + "(from environment variable SUPPORTPLAN_MAX_BODY_BYTES)");
        assertThat(durationFromEnvironment.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(durationFromEnvironment.err()).contains("'--shutdown-timeout': 'soon' is not a duration")
                .contains("(from environment variable SUPPORTPLAN_SHUTDOWN_TIMEOUT)");
        assertThat(served).isEmpty();
    }

    @Test
    void eachNewSettingRefusesAValueOutOfRangeNamingItsFlag() {
        Map<List<String>, String> refusals = new java.util.LinkedHashMap<>();
        refusals.put(List.of("--max-body-bytes", "2147483647"), "--max-body-bytes must be between 1 and 2147483646 (was 2147483647)");
        refusals.put(List.of("--max-upload-bytes", "-1"), "--max-upload-bytes must be between 1 and 2147483646 (was -1)");
        refusals.put(List.of("--max-upload-bytes", "16MiB"), "Invalid value for option '--max-upload-bytes': '16MiB' is not a long");
        refusals.put(List.of("--idempotency-retention", "0s"), "--idempotency-retention must be longer than zero (was PT0S)");
        refusals.put(List.of("--idempotency-retention", "24x"), "'24x' is not a duration");
        refusals.put(List.of("--idempotency-max-keys", "0"), "--idempotency-max-keys must be at least 1 (was 0)");
        refusals.put(List.of("--shutdown-timeout", "PT-5S"), "--shutdown-timeout must not be negative (was PT-5S)");
        refusals.put(List.of("--port", "70000"), "--port must be between 0 and 65535 (was 70000)");

        refusals.forEach((flag, message) -> {
            Cli.Result result = run(Map.of(), args(args(List.of("serve"), DEV_TOKENS.toArray(String[]::new)), flag.toArray(String[]::new)));
            assertThat(result.code()).as(String.join(" ", flag)).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(result.err()).as(String.join(" ", flag)).contains(message).doesNotContain("environment variable");
        });
        assertThat(served).isEmpty();
    }

    @Test
    void authenticationSettingsAreNeverPrintedInErrors() throws IOException {
        Path file = configFile("jwt-issuer=https://secret-issuer.example.org/realm", "jwt-jwks=https://secret-keys.example.org/jwks");

        Cli.Result partial = run(Map.of(), List.of("serve", "--config", file.toString()));

        assertThat(partial.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(partial.err()).contains("give all of --jwt-issuer, --jwt-audience and --jwt-jwks, or none")
                .contains("(--jwt-issuer from config file " + file + ", key jwt-issuer; --jwt-jwks from config file " + file
                        + ", key jwt-jwks)")
                .doesNotContain("secret");
    }

    // --- help ---

    @Test
    void serveHelpNamesEachSettingsEnvironmentVariableAndConfigKeyButNoValue() {
        Cli.Result help = run(Map.of("SUPPORTPLAN_JWT_ISSUER", "https://secret-issuer.example.org", "SUPPORTPLAN_PORT", "9999"),
                List.of("serve", "--help"));

        assertThat(help.code()).isZero();
        String text = help.out().replaceAll("\\s+", " ");
        CommandLine.Model.CommandSpec serve = SupportplanCommand.commandLine(recordingRuntime(), Map.of())
                .getSubcommands().get("serve").getCommandSpec();
        List<String> settings = serve.options().stream().map(CommandLine.Model.OptionSpec::longestName)
                .filter(name -> !name.equals("--help") && !name.equals("--version")).toList();
        assertThat(settings).as("every serve option but help and version is a setting")
                .allMatch(ConfigDefaults.SETTINGS::contains)
                .contains("--config", "--host", "--port", "--store", "--profiles", "--dev-tokens", "--jwt-issuer", "--jwt-audience",
                        "--jwt-jwks", "--max-body-bytes", "--max-upload-bytes", "--idempotency-retention", "--idempotency-max-keys",
                        "--shutdown-timeout");
        for (String setting : settings) {
            assertThat(text).as(setting).contains(setting).contains("Env " + ConfigDefaults.environmentVariable(setting));
            if (!setting.equals("--config")) {
                assertThat(text).as(setting).contains("config key " + ConfigDefaults.key(setting) + ".");
            }
        }
        assertThat(text).contains("Env SUPPORTPLAN_MAX_BODY_BYTES").contains("Env SUPPORTPLAN_DEV_TOKENS")
                .contains("(default 8080)").doesNotContain("9999").doesNotContain("secret-issuer");
    }

    @Test
    void environmentVariablesAreNamedAfterTheOptionsAsBefore() {
        Map<String, String> names = new HashMap<>();
        for (String option : List.of("--store", "--profiles", "--actor", "--dev-tokens", "--jwt-issuer", "--jwt-audience", "--jwt-jwks",
                "--port", "--config", "--idempotency-max-keys")) {
            names.put(option, ConfigDefaults.environmentVariable(option));
        }

        assertThat(names).containsEntry("--store", "SUPPORTPLAN_STORE").containsEntry("--profiles", "SUPPORTPLAN_PROFILES")
                .containsEntry("--actor", "SUPPORTPLAN_ACTOR").containsEntry("--dev-tokens", "SUPPORTPLAN_DEV_TOKENS")
                .containsEntry("--jwt-issuer", "SUPPORTPLAN_JWT_ISSUER").containsEntry("--jwt-audience", "SUPPORTPLAN_JWT_AUDIENCE")
                .containsEntry("--jwt-jwks", "SUPPORTPLAN_JWT_JWKS").containsEntry("--port", "SUPPORTPLAN_PORT")
                .containsEntry("--config", "SUPPORTPLAN_CONFIG").containsEntry("--idempotency-max-keys", "SUPPORTPLAN_IDEMPOTENCY_MAX_KEYS");
    }

    @Test
    void optionsThatAreNotSettingsNeverComeFromTheEnvironment() throws IOException {
        Cli.Result result = Cli.run(Map.of("SUPPORTPLAN_FILE", Path.of("..", "examples", "plans", "derbyshire-agreeable.json").toString(),
                "SUPPORTPLAN_STORE", "memory:"), "plan", "create");

        assertThat(result.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(result.err()).contains("--file");
    }

    @Test
    void theReadmeConfigurationTableHasARowForEverySetting() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        int start = readme.indexOf("\n## Configuration\n");
        assertThat(start).as("a Configuration section").isPositive();
        int end = readme.indexOf("\n## ", start + 1);
        String section = readme.substring(start, end < 0 ? readme.length() : end);

        for (String setting : ConfigDefaults.SETTINGS) {
            String variable = ConfigDefaults.environmentVariable(setting);
            assertThat(section.lines().filter(line -> line.startsWith("|") && line.contains("`" + setting + "`")
                    && line.contains("`" + variable + "`")))
                    .as(setting).hasSize(1);
            if (!setting.equals(ConfigDefaults.CONFIG)) {
                assertThat(section).as(setting).contains("| `" + ConfigDefaults.key(setting) + "` |");
            }
        }
        int example = section.indexOf("```properties\n");
        assertThat(example).as("an example config file").isPositive();
        Path file = Files.writeString(dir.resolve("readme.properties"),
                section.substring(example + "```properties\n".length(), section.indexOf("```", example + 3)));
        ServeSettings settings = serve(Map.of(), List.of("serve", "--config", file.toString()));
        assertThat(settings.jwt()).isPresent();
        assertThat(settings.storeUrl()).startsWith("jdbc:postgresql:");
        assertThat(settings.shutdownTimeout()).isEqualTo(Duration.ofSeconds(20));
    }
}
