package io.tandem.ui;

import static org.junit.jupiter.api.Assertions.*;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import io.tandem.service.FakeClusterService;
import io.tandem.service.H2UserDirectory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every route Vaadin knows (read from the running webapp's route registry, not from a list kept here)
 * and every other endpoint refuses an anonymous request; only the login page and its static assets load.
 */
class AnonymousAccessIT {

    @Test
    void anonymousRequestsAreRefused() throws Exception {
        H2UserDirectory users = new H2UserDirectory(Files.createTempDirectory("tandem-anon"));
        try (DashboardServer server = new DashboardServer(new FakeClusterService(InstantSource.system(), "node1"), users,
                InstantSource.system())) {
            ApplicationRouteRegistry registry = ApplicationRouteRegistry.getInstance(
                    new VaadinServletContext(server.webapp().getServletContext()));
            List<String> routes = RouteConfiguration.forRegistry(registry).getAvailableRoutes().stream()
                    .map(RouteData::getTemplate).sorted().toList();
            assertEquals(List.of("", "audit", "configuration", "history", "login"), routes);

            HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
            List<String> paths = new ArrayList<>();
            routes.stream().filter(r -> !r.equals("login")).forEach(paths::add);
            paths.add("no-such-page");
            for (String path : paths) {
                HttpResponse<String> get = http.send(HttpRequest.newBuilder(URI.create(server.url() + path)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(302, get.statusCode(), "GET /" + path);
                assertTrue(get.headers().firstValue("Location").orElse("").endsWith("/login"), "GET /" + path);
                assertFalse(get.body().contains("httpd"), "GET /" + path);
                HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create(server.url() + path))
                        .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(401, post.statusCode(), "POST /" + path);
            }

            // The HTTP API answers for itself: without the node's token, 401 on every method.
            for (String path : List.of("metrics", "api/v1/cib", "api/v1/node", "api/v1/attributes", "api/status")) {
                for (String method : List.of("GET", "POST", "DELETE")) {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.url() + path))
                            .method(method, HttpRequest.BodyPublishers.ofString("{}")).build(),
                            HttpResponse.BodyHandlers.ofString());
                    assertEquals(401, r.statusCode(), method + " /" + path);
                    assertFalse(r.body().contains("httpd") || r.body().contains("<cib"), method + " /" + path);
                }
            }

            assertEquals(404, http.send(HttpRequest.newBuilder(URI.create(server.url() + "WEB-INF/web.xml")).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode(), "the container hides WEB-INF");

            // The login page itself carries no cluster data.
            HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(server.url() + "login")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, login.statusCode());
            assertFalse(login.body().contains("httpd") || login.body().contains("node2"));

            // Vaadin's own protocol without a session: no UI, no data.
            HttpResponse<String> uidl = http.send(HttpRequest.newBuilder(URI.create(server.url() + "?v-r=uidl&v-uiId=0"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"csrfToken\":\"x\",\"rpc\":[],\"syncId\":0,\"clientId\":0}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertFalse(uidl.body().contains("httpd"), uidl.body());
            assertTrue(uidl.statusCode() >= 400 || uidl.body().contains("sessionExpired") || uidl.body().contains("\"appError\""), uidl.statusCode() + " " + uidl.body());

            // In a browser, each route lands on the login form.
            try (Browser browser = new Browser()) {
                var page = browser.chromium.newPage();
                for (String route : routes) {
                    page.navigate(server.url() + route);
                    page.waitForSelector("vaadin-login-form");
                    assertTrue(page.url().endsWith("/login"), route + " -> " + page.url());
                    assertFalse(page.content().contains("resource-tree"));
                }
            }
        }
    }
}
