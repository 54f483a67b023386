package io.tandem.ui;

import io.tandem.service.ClusterService;
import io.tandem.service.UserDirectory;
import jakarta.servlet.ServletContext;
import java.time.InstantSource;

/**
 * What the views need, handed over by the composition root through servlet context attributes named
 * after the interfaces. When boot has put nothing there (the demo, until the real service is wired),
 * {@link DemoServices} supplies the fake.
 */
public record UiServices(ClusterService cluster, UserDirectory users, InstantSource clock) {

    public static UiServices from(ServletContext context) {
        Object cluster = context.getAttribute(ClusterService.class.getName());
        Object users = context.getAttribute(UserDirectory.class.getName());
        Object clock = context.getAttribute(InstantSource.class.getName());
        if (cluster instanceof ClusterService c && users instanceof UserDirectory u && clock instanceof InstantSource s) {
            return new UiServices(c, u, s);
        }
        return DemoServices.create();
    }
}
