package io.tandem.cli;

import io.tandem.cib.CibXml;
import io.tandem.cib.XmlElement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The CIB in the file named by {@code CIB_file}, as Pacemaker's tools use it. Writes go to a temporary
 * file that is renamed over the original, so a reader never sees half a CIB.
 */
public record OfflineCib(Path file) {

    public static final String ENV = "CIB_file";

    /** Reads and parses the file; throws {@link ToolFailure} naming the file on any problem. */
    public XmlElement read() {
        try {
            return CibXml.parse(file);
        } catch (NoSuchFileException e) {
            throw new ToolFailure(ExitCode.NOINPUT, "cannot read " + file + ": no such file");
        } catch (IOException e) {
            throw new ToolFailure(ExitCode.NOINPUT, "cannot read " + file + ": " + e.getMessage());
        } catch (io.tandem.cib.CibException e) {
            throw new ToolFailure(ExitCode.DATAERR, file + ": " + e.getMessage());
        }
    }

    public void write(XmlElement cib) {
        Path dir = file.toAbsolutePath().getParent();
        try {
            Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
            try {
                Files.writeString(tmp, CibXml.write(cib), StandardCharsets.UTF_8);
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new ToolFailure(ExitCode.CANTCREAT, "cannot write " + file + ": " + e.getMessage());
        }
    }
}
