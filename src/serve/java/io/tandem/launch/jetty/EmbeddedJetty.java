package io.tandem.launch.jetty;

import org.eclipse.jetty.ee11.annotations.AnnotationConfiguration;
import org.eclipse.jetty.ee11.plus.webapp.EnvConfiguration;
import org.eclipse.jetty.ee11.plus.webapp.PlusConfiguration;
import org.eclipse.jetty.ee11.webapp.WebAppContext;
import org.eclipse.jetty.ee11.websocket.jakarta.server.config.JakartaWebSocketServletContainerInitializer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * Runs the WAR itself in Jetty 12 ee11 with annotation scanning (so Vaadin's ServletContainerInitializer
 * and our @WebListener start) and Jakarta WebSocket (for @Push).
 */
public final class EmbeddedJetty {

    private EmbeddedJetty() {
    }

    /** Blocks until the server stops; returns the process exit code. */
    public static int run(String war, String bind, int port) {
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost(bind);
        connector.setPort(port);
        server.addConnector(connector);

        WebAppContext webapp = new WebAppContext();
        webapp.setContextPath("/");
        webapp.setWar(war);
        webapp.setThrowUnavailableOnStartupException(true);
        webapp.addConfiguration(new EnvConfiguration(), new PlusConfiguration(), new AnnotationConfiguration());
        JakartaWebSocketServletContainerInitializer.configure(webapp, null);
        server.setHandler(webapp);
        server.setStopAtShutdown(true);
        try {
            server.start();
        } catch (Exception e) {
            System.err.println("tandem serve: failed to start (" + bind + ":" + port + "): " + e.getMessage());
            stopQuietly(server);
            return 1;
        }
        String host = bind.contains(":") ? "[" + bind + "]" : bind;
        System.out.println("tandem: serving http://" + host + ":" + connector.getLocalPort() + "/");
        System.out.flush();
        try {
            server.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private static void stopQuietly(Server server) {
        try {
            server.stop();
        } catch (Exception ignored) {
            // already failing; the start error is the one worth reporting
        }
    }
}
