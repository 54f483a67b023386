package io.tandem.crm.configure;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * {@code filter CMD}: the user's command (run by /bin/sh, as crmsh does) reads the show text on stdin
 * and writes the new text on stdout; a non-zero exit aborts.
 */
final class FilterCommand implements Editor {
    private final String command;

    FilterCommand(String command) {
        this.command = command;
    }

    @Override
    public Optional<String> edit(String text) {
        try {
            Process p = new ProcessBuilder("/bin/sh", "-c", command).redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            try (OutputStream in = p.getOutputStream()) {
                in.write(text.getBytes(StandardCharsets.UTF_8));
            }
            byte[] out;
            try (InputStream o = p.getInputStream()) {
                out = o.readAllBytes();
            }
            if (p.waitFor() != 0) {
                throw new CrmCommandException("filter: command failed: " + command);
            }
            return Optional.of(new String(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new CrmCommandException("filter: cannot run " + command + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CrmCommandException("filter: interrupted");
        }
    }
}
