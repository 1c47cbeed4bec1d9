package org.supportplan.adapter.persistence.jdbc;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;

class SqliteCrashSafetyTest extends CrashSafety {

    @TempDir
    Path folder;

    @Override
    protected String url() {
        return "jdbc:sqlite:" + folder.resolve("crash.db");
    }

    @Override
    protected int rounds() {
        return 15;
    }
}
