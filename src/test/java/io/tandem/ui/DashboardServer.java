package io.tandem.ui;

import io.tandem.service.ClusterService;
import io.tandem.service.UserDirectory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import org.eclipse.jetty.ee11.annotations.AnnotationConfiguration;
import org.eclipse.jetty.ee11.webapp.WebAppContext;
import org.eclipse.jetty.ee11.websocket.jakarta.server.config.JakartaWebSocketConfiguration;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The built webapp (target/tandem, exploded by `package`) in embedded Jetty on 127.0.0.1, with the
 * services handed over as context attributes, as boot will do. Parent-first class loading makes the
 * webapp see the test's own FakeClusterService instance, so tests can drive it.
 */
final class DashboardServer implements AutoCloseable {

    private final Server server;
    private final WebAppContext webapp;
    private final String url;

    DashboardServer(ClusterService cluster, UserDirectory users, InstantSource clock) throws Exception {
        Path exploded = Path.of(System.getProperty("tandem.webapp", "target/tandem"));
        if (!Files.isDirectory(exploded.resolve("WEB-INF"))) {
            throw new IllegalStateException("run `mvn package` first: " + exploded.toAbsolutePath() + " is missing");
        }
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        webapp = new WebAppContext();
        webapp.setContextPath("/");
        webapp.setWar(exploded.toAbsolutePath().toString());
        webapp.setParentLoaderPriority(true);
        webapp.addConfiguration(new AnnotationConfiguration(), new JakartaWebSocketConfiguration());
        webapp.setAttribute("org.eclipse.jetty.server.webapp.ContainerIncludeJarPattern", "^$");
        // The webapp also boots its node: a one-node loopback cluster with its own data directory.
        webapp.setInitParameter("tandem.single-node", "true");
        webapp.setInitParameter("tandem.node", "ui-test");
        webapp.setInitParameter("tandem.data-dir", Files.createTempDirectory("tandem-ui-node").toString());
        webapp.setAttribute(ClusterService.class.getName(), cluster);
        webapp.setAttribute(UserDirectory.class.getName(), users);
        webapp.setAttribute(InstantSource.class.getName(), clock);
        server.setHandler(webapp);
        server.start();
        url = "http://127.0.0.1:" + connector.getLocalPort() + "/";
    }

    String url() {
        return url;
    }

    WebAppContext webapp() {
        return webapp;
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
