package io.tandem.boot;

import io.tandem.cli.Tool;
import java.util.function.Supplier;

/** A tool's name, its one-line summary for {@code help}, and how to build it (lazily, to keep tools fast). */
public record ToolEntry(String name, String summary, Supplier<Tool> factory) {
}
