package io.tandem.cli;

import io.tandem.api.ApiToken;
import java.io.IOException;
import java.io.Reader;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * How the tools reach the local node's API. The data directory is {@code TANDEM_DATA_DIR}, else
 * {@code data-dir} in /etc/tandem/tandem.properties, else the default ~/.local/share/tandem/HOST; the
 * node's URL is {@code TANDEM_API}, else the {@code api.url} the node wrote there; the token is the
 * node's {@code api.token} there. Every failure to connect names what is missing.
 */
public final class NodeClient {

    public static final Path SYSTEM_PROPERTIES = Path.of("/etc/tandem/tandem.properties");
    private static final Duration TIMEOUT = Duration.ofSeconds(40);

    private final String baseUrl;
    private final ApiToken token;
    private final Path dataDir;
    private final String user;
    private final HttpClient http;

    NodeClient(String baseUrl, ApiToken token, Path dataDir, String user) {
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.token = token;
        this.dataDir = dataDir;
        this.user = user;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** An answer from the node: the HTTP status and its body. */
    public record Response(int status, String body) {
        public boolean ok() {
            return status == 200;
        }

        /** The node's one-line message, for an error. */
        public String message() {
            return body.strip();
        }
    }

    public static NodeClient locate(ToolContext ctx) {
        Path dataDir = ctx.env("TANDEM_DATA_DIR").map(Path::of).or(() -> systemSetting("data-dir").map(Path::of))
                .orElseGet(() -> Path.of(ctx.env("HOME").orElse(System.getProperty("user.home")), ".local", "share",
                        "tandem", hostName()));
        Optional<ApiToken> token;
        try {
            token = ctx.env("TANDEM_API_TOKEN").map(ApiToken::of).or(() -> read(dataDir));
        } catch (RuntimeException e) {
            throw new ToolFailure(ExitCode.NOT_CONNECTED, "cannot read " + dataDir.resolve(ApiToken.FILE_NAME) + ": "
                    + e.getMessage());
        }
        if (token.isEmpty()) {
            throw new ToolFailure(ExitCode.NOT_CONNECTED, "no running node found: " + dataDir.resolve(ApiToken.FILE_NAME)
                    + " does not exist. Start the node, or set TANDEM_DATA_DIR to its data directory"
                    + " (or CIB_file=PATH to work on a CIB file)");
        }
        String url = ctx.env("TANDEM_API").or(() -> readUrl(dataDir)).orElseThrow(() -> new ToolFailure(
                ExitCode.NOT_CONNECTED, "the node's address is unknown: set TANDEM_API (e.g. http://127.0.0.1:8080),"
                        + " or start the node so that it writes " + dataDir.resolve("api.url")));
        return new NodeClient(url, token.get(), dataDir, ctx.env("USER").orElse("root"));
    }

    public Response get(String path, Map<String, String> params) {
        return send("GET", path, params, null);
    }

    public Response post(String path, Map<String, String> params, String body) {
        return send("POST", path, params, body);
    }

    public Response delete(String path, Map<String, String> params) {
        return send("DELETE", path, params, null);
    }

    private Response send(String method, String path, Map<String, String> params, String body) {
        String query = params.isEmpty() ? "" : "?" + params.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + path + query)).timeout(TIMEOUT)
                .header("Authorization", token.header()).header("X-Tandem-User", user);
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            b.header("Content-Type", "application/xml");
        }
        HttpResponse<String> r;
        try {
            r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (ConnectException e) {
            throw new ToolFailure(ExitCode.NOT_CONNECTED, "no node answers at " + baseUrl + " (connection refused);"
                    + " is the node running? (data directory " + dataDir + ")");
        } catch (HttpTimeoutException e) {
            throw new ToolFailure(ExitCode.NOT_CONNECTED, "the node at " + baseUrl + " did not answer within "
                    + TIMEOUT.toSeconds() + " s");
        } catch (IOException e) {
            throw new ToolFailure(ExitCode.NOT_CONNECTED, "cannot talk to the node at " + baseUrl + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ToolFailure(ExitCode.ERROR, "interrupted");
        }
        if (r.statusCode() == 401) {
            throw new ToolFailure(ExitCode.NOT_CONNECTED, "the node at " + baseUrl + " refused the token from "
                    + dataDir + " (does TANDEM_API point at another node than TANDEM_DATA_DIR?)");
        }
        return new Response(r.statusCode(), r.body());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static Optional<ApiToken> read(Path dataDir) {
        try {
            return ApiToken.readFrom(dataDir);
        } catch (IOException e) {
            throw new IllegalStateException(e.toString(), e);
        }
    }

    private static Optional<String> readUrl(Path dataDir) {
        try {
            Path f = dataDir.resolve("api.url");
            return Files.exists(f) ? Optional.of(Files.readString(f).strip()).filter(s -> !s.isEmpty()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> systemSetting(String key) {
        if (!Files.isReadable(SYSTEM_PROPERTIES)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(SYSTEM_PROPERTIES)) {
            p.load(r);
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.ofNullable(p.getProperty(key)).filter(s -> !s.isBlank());
    }

    /** The kernel's host name without a DNS lookup, as the node names itself by default. */
    private static String hostName() {
        try {
            String h = Files.readString(Path.of("/proc/sys/kernel/hostname")).strip();
            int dot = h.indexOf('.');
            return dot > 0 ? h.substring(0, dot) : h;
        } catch (IOException | RuntimeException e) {
            return "node1";
        }
    }
}
