package org.supportplan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.supportplan.domain.plan.SupportPlan;

/**
 * Compiles the program in {@code docs/embedding.md} against the domain's classes alone (no other
 * jar on its class path), runs it, and compares what it prints with the output the guide shows.
 */
class EmbeddingGuideTest {

    private static final Path GUIDE = Path.of("..", "docs", "embedding.md");

    @TempDir
    Path work;

    @Test
    void theGuidesProgramCompilesAgainstTheDomainAloneAndPrintsWhatTheGuideSays() throws Exception {
        String guide = Files.readString(GUIDE);
        String program = block(guide, "java");
        String expected = block(guide, "text");
        Path source = Files.writeString(work.resolve("CouncilSystem.java"), program);
        Path classes = Files.createDirectories(work.resolve("classes"));

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        boolean compiled = javac.getTask(diagnostics, null, null,
                List.of("--release", "17", "-classpath", domainClasses().toString(), "-d", classes.toString()),
                null, javac.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjects(source)).call();
        assertThat(compiled).as(diagnostics.toString()).isTrue();

        String printed = run(classes);

        assertThat(printed.strip().lines().toList()).isEqualTo(expected.strip().lines().toList());
    }

    /** The folder or jar the domain's classes were loaded from: the program may see nothing else of ours. */
    private static Path domainClasses() throws URISyntaxException {
        return Path.of(SupportPlan.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static String run(Path classes) throws Exception {
        // Parent: the domain's loader, so the program sees exactly the domain (and the JDK).
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, SupportPlan.class.getClassLoader())) {
            Method main = loader.loadClass("CouncilSystem").getMethod("main", String[].class);
            PrintStream original = System.out;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            try {
                main.invoke(null, (Object) new String[0]);
            } finally {
                System.setOut(original);
            }
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    private static String block(String markdown, String language) {
        Matcher m = Pattern.compile("```" + language + "\\R(.*?)```", Pattern.DOTALL).matcher(markdown);
        assertThat(m.find()).as("a ```%s block in %s", language, GUIDE).isTrue();
        String first = m.group(1);
        assertThat(m.find()).as("only one ```%s block in %s", language, GUIDE).isFalse();
        return first;
    }
}
