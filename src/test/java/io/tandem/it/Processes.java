package io.tandem.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Helpers for ITs that run the built WAR in child JVMs. */
final class Processes {

    private Processes() {
    }

    /** The java of the JVM running the tests (Maven runs on JDK 25, so this is a JDK >= 21). */
    static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    static Path war() {
        Path war = Path.of(System.getProperty("tandem.war", "target/tandem.war"));
        if (!Files.isRegularFile(war)) {
            throw new IllegalStateException("no WAR at " + war + "; run `mvn package` first");
        }
        return war;
    }

    static Path cache() {
        return Path.of("target", "it-cache").toAbsolutePath();
    }

    record Result(int exitCode, String out, String err, long millis) {
    }

    /** Runs {@code java -jar WAR args...} to completion with the shared IT cache. */
    static Result runWar(Map<String, String> env, String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of(java(), "-jar", war().toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("TANDEM_CACHE", cache().toString());
        pb.environment().putAll(env);
        Path out = Files.createTempFile("it-out", ".txt");
        Path err = Files.createTempFile("it-err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE);
        long start = System.nanoTime();
        Process p = pb.start();
        p.getOutputStream().close();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + cmd);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        Result r = new Result(p.exitValue(), Files.readString(out), Files.readString(err), millis);
        Files.delete(out);
        Files.delete(err);
        return r;
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** Collects a child's output lines on a daemon thread, so the child never blocks on a full pipe. */
    static BlockingQueue<String> lines(Process p, StringBuffer transcript) {
        BlockingQueue<String> q = new LinkedBlockingQueue<>();
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    transcript.append(line).append('\n');
                    q.add(line);
                }
            } catch (IOException ignored) {
                // the child died; the test looks at what arrived
            }
        }, "child-output");
        t.setDaemon(true);
        t.start();
        return q;
    }

    static HttpResponse<String> get(String url) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Polls until the URL answers 200 or the deadline passes. */
    static HttpResponse<String> awaitPage(String url, Process p, Duration limit, StringBuffer transcript) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new AssertionError("the server exited with " + p.exitValue() + ":\n" + transcript);
            }
            try {
                HttpResponse<String> r = get(url);
                if (r.statusCode() == 200) {
                    return r;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no answer from " + url + " within " + limit + ":\n" + transcript);
    }

    static void stop(Process p) throws InterruptedException {
        p.destroy(); // SIGTERM: Jetty's shutdown hook stops the webapp and the node
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
