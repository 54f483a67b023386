package io.tandem.ui;

import com.vaadin.flow.server.VaadinSession;
import io.tandem.service.Actor;
import io.tandem.service.Role;
import java.io.Serializable;
import java.util.Optional;

/** The signed-in user of this HTTP session; the servlet filter and the views both read it. */
public record SignedIn(String user, Role role) implements Serializable {

    static final String ATTRIBUTE = SignedIn.class.getName();

    public static Optional<SignedIn> current() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null || session.getSession() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable((SignedIn) session.getSession().getAttribute(ATTRIBUTE));
    }

    /** The acting user for a facade command, from this node's dashboard. */
    public Actor actor(String fromNode) {
        return new Actor(user, role, fromNode);
    }

    public boolean may(Role needed) {
        return role.includes(needed);
    }
}
