package io.tandem.service;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserAddTest {

    @TempDir
    Path data;

    private int run(String stdin, ByteArrayOutputStream out, String... args) {
        return UserAdd.run(List.of(args), Map.of("TANDEM_DATA", data.toString()),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
    }

    @Test
    void passwordFromStdinIsHashedAndChecked() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(0, run("correct horse battery\n", out, "alice", "--role", "operator"));
        H2UserDirectory users = new H2UserDirectory(data);
        assertEquals(Role.OPERATOR, users.authenticate("alice", "correct horse battery".toCharArray()).orElseThrow().role());
        assertTrue(users.authenticate("alice", "wrong password".toCharArray()).isEmpty());
        assertTrue(users.authenticate("nobody", "correct horse battery".toCharArray()).isEmpty());
        assertFalse(out.toString().contains("correct horse"), "a given password is not echoed");
    }

    @Test
    void emptyStdinGeneratesAndPrintsAPassword() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(0, run("", out, "root", "--role=admin"));
        String line = out.toString().lines().filter(l -> l.startsWith("Password for root: ")).findFirst().orElseThrow();
        String password = line.substring("Password for root: ".length());
        assertEquals(20, password.length());
        assertEquals(Role.ADMIN, new H2UserDirectory(data).authenticate("root", password.toCharArray()).orElseThrow().role());
    }

    @Test
    void duplicatesAndBadRolesAreRefused() {
        assertEquals(0, run("", new ByteArrayOutputStream(), "bob"));
        assertEquals(9, run("", new ByteArrayOutputStream(), "bob"));
        assertEquals(2, run("", new ByteArrayOutputStream(), "carol", "--role", "god"));
        assertEquals(Role.VIEWER, new H2UserDirectory(data).find("bob").orElseThrow().role());
    }
}
