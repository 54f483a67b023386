package io.tandem.crm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tandem.crm.lang.CliParser;
import io.tandem.crm.lang.CrmSyntaxException;
import io.tandem.crm.lang.Lines;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lexer (continuations, comments, quoting) and the parser's error messages. */
class LinesTest {

    @Test
    void continuationsJoinAndCommentsGo() {
        String text = "# a comment\nprimitive vip IPaddr2 \\\n\tparams ip=10.0.0.1 \\\n\top monitor interval=10s\n\n"
                + "location l1 vip rule -inf: not_defined #uname\n";
        List<String> lines = Lines.logical(text);
        assertEquals(2, lines.size());
        assertEquals(List.of("primitive", "vip", "IPaddr2", "params", "ip=10.0.0.1", "op", "monitor", "interval=10s"),
                Lines.tokens(lines.get(0)));
        assertEquals("location l1 vip rule -inf: not_defined #uname", lines.get(1));
    }

    @Test
    void quotesGroupAndDisappear() {
        assertEquals(List.of("params", "hostlist=node1 node2", "x=a\"b", "y=it's"),
                Lines.tokens("params hostlist=\"node1 node2\" x=\"a\\\"b\" y=\"it's\""));
        assertEquals(List.of("hostlist=node1 node2"), Lines.tokens("hostlist='node1 node2'"));
        assertThrows(CrmSyntaxException.class, () -> Lines.tokens("x=\"open"));
    }

    @Test
    void parserErrorsQuoteTheLineAsCrmshDoes() {
        assertEquals("syntax in location: Unexpected end of line parsing 'location l1 d1 rule -inf: pingd lt'",
                error("location l1 d1 rule -inf: pingd lt"));
        assertEquals("syntax in location: Expected identifier parsing 'location l1 d1 rule -inf: pingd lt 1000 or'",
                error("location l1 d1 rule -inf: pingd lt 1000 or"));
        assertEquals("syntax in location: Mixing bool ops not allowed: or != and parsing "
                + "'location l1 d1 rule -inf: not_defined a or a lt 1 and'",
                error("location l1 d1 rule -inf: not_defined a or a lt 1 and #uname eq node1"));
        assertEquals("syntax in location: Expected ((string|integer|number|version):)?(lt|gt|lte|gte|eq|ne) near <xx>"
                + " parsing 'location l1 d1 rule -inf: a xx 1'", error("location l1 d1 rule -inf: a xx 1"));
        assertEquals("syntax in primitive: Expected at least 2 arguments near <primitive> parsing 'primitive foo'",
                error("primitive foo"));
        assertEquals("configure.nosuch: No such command", error("nosuch foo"));
    }

    @Test
    void typedComparisonsAndDates() {
        var o = CliParser.parse(Lines.tokens("location l1 d1 rule 100: mem number:gte 1024 and date lt 2030-01-01"));
        var rule = o.xml().child("rule").orElseThrow();
        assertEquals("number", rule.children().get(0).attr("type"));
        assertEquals("gte", rule.children().get(0).attr("operation"));
        assertEquals("2030-01-01", rule.children().get(1).attr("end"));
        assertEquals("100", rule.attr("score"));
    }

    private static String error(String line) {
        return assertThrows(CrmSyntaxException.class, () -> CliParser.parse(Lines.tokens(line))).getMessage();
    }
}
