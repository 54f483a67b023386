package io.tandem.boot;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.nio.file.Path;
import java.time.Clock;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts the node when the webapp starts, in embedded Jetty and in a stock Jetty alike, and stops it
 * when the webapp stops. A node that cannot start fails the deployment instead of serving a dead UI.
 */
@WebListener
public final class NodeListener implements ServletContextListener {

    /** Context attribute holding the running node's {@link ComponentContainer}. */
    public static final String NODE_ATTRIBUTE = "io.tandem.node";
    private static final Logger LOG = Logger.getLogger(NodeListener.class.getName());

    private ComponentContainer node;
    private Handler logHandler;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        ServletContext ctx = event.getServletContext();
        NodeSettings settings = NodeSettings.from(NodeSettings.environmentLookup(ctx::getInitParameter),
                NodeSettings.hostName(), NodeSettings::defaultDataDir);
        if (ctx.getAttribute(LoggingInitializer.HANDLER_ATTRIBUTE) instanceof Handler installed) {
            logHandler = installed; // the initializer ran first, as it should
        } else {
            logHandler = Logging.configure(settings.verbose(), System.err);
        }
        node = Node.assemble(settings, Clock.systemUTC());
        try {
            node.start();
        } catch (LifecycleException e) {
            LOG.log(Level.SEVERE, "node failed to start | node=" + settings.nodeName(), e);
            throw new IllegalStateException(e.getMessage(), e);
        }
        ctx.setAttribute(NODE_ATTRIBUTE, node);
        LOG.info("node started | node=" + settings.nodeName() + " data_dir=" + KeyValueFormatter.quote(
                settings.dataDir().toString()));
        LOG.fine(() -> "components:\n" + node.dump());
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        event.getServletContext().removeAttribute(NODE_ATTRIBUTE);
        try {
            if (node != null) {
                node.stop();
            }
            LOG.info("node stopped");
        } catch (LifecycleException e) {
            LOG.log(Level.WARNING, "node stopped with errors", e);
        } finally {
            if (logHandler != null) {
                Logging.remove(logHandler);
            }
        }
    }
}
