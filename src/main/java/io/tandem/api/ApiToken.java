package io.tandem.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The secret every API request must carry ({@code Authorization: Bearer TOKEN}). A node makes a new
 * random one at each start and writes it to {@code DATA_DIR/api.token}, readable only by its owner:
 * whoever may read that file may run the command-line tools against the node.
 */
public final class ApiToken {

    public static final String FILE_NAME = "api.token";
    private static final int BYTES = 32;

    private final String value;

    private ApiToken(String value) {
        if (value.isBlank()) {
            throw new IllegalArgumentException("an API token must not be empty");
        }
        this.value = value;
    }

    public static ApiToken generate(SecureRandom random) {
        byte[] b = new byte[BYTES];
        random.nextBytes(b);
        return new ApiToken(HexFormat.of().formatHex(b));
    }

    public static ApiToken of(String value) {
        return new ApiToken(value.strip());
    }

    /** Writes the token as {@code dataDir/api.token}, mode 0600 from the start (never readable by others). */
    public Path writeTo(Path dataDir) throws IOException {
        Path file = dataDir.resolve(FILE_NAME);
        Path tmp = Files.createTempFile(dataDir, ".api.token", ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            Files.writeString(tmp, value + "\n", StandardCharsets.US_ASCII);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return file;
    }

    public static Optional<ApiToken> readFrom(Path dataDir) throws IOException {
        Path file = dataDir.resolve(FILE_NAME);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        return Optional.of(of(Files.readString(file, StandardCharsets.US_ASCII)));
    }

    /** Whether an Authorization header carries this token; compared in constant time. */
    public boolean acceptsHeader(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        byte[] given = authorization.substring(7).strip().getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(given, value.getBytes(StandardCharsets.US_ASCII));
    }

    public String header() {
        return "Bearer " + value;
    }

    @Override
    public String toString() {
        return "ApiToken[****]";
    }
}
