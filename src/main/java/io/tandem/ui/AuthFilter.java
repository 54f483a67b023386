package io.tandem.ui;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Refuses every anonymous request except the login page and what it needs to load (Vaadin's client,
 * theme and our stylesheet) and Vaadin's own protocol requests, whose navigation the UI-level guard
 * sends to login. Pages redirect to /login; anything else gets 401. The HTTP API ({@code /api/},
 * {@code /metrics}) is left to its own servlet, which refuses every request without the node's token.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class AuthFilter implements Filter {

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SignedIn.ATTRIBUTE) != null || isPublic(request)
                || isTokenGuarded(request)) {
            chain.doFilter(req, res);
            return;
        }
        if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
            response.sendRedirect(request.getContextPath() + "/login");
        } else {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
        }
    }

    /** Routes of the API servlet: it authenticates every request itself, with a bearer token. */
    static boolean isTokenGuarded(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") || path.equals("/metrics");
    }

    static boolean isPublic(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/login") || path.startsWith("/VAADIN/") || path.startsWith("/lumo/")
                || path.startsWith("/styles/") || path.equals("/favicon.ico")) {
            return true;
        }
        // Vaadin's protocol (init, uidl, heartbeat): the session holds only a login UI until sign-in.
        return (path.equals("/") || path.isEmpty()) && request.getParameter("v-r") != null;
    }
}
