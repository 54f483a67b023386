package io.tandem.executor;

import io.tandem.executor.exec.CommonsExecAgentRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.InstantSource;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A node for tests: its own state directories under a temp dir, and a command directory whose
 * attrd_updater, crm_node and pacemakerd are fakes that record their arguments (the real tools come later).
 */
final class TestNode implements AutoCloseable {

    static final Path PROJECT = Path.of("").toAbsolutePath();
    static final Path TANDEM_AGENTS = PROJECT.resolve("deploy/agents");
    static final Path TEST_AGENTS = PROJECT.resolve("src/test/resources/executor/agents");
    static final AgentId DUMMY = AgentId.ocf("heartbeat", "Dummy");
    static final AgentId TESTER = AgentId.ocf("test", "tester");

    final Path dir;
    final Path sbin;
    final Path attrdLog;
    final NodeEnvironment env;
    final CommonsExecAgentRunner runner;
    final AgentInvoker invoker;

    private TestNode(Path dir, String name) throws IOException {
        this.dir = dir;
        this.sbin = Files.createDirectories(dir.resolve("sbin"));
        this.attrdLog = dir.resolve("attrd.log");
        script("attrd_updater", "printf '%s\\n' \"$*\" >> '" + attrdLog + "'");
        script("crm_node", "echo " + name);
        script("pacemakerd", "echo 'Pacemaker 2.1.5'");
        NodeEnvironment base = NodeEnvironment.standard(name, dir, sbin, List.of(TANDEM_AGENTS, TEST_AGENTS));
        this.env = base;
        Files.createDirectories(env.rscTmp());
        Files.createDirectories(env.varRun());
        this.runner = CommonsExecAgentRunner.withDefaults(dir.resolve("exec"));
        this.invoker = new AgentInvoker(env, AgentLocator.forNode(env), runner);
    }

    static TestNode create(String name) throws IOException {
        return new TestNode(Files.createTempDirectory("tandem-exec-" + name + "-"), name);
    }

    LocalExecutor executor() {
        return new LocalExecutor(invoker, new Md5ParameterDigester(), InstantSource.system(), 32);
    }

    Path script(String name, String body) throws IOException {
        Path p = sbin.resolve(name);
        Files.writeString(p, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        return p;
    }

    List<String> attrdCalls() throws IOException {
        return Files.exists(attrdLog) ? Files.readAllLines(attrdLog) : List.of();
    }

    @Override
    public void close() throws IOException {
        runner.close();
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
