package io.tandem.crm;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tandem.cib.CibXml;
import io.tandem.cib.XmlElement;
import io.tandem.cib.XmlEquivalence;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** crmsh 4.4.1's cibtests: a crm session on shadow.base must leave exactly NNN.exp.xml's configuration. */
class UpstreamCibTestsTest {

    @TempDir
    Path tmp;

    @Test
    void cibTests() throws IOException {
        Optional<Path> dir = SharedCases.dir("crmsh-cases/upstream-crmsh-4.4.1/cibtests");
        if (dir.isEmpty()) {
            return;
        }
        List<Path> inputs;
        try (Stream<Path> s = Files.list(dir.get())) {
            inputs = s.filter(p -> p.toString().endsWith(".input")).sorted().toList();
        }
        int pass = 0;
        for (Path in : inputs) {
            String name = in.getFileName().toString().replace(".input", "");
            Path cib = tmp.resolve(name + ".xml");
            Files.copy(dir.get().resolve("shadow.base"), cib, StandardCopyOption.REPLACE_EXISTING);
            CrmRun r = CrmRun.run(cib, Files.readString(in));
            XmlElement want = CibXml.parse(dir.get().resolve(name + ".exp.xml")).child("configuration").orElseThrow();
            XmlElement got = CibXml.parse(cib).child("configuration").orElseThrow();
            Optional<String> d = XmlEquivalence.difference(got, want);
            if (d.isEmpty() && r.rc() == 0) {
                pass++;
            } else {
                System.out.println("FAIL cibtest " + name + ": rc " + r.rc() + " " + d.orElse("") + " " + r.both());
            }
        }
        System.out.printf("crm upstream cibtests: %d/%d%n", pass, inputs.size());
        assertTrue(pass >= Ratchet.floor("cibtests"), "cibtests " + pass + " < ratchet");
    }
}
