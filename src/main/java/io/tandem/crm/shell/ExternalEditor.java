package io.tandem.crm.shell;

import io.tandem.crm.configure.Editor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Runs {@code $EDITOR} (default vi) on a temporary file; the editor may be a command with arguments. */
final class ExternalEditor implements Editor {
    private final String command;

    ExternalEditor(String command) {
        this.command = command == null || command.isBlank() ? "vi" : command;
    }

    @Override
    public Optional<String> edit(String text) {
        Path tmp = null;
        try {
            tmp = Files.createTempFile("crm-edit", ".txt");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            List<String> cmd = new ArrayList<>(List.of(command.trim().split("\\s+")));
            cmd.add(tmp.toString());
            Process p = new ProcessBuilder(cmd).inheritIO().start();
            if (p.waitFor() != 0) {
                return Optional.empty();
            }
            return Optional.of(Files.readString(tmp, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a leftover temp file is harmless
                }
            }
        }
    }
}
