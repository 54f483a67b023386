package io.tandem.api;

import io.tandem.cib.Cib;
import io.tandem.cib.CibException;
import io.tandem.cib.CibXml;
import io.tandem.cib.XmlElement;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The node's HTTP API. {@code /api/*} and {@code /metrics} are more specific than Vaadin's {@code /*},
 * so they reach this servlet. Every request must carry the node's token; there is no anonymous route.
 * Routes (v1): see {@link #ROUTES}. Text answers are UTF-8; errors are one line naming the problem.
 */
@WebServlet(urlPatterns = {"/api/*", "/metrics"}, name = "tandem-api", loadOnStartup = 1)
public final class ApiServlet extends HttpServlet {

    /** The route table, also printed for an unknown path. */
    public static final List<String> ROUTES = List.of(
            "GET    /api/v1/cib[?scope=SECTION]                 the CIB as XML",
            "POST   /api/v1/cib/SECTION[?version=A:E:N]         replace a configuration section (body: XML)",
            "POST   /api/v1/cleanup?resource=R[,R...][&node=N]  clear history and fail-counts, re-probe",
            "GET    /api/v1/attributes?name=N[&node=X|&all=1]   query a node attribute",
            "POST   /api/v1/attributes  name,node,value,dampen,lifetime,delete   update a node attribute",
            "DELETE /api/v1/attributes?name=N[&node=X]          delete a node attribute",
            "GET    /api/v1/node                                local node, DC, quorum, members",
            "GET    /metrics                                    Prometheus metrics (ha_cluster_exporter names)");

    private static final Logger LOG = Logger.getLogger(ApiServlet.class.getName());
    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        try {
            ApiContext ctx = context();
            if (!ctx.token().acceptsHeader(req.getHeader("Authorization"))) {
                resp.setHeader("WWW-Authenticate", "Bearer realm=\"tandem\"");
                // Read (a bounded amount of) what was sent, so the connection stays usable for the client.
                req.getInputStream().readNBytes((int) Math.min(Math.max(req.getContentLengthLong(), 0), 1 << 20));
                throw new ApiError(401, "missing or wrong token: send 'Authorization: Bearer TOKEN' with the token"
                        + " from the node's DATA_DIR/" + ApiToken.FILE_NAME);
            }
            route(req, resp, ctx);
        } catch (ApiError e) {
            send(resp, e.status(), e.getMessage() + "\n", "text/plain");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "event=api-error path=" + req.getRequestURI() + " reason=\"" + e + "\"", e);
            send(resp, 500, "internal error: " + e.getMessage() + "\n", "text/plain");
        }
    }

    private ApiContext context() {
        if (getServletContext().getAttribute(ApiContext.ATTRIBUTE) instanceof ApiContext c) {
            return c;
        }
        throw new ApiError(503, "the node is not running");
    }

    private void route(HttpServletRequest req, HttpServletResponse resp, ApiContext ctx) throws IOException {
        String path = req.getServletPath() + Optional.ofNullable(req.getPathInfo()).orElse("");
        String method = req.getMethod();
        ApiRequest r = new ApiRequest(req);
        NodeOperations node = ctx.node();
        if (path.equals("/metrics") || path.equals("/api/v1/metrics")) {
            requireMethod(method, "GET");
            send(resp, 200, Metrics.render(node.cib(), node.membership(), node.attributes(), ctx.clock().instant()),
                    "text/plain; version=0.0.4");
        } else if (path.equals("/api/v1/cib")) {
            requireMethod(method, "GET");
            send(resp, 200, CibXml.write(cibSection(node.cib(), r.param("scope"))), "application/xml");
        } else if (path.startsWith("/api/v1/cib/")) {
            requireMethod(method, "POST", "PUT");
            String section = path.substring("/api/v1/cib/".length());
            answer(resp, Commits.replaceSection(node, r.user(), section, body(req), r.param("version")));
        } else if (path.equals("/api/v1/cleanup")) {
            requireMethod(method, "POST");
            List<String> resources = Arrays.stream(r.required("resource").split(",")).map(String::strip)
                    .filter(s -> !s.isEmpty()).toList();
            answer(resp, Commits.cleanup(node, r.user(), resources, r.param("node")));
        } else if (path.equals("/api/v1/attributes")) {
            send(resp, 200, AttributeRoutes.handle(method, r, node), "text/plain");
        } else if (path.equals("/api/v1/node")) {
            requireMethod(method, "GET");
            send(resp, 200, NodeInfo.render(node.membership()), "text/plain");
        } else {
            throw new ApiError(404, "no route " + method + " " + path + "; routes:\n  " + String.join("\n  ", ROUTES));
        }
    }

    private static XmlElement cibSection(Cib cib, Optional<String> scope) {
        XmlElement root = cib.toXml();
        if (scope.isEmpty() || scope.get().equals("cib")) {
            return root;
        }
        Sections.requireKnown(scope.get());
        return Sections.find(root, scope.get())
                .orElseThrow(() -> new ApiError(404, "section <" + scope.get() + "> is not in the CIB"));
    }

    private static XmlElement body(HttpServletRequest req) throws IOException {
        byte[] bytes = req.getInputStream().readNBytes(CibXml.MAX_BYTES + 1);
        if (bytes.length == 0) {
            throw ApiError.badRequest("the request has no body; send the section's XML");
        }
        if (bytes.length > CibXml.MAX_BYTES) {
            throw ApiError.badRequest("the body is larger than " + CibXml.MAX_BYTES + " bytes");
        }
        try {
            return CibXml.parse(bytes);
        } catch (CibException e) {
            throw ApiError.badRequest("the body is not valid XML: " + e.getMessage());
        }
    }

    private static void answer(HttpServletResponse resp, Commit c) throws IOException {
        int status = switch (c.outcome()) {
            case OK -> 200;
            case CONFLICT -> 409;
            case INVALID -> 400;
            case UNAVAILABLE -> 503;
        };
        send(resp, status, c.ok() ? "version=" + c.version().orElse("") + "\n" : c.message() + "\n", "text/plain");
    }

    private static void requireMethod(String method, String... allowed) {
        if (!Arrays.asList(allowed).contains(method)) {
            throw new ApiError(405, "method " + method + " not allowed here; use " + String.join(" or ", allowed));
        }
    }

    private static void send(HttpServletResponse resp, int status, String body, String type) throws IOException {
        resp.setStatus(status);
        resp.setContentType(type);
        resp.setCharacterEncoding("UTF-8");
        resp.setHeader("Cache-Control", "no-store");
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        resp.setContentLength(b.length);
        resp.getOutputStream().write(b);
    }
}
