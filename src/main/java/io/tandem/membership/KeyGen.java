package io.tandem.membership;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.List;

/**
 * {@code tandem keygen}, like corosync-keygen: writes a random key to /etc/tandem/authkey (or {@code -k FILE})
 * with mode 0400, and refuses to overwrite an existing key unless {@code --force}.
 */
public final class KeyGen {
    static final int DEFAULT_BYTES = 256;
    private static final String USAGE = "usage: keygen [-k FILE] [-s BYTES] [--force] [-l]";

    private KeyGen() {
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        Path file = ClusterKey.DEFAULT_PATH;
        int size = DEFAULT_BYTES;
        boolean force = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "-k", "--key-file" -> {
                    if (++i >= args.size()) {
                        err.println(USAGE);
                        return 2;
                    }
                    file = Path.of(args.get(i));
                }
                case "-s", "--size" -> {
                    if (++i >= args.size()) {
                        err.println(USAGE);
                        return 2;
                    }
                    try {
                        size = Integer.parseInt(args.get(i));
                    } catch (NumberFormatException e) {
                        err.println("keygen: invalid size '" + args.get(i) + "'");
                        return 2;
                    }
                    if (size < ClusterKey.MIN_BYTES || size > 4096) {
                        err.println("keygen: size must be between " + ClusterKey.MIN_BYTES + " and 4096 bytes");
                        return 2;
                    }
                }
                case "--force", "-f" -> force = true;
                // corosync-keygen's -l chose /dev/urandom; SecureRandom never blocks, so it is accepted and ignored.
                case "-l", "--less-secure" -> { }
                case "-h", "--help" -> {
                    out.println(USAGE);
                    return 0;
                }
                default -> {
                    err.println("keygen: unknown option '" + a + "'");
                    err.println(USAGE);
                    return 2;
                }
            }
        }
        try {
            write(file, size, force, new SecureRandom());
        } catch (FileAlreadyExistsException e) {
            err.println("keygen: " + file + " already exists; use --force to replace it (every node then needs the new key)");
            return 1;
        } catch (IOException | UnsupportedOperationException e) {
            err.println("keygen: cannot write " + file + ": " + e);
            return 1;
        }
        out.println("Writing " + size + " bytes of key to " + file + " (mode 0400). Copy it to every node.");
        return 0;
    }

    static void write(Path file, int size, boolean force, SecureRandom random) throws IOException {
        byte[] key = new byte[size];
        random.nextBytes(key);
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        if (force) {
            Files.deleteIfExists(file);
        }
        // Created owner-only so the key is never readable by others, even for a moment; then made read-only.
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.write(file, key);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--------"));
    }
}
