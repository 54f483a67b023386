package io.tandem.crm.agent;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Runs the installed agent for its meta-data ({@code OCF_ROOT=... agent meta-data}, environment
 * variables only, no shell), caching the answer per agent. OCF agents come from {@code OCF_ROOT};
 * LSB scripts from {@code /etc/init.d}, which have no meta-data beyond existing; systemd units need a
 * running systemd, as with Pacemaker. Stonith and service agents are not checked.
 */
public final class InstalledAgentCatalog implements AgentCatalog {

    private static final long TIMEOUT_SECONDS = 10;
    private final Path ocfRoot;
    private final Path initDir;
    private final Path systemdRun;
    private final Map<String, Optional<AgentInfo>> cache = new ConcurrentHashMap<>();

    public InstalledAgentCatalog(Path ocfRoot, Path initDir, Path systemdRun) {
        this.ocfRoot = ocfRoot;
        this.initDir = initDir;
        this.systemdRun = systemdRun;
    }

    public static InstalledAgentCatalog system() {
        return new InstalledAgentCatalog(Path.of("/usr/lib/ocf"), Path.of("/etc/init.d"), Path.of("/run/systemd/system"));
    }

    @Override
    public boolean knowsClass(String cls) {
        return cls != null && switch (cls) {
            case "ocf", "lsb", "systemd" -> true;
            default -> false;
        };
    }

    @Override
    public Optional<AgentInfo> metadata(String cls, String provider, String type) {
        String spec = cls + (provider == null ? "" : ":" + provider) + ":" + type;
        return cache.computeIfAbsent(spec, k -> load(cls, provider, type, spec));
    }

    private Optional<AgentInfo> load(String cls, String provider, String type, String spec) {
        if (type == null || type.contains("..") || type.contains("/") || (provider != null && provider.contains("/"))) {
            return Optional.empty();
        }
        switch (cls) {
            case "ocf" -> {
                Path agent = ocfRoot.resolve("resource.d").resolve(provider == null ? "heartbeat" : provider)
                        .resolve(type);
                if (!Files.isExecutable(agent)) {
                    return Optional.empty();
                }
                return run(agent).flatMap(xml -> MetadataXml.parse(spec, xml));
            }
            case "lsb" -> {
                return Files.isRegularFile(initDir.resolve(type)) ? Optional.of(new AgentInfo(spec, List.of(), List.of()))
                        : Optional.empty();
            }
            case "systemd" -> {
                return Files.isDirectory(systemdRun) ? Optional.of(new AgentInfo(spec, List.of(), List.of()))
                        : Optional.empty();
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    private Optional<String> run(Path agent) {
        ProcessBuilder pb = new ProcessBuilder(agent.toString(), "meta-data");
        pb.environment().put("OCF_ROOT", ocfRoot.toString());
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        try {
            Process p = pb.start();
            p.getOutputStream().close();
            byte[] out;
            try (InputStream in = p.getInputStream()) {
                out = in.readAllBytes();
            }
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return Optional.empty();
            }
            return p.exitValue() == 0 ? Optional.of(new String(out, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
