package io.tandem.cli;

import io.tandem.cib.Cib;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/** crm_mon's CIB_file source: parses the file on each fetch; its mtime and size tell changes. */
record CrmMonFileSource(Path file) implements CibSource {

    @Override
    public Cib fetch() {
        return Cib.fromXml(new OfflineCib(file).read());
    }

    @Override
    public String changeToken() {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return a.lastModifiedTime().toMillis() + "/" + a.size() + "/" + a.fileKey();
        } catch (IOException e) {
            return "missing";
        }
    }
}
