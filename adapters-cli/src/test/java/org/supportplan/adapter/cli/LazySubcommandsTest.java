package org.supportplan.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;
import org.supportplan.adapter.cli.boot.BootRuntime;

import picocli.CommandLine;

/**
 * A run builds only the subcommand its arguments name (a short command's start-up is mostly picocli building models),
 * and answers exactly as the command line with every subcommand does.
 */
class LazySubcommandsTest {

    private static CommandLine all() {
        return SupportplanCommand.commandLine(new BootRuntime(), java.util.Map.of());
    }

    private static CommandLine forArgs(String... args) {
        return SupportplanCommand.commandLine(new BootRuntime(), java.util.Map.of(), args);
    }

    @Test
    void buildsOnlyWhatTheArgumentsName() {
        assertThat(forArgs("--version").getSubcommands()).isEmpty();
        assertThat(forArgs("-V").getSubcommands()).isEmpty();
        assertThat(forArgs("plan", "check", "x.json").getSubcommands()).containsOnlyKeys("plan");
        assertThat(forArgs("plan").getSubcommands().get("plan").getSubcommands()).containsKeys("create", "check", "budget");
        assertThat(forArgs("audit", "x.csv").getSubcommands()).containsOnlyKeys("audit");
        assertThat(forArgs("serve", "--port", "0").getSubcommands()).containsOnlyKeys("serve");
    }

    @Test
    void helpAndAnythingUnknownGetEverySubcommandInOrder() {
        var names = all().getSubcommands().keySet();
        assertThat(names).containsExactly("serve", "plan", "council", "review", "account", "audit", "audit-trail", "db", "export",
                "import", "help");
        for (String[] args : new String[][] {{}, {"--help"}, {"help"}, {"help", "plan"}, {"nonsense"}, {"--version", "plan"}}) {
            assertThat(forArgs(args).getSubcommands().keySet()).as(String.join(" ", args)).containsExactlyElementsOf(names);
        }
    }

    @Test
    void answersAsTheWholeCommandLineDoes() {
        for (String[] args : new String[][] {{"--version"}, {"--help"}, {"help", "plan"}, {"plan", "--help"}, {"nonsense"},
                {"plan", "check"}, {}}) {
            assertThat(run(forArgs(args), args)).as(String.join(" ", args)).isEqualTo(run(all(), args));
        }
    }

    private static String run(CommandLine cli, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return code + "\n" + out + "\n" + err;
    }
}
