package io.tandem.crm.configure;

import io.tandem.cib.XmlElement;
import io.tandem.crm.lang.CliObject;
import io.tandem.crm.lang.CliParser;
import io.tandem.crm.lang.Lines;
import io.tandem.crm.show.ConfigObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@code save [xml] FILE} and {@code load replace|update FILE}: crm text in and out of files. Replace
 * starts from an erased configuration (nodes kept); update redefines the objects the file names and
 * leaves the others alone.
 */
final class ConfigFiles {

    private ConfigFiles() {
    }

    static void save(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CrmCommandException("save: cannot write " + file + ": " + e.getMessage());
        }
    }

    static String read(String file) {
        try {
            return Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CrmCommandException("load: cannot read " + file + ": " + e.getMessage());
        }
    }

    /** Applies the file's objects; {@code define} is the level's own (with its agent checks). */
    static void load(WorkingConfig wc, String mode, String text, Consumer<List<String>> define, Notes notes) {
        switch (mode) {
            case "replace", "push" -> {
                ConfigEdits.erase(wc, false);
                ConfigureLevel.dependencyOrder(text).forEach(define);
            }
            case "update" -> {
                for (String line : Lines.logical(text)) {
                    List<String> tokens = Lines.tokens(line);
                    CliObject o = CliParser.parse(tokens);
                    Optional<ConfigObject> old = o.id() == null ? Optional.empty() : wc.find(o.id());
                    if (old.isPresent() && !List.of("node", "property", "rsc_defaults", "op_defaults")
                            .contains(o.type())) {
                        replace(wc, old.get(), tokens, define, notes);
                    } else {
                        define.accept(tokens);
                    }
                }
            }
            default -> throw new CrmCommandException("load: expected replace, update or push, not " + mode);
        }
    }

    /**
     * Redefines an existing object. A container is deleted (its children stay) and defined again; any
     * other object is taken out of its place and the new definition put back where it was, so the
     * constraints that name it survive.
     */
    private static void replace(WorkingConfig wc, ConfigObject old, List<String> tokens, Consumer<List<String>> define,
            Notes notes) {
        if (List.of("group", "clone", "ms", "bundle").contains(old.type())) {
            ConfigEdits.delete(wc, List.of(old.id()), notes);
            define.accept(tokens);
            return;
        }
        XmlElement before = wc.configuration();
        String placeholder = old.id();
        XmlElement marker = XmlElement.of(old.xml().name()).withAttr("id", "__crm_load_" + placeholder);
        wc.set(Sections.replaceById(before, placeholder, marker));
        define.accept(tokens);
        Optional<ConfigObject> fresh = wc.find(placeholder);
        if (fresh.isEmpty()) {
            wc.set(before);
            return;
        }
        XmlElement c = Sections.replaceById(wc.configuration(), placeholder, null);
        wc.set(Sections.replaceById(c, "__crm_load_" + placeholder, fresh.get().xml()));
    }
}
