package org.supportplan.adapter.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Function;

/** Opens the file a command names ({@code -} is standard input) and turns every failure into bad input naming it. */
final class InputFiles {

    private InputFiles() {
    }

    static <T> T read(String file, Function<InputStream, T> reader) {
        try (InputStream in = "-".equals(file) ? System.in : Files.newInputStream(Path.of(file))) {
            return reader.apply(in);
        } catch (NoSuchFileException e) {
            throw new BadInputException("cannot read " + file + ": no such file");
        } catch (IOException | UncheckedIOException | java.nio.file.InvalidPathException e) {
            throw new BadInputException("cannot read " + file + ": " + e.getMessage());
        } catch (PlanFileException e) {
            throw new PlanFileException(file + ": " + e.getMessage(), e.violations());
        }
    }
}
