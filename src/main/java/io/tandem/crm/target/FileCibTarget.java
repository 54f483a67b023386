package io.tandem.crm.target;

import io.tandem.cib.Cib;
import io.tandem.cib.CibException;
import io.tandem.cib.CibVersion;
import io.tandem.cib.CibXml;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** {@code CIB_file=PATH}: load, and write through a temporary file renamed over the original. */
public final class FileCibTarget implements CibTarget {

    private final Path path;

    public FileCibTarget(Path path) {
        this.path = path;
    }

    @Override
    public String name() {
        return path.getFileName().toString();
    }

    @Override
    public boolean live() {
        return false;
    }

    @Override
    public Cib fetch() {
        try {
            long size = Files.size(path);
            if (size > CibXml.MAX_BYTES) {
                throw new CibTargetException(path + " is " + size + " bytes; the limit is " + CibXml.MAX_BYTES);
            }
            return Cib.fromXml(OrderedXml.parse(Files.readAllBytes(path)));
        } catch (IOException e) {
            throw new CibTargetException("cannot read " + path + ": " + e.getMessage());
        } catch (CibException e) {
            throw new CibTargetException(path + ": " + e.getMessage());
        }
    }

    @Override
    public void commit(Cib next, CibVersion base) {
        CibVersion now = fetch().version();
        if (now.compareTo(base) != 0) {
            throw new CibTargetException("CIB " + path + " changed underneath (version " + now + ", expected "
                    + base + "); nothing written");
        }
        Path dir = path.toAbsolutePath().getParent();
        try {
            Path tmp = Files.createTempFile(dir, "." + path.getFileName(), ".tmp");
            try {
                Files.writeString(tmp, next.toXmlString(), StandardCharsets.UTF_8);
                try {
                    Files.move(tmp, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new CibTargetException("cannot write " + path + ": " + e.getMessage());
        }
    }
}
