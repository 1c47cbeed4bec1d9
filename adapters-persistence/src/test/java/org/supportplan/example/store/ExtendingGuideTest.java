package org.supportplan.example.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * docs/extending.md shows the example store's files whole; they must be exactly the files here, which
 * {@link ExampleStoreContractTest} proves against the contract suite after finding them through ServiceLoader.
 */
class ExtendingGuideTest {

    private static final Path GUIDE = Path.of("..", "docs", "extending.md");
    private static final Path SOURCES = Path.of("src", "test", "java", "org", "supportplan", "example", "store");
    private static final Path RESOURCES = Path.of("src", "test", "resources");

    @Test
    void theGuideShowsTheExampleStoresFilesExactly() throws IOException {
        Map<String, String> shown = new LinkedHashMap<>();
        Matcher files = Pattern.compile("<!-- file: (\\S+) -->\\R```[a-z]+\\R(.*?)```", Pattern.DOTALL)
                .matcher(Files.readString(GUIDE));
        while (files.find()) {
            shown.put(files.group(1), files.group(2));
        }

        assertThat(shown).containsOnlyKeys("ExampleStore.java", "ExampleRecords.java", "ExampleStoreProvider.java",
                "META-INF/services/org.supportplan.application.port.out.StoreProvider", "ExampleStoreContractTest.java");
        for (Map.Entry<String, String> file : shown.entrySet()) {
            Path source = file.getKey().endsWith(".java") ? SOURCES.resolve(file.getKey()) : RESOURCES.resolve(file.getKey());
            assertThat(file.getValue()).as("%s in the guide", file.getKey()).isEqualTo(Files.readString(source));
        }
    }
}
