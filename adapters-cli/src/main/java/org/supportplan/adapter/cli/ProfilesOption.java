package org.supportplan.adapter.cli;

import java.nio.file.Path;
import java.util.Optional;

import picocli.CommandLine.Option;

/** The {@code --profiles} option shared by every command that uses council profiles. */
public final class ProfilesOption {

    @Option(names = "--profiles", paramLabel = "DIR",
            description = "A folder of council profile files (*.json, *.yaml) used beside the shipped ones; a file with a "
                    + "shipped id replaces it (default: the shipped profiles only). Env SUPPORTPLAN_PROFILES, config key profiles.")
    String directory;

    /** The chosen folder, if any. */
    public Optional<Path> directory() {
        return directory == null || directory.isBlank() ? Optional.empty() : Optional.of(Path.of(directory));
    }
}
