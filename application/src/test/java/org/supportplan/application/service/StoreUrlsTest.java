package org.supportplan.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StoreUrlsTest {

    @Test
    void hidesPasswordsInEitherPlace() {
        assertThat(StoreUrls.redact("jdbc:postgresql://db:5432/sp?user=app&password=s3cret&ssl=true"))
                .isEqualTo("jdbc:postgresql://db:5432/sp?user=app&password=***&ssl=true");
        assertThat(StoreUrls.redact("postgresql://app:s3cret@db/sp")).isEqualTo("postgresql://app:***@db/sp");
        assertThat(StoreUrls.redact("jdbc:sqlite:data/supportplan.db")).isEqualTo("jdbc:sqlite:data/supportplan.db");
    }
}
