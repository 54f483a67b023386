package io.tandem.cib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CibValidatorTest {

    private static Cib cib(String resources, String constraints) {
        return Cib.parse("<cib epoch='1' num_updates='0' admin_epoch='0'><configuration><crm_config/><nodes>"
                + "<node id='1' uname='node1'/></nodes><resources>" + resources + "</resources><constraints>"
                + constraints + "</constraints></configuration><status/></cib>");
    }

    private static final String DUMMY = "<primitive id='a' class='ocf' provider='heartbeat' type='Dummy'>"
            + "<operations><op id='a-mon' name='monitor' interval='10s'/></operations></primitive>";

    @Test
    void aValidCibHasNoProblems() {
        assertEquals(List.of(), CibValidator.validate(cib(DUMMY, "<rsc_location id='l' rsc='a' node='node1' score='100'/>")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "duplicate id | <primitive id='a' class='ocf' provider='heartbeat' type='Dummy'/><primitive id='a' class='ocf' provider='heartbeat' type='Dummy'/> | | a | duplicate id",
        "dangling rsc | " + "<primitive id='a' class='ocf' provider='heartbeat' type='Dummy'/> | <rsc_location id='l' rsc='nope' node='node1' score='1'/> | l | nope, which does not exist",
        "bad score | <primitive id='a' class='ocf' provider='heartbeat' type='Dummy'/> | <rsc_location id='l' rsc='a' node='node1' score='lots'/> | l | invalid score \"lots\"",
        "bad interval | <primitive id='a' class='ocf' provider='heartbeat' type='Dummy'><operations><op id='m' name='monitor' interval='often'/></operations></primitive> | | m | invalid interval \"often\"",
        "bad timeout | <primitive id='a' class='ocf' provider='heartbeat' type='Dummy'><operations><op id='m' name='monitor' interval='10s' timeout='-5'/></operations></primitive> | | m | invalid timeout",
        "ocf without provider | <primitive id='a' class='ocf' type='Dummy'/> | | a | needs a provider",
        "unknown class | <primitive id='a' class='weird' type='Dummy'/> | | a | unknown resource class",
        "missing template | <primitive id='a' template='t'/> | | a | template \"t\" does not exist",
        "bad order kind | <primitive id='a' class='ocf' provider='heartbeat' type='Dummy'/><primitive id='b' class='ocf' provider='heartbeat' type='Dummy'/> | <rsc_order id='o' first='a' then='b' kind='Sometimes'/> | o | invalid kind",
        "colocation without score | <primitive id='a' class='ocf' provider='heartbeat' type='Dummy'/><primitive id='b' class='ocf' provider='heartbeat' type='Dummy'/> | <rsc_colocation id='c' rsc='a' with-rsc='b'/> | c | needs a score",
        "bad role | <primitive id='a' class='ocf' provider='heartbeat' type='Dummy'/> | <rsc_location id='l' rsc='a' node='node1' score='1' role='Boss'/> | l | invalid role",
        "bad rule op | <primitive id='a' class='ocf' provider='heartbeat' type='Dummy'/> | <rsc_location id='l' rsc='a'><rule id='r' score='1'><expression id='e' attribute='x' operation='like' value='1'/></rule></rsc_location> | e | invalid operation",
        "dangling id-ref | <primitive id='a' class='ocf' provider='heartbeat' type='Dummy'><meta_attributes id-ref='nothing'/></primitive> | | meta_attributes | refers to nothing",
    })
    void problemsNameTheElementAndTheFault(String name, String resources, String constraints, String id,
            String message) {
        List<CibProblem> problems = CibValidator.errors(cib(resources, constraints == null ? "" : constraints));
        assertTrue(problems.stream().anyMatch(p -> p.id().equals(id) && p.message().contains(message)),
                () -> name + ": " + problems);
    }

    @Test
    void structuralErrorsAreRefusedOnLoad() {
        CibException e = assertThrows(CibException.class, () -> Cib.parse("<cib><configuration><nodes/>"
                + "<resources/><constraints/></configuration></cib>"));
        assertTrue(e.getMessage().contains("crm_config"), e.getMessage());
        e = assertThrows(CibException.class, () -> cib("<widget id='w'/>", ""));
        assertTrue(e.getMessage().contains("widget") && e.getMessage().contains("\"w\""), e.getMessage());
        e = assertThrows(CibException.class, () -> Cib.parse("<cib><configuration>"));
        assertTrue(e.getMessage().contains("not well-formed"), e.getMessage());
        e = assertThrows(CibException.class, () -> Cib.parse("<!DOCTYPE x [<!ENTITY e SYSTEM 'file:///etc/passwd'>]>"
                + "<cib>&e;</cib>"));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    }

    @Test
    void versionsFollowPacemakerRules() {
        Cib base = cib(DUMMY, "");
        assertEquals(new CibVersion(0, 1, 0), base.version());
        Cib statusChange = base.bumpedFor(base.withStatus(base.status().withNode(NodeState.of("1", "node1"))));
        assertEquals(new CibVersion(0, 1, 1), statusChange.version());
        Cib configChange = statusChange.bumpedFor(statusChange.withConfiguration(
                statusChange.configuration().withResources(List.of())));
        assertEquals(new CibVersion(0, 2, 0), configChange.version());
        assertTrue(new CibVersion(1, 0, 0).compareTo(new CibVersion(0, 99, 99)) > 0);
    }

    @Test
    void timeSpecsAndScores() {
        assertEquals(10_000, TimeSpec.parseMillis("10s"));
        assertEquals(10_000, TimeSpec.parseMillis("10"));
        assertEquals(500, TimeSpec.parseMillis("500ms"));
        assertEquals(120_000, TimeSpec.parseMillis("2min"));
        assertEquals(10_000, TimeSpec.parseMillis("P10S"));
        assertEquals(90_000, TimeSpec.parseMillis("PT1M30S"));
        assertEquals(-1, TimeSpec.parseMillis("soon"));
        assertEquals(Score.INFINITY, Score.parse("INFINITY"));
        assertEquals(-Score.INFINITY, Score.parse("-inf".replace("inf", "INFINITY")));
        assertEquals(-Score.INFINITY, Score.add(Score.INFINITY, -Score.INFINITY));
        assertEquals(Score.INFINITY, Score.parse("5000000"));
    }

    @Test
    void attributesKeepTheirDocumentOrder() {
        String xml = "<nvpair name=\"b\" value=\"2\" id=\"z\"/>\n";
        assertEquals(xml, CibXml.write(CibXml.parse(xml)));
    }
}
