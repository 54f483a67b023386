package io.tandem.executor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class Md5ParameterDigesterTest {

    private final Md5ParameterDigester d = new Md5ParameterDigester();

    private static OpDigestInput in(Map<String, String> params, Optional<AgentMetadata> md, long interval) {
        return new OpDigestInput(TestNode.DUMMY, "start", interval, params, md, "3.16.2");
    }

    @Test
    void isMd5OverTheSortedParametersElement() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("b", "2");
        p.put("a", "1");
        assertEquals("<parameters a=\"1\" b=\"2\"/>", Md5ParameterDigester.parametersElement(p));
        // md5 of the string above, computed independently with md5sum.
        assertEquals("e6f9503e79925145581f2ea0ea17e7bf", d.digest(in(p, Optional.empty(), 0)));
        assertEquals(d.digest(in(Map.of("a", "1", "b", "2"), Optional.empty(), 0)), d.digest(in(p, Optional.empty(), 0)));
        assertNotEquals(d.digest(in(Map.of("a", "1", "b", "3"), Optional.empty(), 0)), d.digest(in(p, Optional.empty(), 0)));
    }

    @Test
    void restartDigestIgnoresReloadableParameters() {
        AgentParameter name = new AgentParameter("name", false, false, true, "string", Optional.empty(), "");
        AgentParameter host = new AgentParameter("host", false, false, false, "string", Optional.empty(), "");
        AgentMetadata md = new AgentMetadata("pingd", "1.1", "", List.of(name, host),
                List.of(new AgentActionSpec("reload-agent", Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty())), "");
        String r1 = d.restartDigest(in(Map.of("name", "x", "host", "h"), Optional.of(md), 0));
        String r2 = d.restartDigest(in(Map.of("name", "y", "host", "h"), Optional.of(md), 0));
        String r3 = d.restartDigest(in(Map.of("name", "y", "host", "g"), Optional.of(md), 0));
        assertEquals(r1, r2);
        assertNotEquals(r2, r3);
        assertNull(d.restartDigest(in(Map.of(), Optional.of(md), 10_000)), "recurring ops carry no restart digest");
    }
}
