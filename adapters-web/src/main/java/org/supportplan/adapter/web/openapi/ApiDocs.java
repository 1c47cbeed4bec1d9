package org.supportplan.adapter.web.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.function.BiConsumer;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Header;

/**
 * The public documentation routes: {@code GET /openapi.json} (the {@link OpenApiDocument}), {@code GET /docs}
 * (Swagger UI on it) and {@code GET /docs/{asset}} (Swagger UI's files, from the {@code org.webjars:swagger-ui} jar,
 * and this page's initializer). Only the files listed are served: the webjar's own index page would load its demo API.
 */
public final class ApiDocs {

    private static final String WEBJAR = "META-INF/resources/webjars/swagger-ui/";
    private static final Map<String, String> ASSETS = Map.of(
            "swagger-ui.css", "text/css",
            "index.css", "text/css",
            "swagger-ui-bundle.js", "text/javascript",
            "swagger-ui-standalone-preset.js", "text/javascript",
            "favicon-32x32.png", "image/png",
            "favicon-16x16.png", "image/png");

    private final String version = swaggerUiVersion();
    private final BiConsumer<Context, String> notFound;

    /** The routes, answering an unknown asset with {@code notFound} (the API's 404 problem). */
    public ApiDocs(BiConsumer<Context, String> notFound) {
        this.notFound = notFound;
    }

    /** Adds the routes. */
    public void install(RoutesConfig routes) {
        routes.get("/openapi.json", this::contract);
        routes.get("/docs", this::page);
        routes.get("/docs/{asset}", this::asset);
    }

    private void contract(Context ctx) {
        ctx.header(Header.CACHE_CONTROL, "no-cache").contentType("application/json").result(OpenApiDocument.get().json());
    }

    private void page(Context ctx) {
        ctx.header(Header.CACHE_CONTROL, "no-cache").contentType("text/html; charset=utf-8").result(resource("openapi/docs.html"));
    }

    private void asset(Context ctx) {
        String name = ctx.pathParam("asset");
        if (name.equals("initializer.js")) {
            ctx.header(Header.CACHE_CONTROL, "no-cache").contentType("text/javascript").result(resource("openapi/initializer.js"));
            return;
        }
        String type = ASSETS.get(name);
        if (type == null) {
            notFound.accept(ctx, "there is no such documentation file");
            return;
        }
        // Named by the webjar's version, so a new version is a new file: it can be cached for a day.
        ctx.header(Header.CACHE_CONTROL, "public, max-age=86400").contentType(type).result(resource(WEBJAR + version + "/" + name));
    }

    private static byte[] resource(String name) {
        try (InputStream in = ApiDocs.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    private static String swaggerUiVersion() {
        Properties pom = new Properties();
        try (InputStream in = ApiDocs.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("the swagger-ui webjar is not on the class path");
            }
            pom.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the swagger-ui webjar's version", e);
        }
        return pom.getProperty("version");
    }
}
