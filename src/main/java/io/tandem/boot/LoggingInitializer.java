package io.tandem.boot;

import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import java.util.Set;
import java.util.logging.Handler;

/**
 * Installs Tandem's logging before Vaadin and Atmosphere start: as a ServletContainerInitializer in
 * WEB-INF/classes it runs ahead of the @WebListener, which would be too late to keep their INFO
 * chatter out of a stock Jetty's log.
 */
public final class LoggingInitializer implements ServletContainerInitializer {

    /** Context attribute holding the installed handler, so the node listener can remove it on undeploy. */
    static final String HANDLER_ATTRIBUTE = "io.tandem.logHandler";

    @Override
    public void onStartup(Set<Class<?>> classes, ServletContext ctx) {
        NodeSettings settings = NodeSettings.from(NodeSettings.environmentLookup(ctx::getInitParameter),
                NodeSettings.hostName(), NodeSettings::defaultDataDir);
        Handler handler = Logging.configure(settings.verbose(), System.err);
        ctx.setAttribute(HANDLER_ATTRIBUTE, handler);
    }
}
