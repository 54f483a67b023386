package io.tandem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParsedArgsTest {

    private static final List<OptionSpec> SPECS = List.of(
            OptionSpec.flag('Q', "query", ""), OptionSpec.flag('V', "verbose", ""),
            OptionSpec.value('x', "xml-file", ""), OptionSpec.value('o', "scope", ""));

    @Test
    void acceptsGlibStyles() {
        ParsedArgs a = ParsedArgs.parse(List.of("-QVV", "-xa.xml", "--scope=resources", "rest", "--", "-Q"), SPECS);
        assertEquals(true, a.has("query"));
        assertEquals(2, a.count("verbose"));
        assertEquals("a.xml", a.value("xml-file").orElseThrow());
        assertEquals("resources", a.value("scope").orElseThrow());
        assertEquals(List.of("rest", "-Q"), a.positional());
        assertEquals("b", ParsedArgs.parse(List.of("--xml-file", "a", "-x", "b"), SPECS).value("xml-file").orElseThrow());
    }

    @Test
    void badOptionsAreNamed() {
        assertEquals("unknown option --nope", assertThrows(UsageException.class,
                () -> ParsedArgs.parse(List.of("--nope"), SPECS)).getMessage());
        assertEquals("unknown option -z", assertThrows(UsageException.class,
                () -> ParsedArgs.parse(List.of("-Qz"), SPECS)).getMessage());
        assertEquals("option --scope needs a value", assertThrows(UsageException.class,
                () -> ParsedArgs.parse(List.of("--scope"), SPECS)).getMessage());
        assertEquals("option --query takes no value", assertThrows(UsageException.class,
                () -> ParsedArgs.parse(List.of("--query=1"), SPECS)).getMessage());
    }
}
