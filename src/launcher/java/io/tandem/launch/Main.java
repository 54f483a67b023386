package io.tandem.launch;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;

/**
 * {@code java -jar tandem.war serve [options]} or {@code java -jar tandem.war TOOL [args]}.
 * Exit codes follow Pacemaker's: 2 for bad usage, 1 for a failure to start.
 */
public final class Main {

    static final int MIN_JAVA = 21;
    private static final String TOOL_MAIN = "io.tandem.boot.ToolMain";
    private static final String JETTY_MAIN = "io.tandem.launch.jetty.EmbeddedJetty";

    private Main() {
    }

    public static void main(String[] args) {
        int feature = Runtime.version().feature();
        if (feature < MIN_JAVA) {
            System.err.println("tandem: needs Java " + MIN_JAVA + " or newer, but this is Java " + feature
                    + " (" + System.getProperty("java.home") + "). Install one, e.g. `apt-get install"
                    + " openjdk-21-jdk` or Temurin 21+, and set JAVA_HOME.");
            System.exit(1);
        }
        if (args.length == 0) {
            System.err.println("usage: java -jar tandem.war serve [--port N] [--bind ADDR] [--data-dir DIR]"
                    + " [--node NAME] [--config FILE] [--verbose]");
            System.err.println("       java -jar tandem.war TOOL [args]   (`help` lists the tools)");
            System.exit(2);
        }
        try {
            Path war = warPath();
            WarCache cache = WarCache.forWar(war);
            if (args[0].equals("serve")) {
                System.exit(serve(war, cache, Arrays.copyOfRange(args, 1, args.length)));
            }
            System.exit(runTool(cache, args));
        } catch (LaunchException e) {
            System.err.println("tandem: " + e.getMessage());
            System.exit(e.exitCode());
        }
    }

    private static int serve(Path war, WarCache cache, String[] args) {
        ServeOptions options;
        try {
            options = ServeOptions.parse(Arrays.asList(args));
        } catch (IllegalArgumentException e) {
            System.err.println("tandem serve: " + e.getMessage());
            System.err.println("usage: java -jar tandem.war serve " + ServeOptions.USAGE);
            return 2;
        }
        options.publishAsSystemProperties();
        EarlyLogging.configure(options.verbose());
        URLClassLoader loader = cache.jettyLoader();
        Object rc = invoke(loader, JETTY_MAIN, "run",
                new Class<?>[] {String.class, String.class, int.class},
                war.toString(), options.bind(), options.port());
        return (Integer) rc;
    }

    private static int runTool(WarCache cache, String[] args) {
        URLClassLoader loader = cache.toolLoader();
        Object rc = invoke(loader, TOOL_MAIN, "run", new Class<?>[] {String[].class}, (Object) args);
        System.out.flush();
        return (Integer) rc;
    }

    private static Object invoke(ClassLoader loader, String className, String method, Class<?>[] types,
            Object... args) {
        Thread.currentThread().setContextClassLoader(loader);
        try {
            Method m = loader.loadClass(className).getMethod(method, types);
            return m.invoke(null, args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw new LaunchException(1, cause.toString());
        } catch (ReflectiveOperationException e) {
            throw new LaunchException(1, "the WAR is incomplete, cannot call " + className + "." + method
                    + ": " + e);
        }
    }

    /** The WAR this class was loaded from; `java -jar` puts exactly that file on the class path. */
    static Path warPath() {
        try {
            Path p = Paths.get(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isRegularFile(p)) {
                throw new LaunchException(1, "run me as `java -jar tandem.war ...` (found " + p + ")");
            }
            return p;
        } catch (URISyntaxException e) {
            throw new LaunchException(1, "cannot locate the WAR: " + e.getMessage());
        }
    }
}
