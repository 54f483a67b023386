package io.tandem.cli;

import com.sun.net.httpserver.HttpServer;
import io.tandem.api.ApiToken;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A stand-in for a node's API on 127.0.0.1 (the JDK's HTTP server): records each request as
 * "METHOD PATH?QUERY" and answers from a table of canned responses by "METHOD PATH".
 */
final class FakeNode implements AutoCloseable {

    final List<String> requests = new ArrayList<>();
    final List<String> bodies = new ArrayList<>();
    private final Map<String, String[]> answers = new ConcurrentHashMap<>();
    private final HttpServer server;
    final ApiToken token = ApiToken.of("secret-token");

    FakeNode() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            String key = ex.getRequestMethod() + " " + ex.getRequestURI().getPath();
            synchronized (requests) {
                requests.add(key + (ex.getRequestURI().getRawQuery() == null ? "" : "?" + ex.getRequestURI().getQuery()));
                bodies.add(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            }
            String[] a = token.acceptsHeader(ex.getRequestHeaders().getFirst("Authorization"))
                    ? answers.getOrDefault(key, new String[] {"200", "ok\n"}) : new String[] {"401", "token\n"};
            byte[] b = a[1].getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(Integer.parseInt(a[0]), b.length);
            ex.getResponseBody().write(b);
            ex.close();
        });
        server.start();
    }

    FakeNode answer(String methodAndPath, int status, String body) {
        answers.put(methodAndPath, new String[] {Integer.toString(status), body});
        return this;
    }

    ClientFactory client() {
        return ctx -> new NodeClient("http://127.0.0.1:" + server.getAddress().getPort(), token, Path.of("/fake"), "test");
    }

    String last() {
        synchronized (requests) {
            return requests.get(requests.size() - 1);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
