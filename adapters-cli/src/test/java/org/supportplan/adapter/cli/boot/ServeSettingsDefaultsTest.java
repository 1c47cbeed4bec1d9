package org.supportplan.adapter.cli.boot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.supportplan.adapter.cli.CliRuntime.ServeSettings;
import org.supportplan.adapter.web.WebSettings;

/** The command line may not name the web adapter, so it keeps its own defaults: they must be the web adapter's. */
class ServeSettingsDefaultsTest {

    @Test
    void theServeDefaultsAreTheWebAdaptersDefaults() {
        WebSettings web = WebSettings.defaults();

        assertThat(ServeSettings.DEFAULT_MAX_BODY_BYTES).isEqualTo(web.maxJsonBytes()).isEqualTo(1024 * 1024);
        assertThat(ServeSettings.DEFAULT_MAX_UPLOAD_BYTES).isEqualTo(web.maxUploadBytes()).isEqualTo(16 * 1024 * 1024);
        assertThat(ServeSettings.DEFAULT_IDEMPOTENCY_RETENTION).isEqualTo(web.idempotencyRetention());
        assertThat(ServeSettings.DEFAULT_IDEMPOTENCY_MAX_KEYS).isEqualTo(web.idempotencyMaxKeys());
        assertThat(ServeSettings.DEFAULT_SHUTDOWN_TIMEOUT).isEqualTo(web.stopTimeout());
        // The web adapter's largest limit: one byte is read past it to tell a body that is too large.
        assertThat(web.withMaxJsonBytes(ServeSettings.MAX_BYTES_LIMIT).maxJsonBytes()).isEqualTo(ServeSettings.MAX_BYTES_LIMIT);
    }

    @Test
    void theOldSixSettingsStillMakeServeSettingsWithTheDefaultsForTheRest() {
        ServeSettings settings = ServeSettings.withDevTokens("127.0.0.1", 0, "memory:", java.nio.file.Path.of("tokens.json"));

        assertThat(settings.maxBodyBytes()).isEqualTo(ServeSettings.DEFAULT_MAX_BODY_BYTES);
        assertThat(settings.shutdownTimeout()).isEqualTo(ServeSettings.DEFAULT_SHUTDOWN_TIMEOUT);
        assertThat(settings.idempotencyMaxKeys()).isEqualTo(ServeSettings.DEFAULT_IDEMPOTENCY_MAX_KEYS);
    }

    @Test
    void theConfiguredValuesReachTheWebAdapter() {
        ServeSettings configured = new ServeSettings("127.0.0.1", 0, "memory:", java.util.Optional.empty(),
                java.util.Optional.of(java.nio.file.Path.of("tokens.json")), java.util.Optional.empty(), 2048, 4096,
                java.time.Duration.ofMinutes(90), 17, java.time.Duration.ofSeconds(5));

        WebSettings web = BootRuntime.webSettings(configured);

        assertThat(web.maxJsonBytes()).isEqualTo(2048);
        assertThat(web.maxUploadBytes()).isEqualTo(4096);
        assertThat(web.idempotencyRetention()).isEqualTo(java.time.Duration.ofMinutes(90));
        assertThat(web.idempotencyMaxKeys()).isEqualTo(17);
        assertThat(web.stopTimeout()).isEqualTo(java.time.Duration.ofSeconds(5));
    }
}
