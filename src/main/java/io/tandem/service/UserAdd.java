package io.tandem.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;

/**
 * {@code tandem useradd NAME [--role admin|operator|viewer]}: reads the password from the first line of
 * stdin, or generates one and prints it when stdin is empty. The data directory is {@code TANDEM_DATA},
 * else {@code $HOME/.tandem}. Returns a process exit code.
 */
public final class UserAdd {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private UserAdd() {
    }

    public static int run(List<String> args, Map<String, String> env, InputStream in, PrintStream out, PrintStream err) {
        String name = null;
        Role role = Role.VIEWER;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--role") && i + 1 < args.size()) {
                try {
                    role = Role.parse(args.get(++i));
                } catch (IllegalArgumentException e) {
                    err.println("useradd: unknown role '" + args.get(i) + "' (admin, operator or viewer)");
                    return 2;
                }
            } else if (a.startsWith("--role=")) {
                try {
                    role = Role.parse(a.substring(7));
                } catch (IllegalArgumentException e) {
                    err.println("useradd: unknown role '" + a.substring(7) + "' (admin, operator or viewer)");
                    return 2;
                }
            } else if (a.startsWith("-") || name != null) {
                err.println("usage: useradd NAME [--role admin|operator|viewer]");
                return 2;
            } else {
                name = a;
            }
        }
        if (name == null) {
            err.println("usage: useradd NAME [--role admin|operator|viewer]");
            return 2;
        }
        String password;
        try {
            String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
            password = line == null ? "" : line.strip();
        } catch (IOException e) {
            err.println("useradd: cannot read stdin: " + e.getMessage());
            return 1;
        }
        boolean generated = password.isEmpty();
        if (generated) {
            password = generatePassword(new SecureRandom());
        }
        Path data = dataDirectory(env);
        try {
            new H2UserDirectory(data).add(name, role, password.toCharArray());
        } catch (IllegalArgumentException e) {
            err.println("useradd: " + e.getMessage());
            return 9;
        } catch (IllegalStateException e) {
            err.println("useradd: " + e.getMessage());
            return 1;
        }
        out.println("Added user " + name + " with role " + role.name().toLowerCase(java.util.Locale.ROOT) + " in " + data);
        if (generated) {
            out.println("Password for " + name + ": " + password);
        }
        return 0;
    }

    static Path dataDirectory(Map<String, String> env) {
        String dir = env.get("TANDEM_DATA");
        if (dir == null || dir.isBlank()) {
            dir = env.getOrDefault("HOME", ".") + "/.tandem";
        }
        return Path.of(dir);
    }

    /** 20 characters from an alphabet without look-alikes: about 117 bits. */
    public static String generatePassword(SecureRandom random) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
