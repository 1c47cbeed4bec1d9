package org.supportplan.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.supportplan.adapter.persistence.contract.ContractFixtures;
import org.supportplan.application.port.out.Store;
import org.supportplan.application.service.Stores;
import org.supportplan.application.service.UnknownStoreException;
import org.supportplan.domain.plan.SupportPlan;
import org.supportplan.domain.testdata.PlanFixtures;

class StoreSelectionTest {

    @TempDir
    Path folder;

    @Test
    void memoryUrlsOpenTheMemoryStore() {
        try (Store store = Stores.open("memory:")) {
            assertThat(store.getClass().getPackageName()).isEqualTo("org.supportplan.adapter.persistence.memory");
            assertThat(store.description()).startsWith("memory");
        }
        try (Store named = Stores.open("memory:demo")) {
            assertThat(named.getClass().getPackageName()).isEqualTo("org.supportplan.adapter.persistence.memory");
        }
    }

    @Test
    void sqliteUrlsOpenTheJdbcStoreOnThatFile() {
        Path file = folder.resolve("plans.db");
        SupportPlan plan = PlanFixtures.aDraftPlan();
        try (Store store = Stores.open("jdbc:sqlite:" + file)) {
            assertThat(store.getClass().getPackageName()).isEqualTo("org.supportplan.adapter.persistence.jdbc");
            assertThat(store.description()).startsWith("sqlite ");
            store.plans().create(plan, ContractFixtures.created(plan));
        }
        assertThat(file).exists();
    }

    @Test
    void anUnknownSchemeIsRefusedNamingTheInstalledProviders() {
        assertThatThrownBy(() -> Stores.open("nosuch:x"))
                .isInstanceOf(UnknownStoreException.class)
                .hasMessageContaining("nosuch:x")
                .hasMessageContaining("memory")
                .hasMessageContaining("jdbc (sqlite, postgresql)");
    }
}
