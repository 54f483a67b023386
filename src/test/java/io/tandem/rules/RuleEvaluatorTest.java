package io.tandem.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tandem.cib.Cib;
import io.tandem.cib.Location;
import io.tandem.cib.Rule;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleEvaluatorTest {

    private static final Instant NOON = Instant.parse("2024-03-06T12:30:00Z");

    private static Rule rule(String body) {
        Cib cib = Cib.parse("<cib><configuration><crm_config/><nodes/><resources/><constraints>"
                + "<rsc_location id=\"l\" rsc=\"r\">" + body + "</rsc_location></constraints></configuration></cib>");
        return ((Location) cib.configuration().constraints().get(0)).rules().get(0);
    }

    private static RuleContext node(Map<String, String> attrs) {
        return RuleContext.forNode(attrs, NOON);
    }

    @Test
    void integerComparisonTruncatesLikeStrtoll() {
        Rule r = rule("<rule id=\"x\" score=\"-INFINITY\"><expression id=\"e\" attribute=\"v\" operation=\"eq\" "
                + "type=\"integer\" value=\"3.6\"/></rule>");
        assertTrue(RuleEvaluator.matches(r, node(Map.of("v", "3.4"))));
    }

    @Test
    void unparsableIntegersCompareAsStrings() {
        Rule r = rule("<rule id=\"x\" score=\"1\"><expression id=\"e\" attribute=\"v\" operation=\"gt\" "
                + "type=\"integer\" value=\"as10\"/></rule>");
        assertTrue(RuleEvaluator.matches(r, node(Map.of("v", "as2"))));
    }

    @Test
    void definedOrAndScoreAttribute() {
        Rule r = rule("<rule id=\"x\" score-attribute=\"pingd\" boolean-op=\"or\">"
                + "<expression id=\"a\" attribute=\"pingd\" operation=\"defined\"/>"
                + "<expression id=\"b\" attribute=\"#uname\" operation=\"eq\" value=\"n2\"/></rule>");
        assertTrue(RuleEvaluator.matches(r, node(Map.of("pingd", "200", "#uname", "n1"))));
        assertEquals(200, RuleEvaluator.score(r, node(Map.of("pingd", "200"))));
        assertFalse(RuleEvaluator.matches(r, node(Map.of("#uname", "n1"))));
    }

    @Test
    void datesAndDateSpecs() {
        Rule in = rule("<rule id=\"x\" score=\"1\"><date_expression id=\"d\" operation=\"in_range\" "
                + "start=\"2024-03-06 12:00:00Z\"><duration id=\"du\" hours=\"1\"/></date_expression></rule>");
        assertTrue(RuleEvaluator.matches(in, node(Map.of())));
        Rule spec = rule("<rule id=\"x\" score=\"1\"><date_expression id=\"d\" operation=\"date_spec\">"
                + "<date_spec id=\"s\" hours=\"9-17\" weekdays=\"1-5\"/></date_expression></rule>");
        assertTrue(RuleEvaluator.matches(spec, node(Map.of())));
        Rule gt = rule("<rule id=\"x\" score=\"1\"><date_expression id=\"d\" operation=\"gt\" start=\"2005-001\"/></rule>");
        assertTrue(RuleEvaluator.matches(gt, node(Map.of())));
    }
}
