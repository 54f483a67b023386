package io.tandem.crm.shell;

import io.tandem.crm.lang.CrmSyntaxException;
import io.tandem.crm.lang.Lines;
import io.tandem.crm.target.CibTargetException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The crm front end's control flow: global options, one-shot commands ({@code crm configure show}),
 * and sessions read from stdin, prompting when interactive. Exit status 1 when any command failed.
 */
public final class CrmShell {

    private final Map<String, Supplier<Level>> levels;
    private final Console console;
    private final PrintStream out;
    private final String targetName;
    private final boolean interactive;
    private final java.util.HashMap<String, Level> open = new java.util.HashMap<>();

    public CrmShell(Map<String, Supplier<Level>> levels, Console console, PrintStream out, String targetName,
            boolean interactive) {
        this.levels = Map.copyOf(levels);
        this.console = console;
        this.out = out;
        this.targetName = targetName;
        this.interactive = interactive;
    }

    /** Regression mode ({@code -R}): each input line is echoed as {@code .INP: line}, as crmsh does. */
    private boolean echo;

    private Level level(String name) {
        return open.computeIfAbsent(name, n -> levels.get(n).get());
    }

    public int run(List<String> rawArgs, InputStream in) {
        List<String> args = new ArrayList<>();
        for (int i = 0; i < rawArgs.size(); i++) {
            String a = rawArgs.get(i);
            switch (a) {
                case "-R", "--regression-tests" -> echo = true;
                case "-c", "--cib" -> i++;
                case "-F", "--force", "-w", "--wait", "-d", "--debug", "-n", "--no" -> { }
                default -> args.add(a);
            }
        }
        boolean failed;
        try {
            if (args.isEmpty()) {
                failed = session(null, in);
            } else if (args.size() == 1 && levels.containsKey(args.get(0))) {
                failed = session(args.get(0), in);
            } else {
                failed = !oneShot(args);
            }
        } catch (CibTargetException e) {
            console.error(e.getMessage());
            failed = true;
        }
        return failed ? 1 : 0;
    }

    private boolean oneShot(List<String> args) {
        String first = args.get(0);
        if (first.equals("status")) {
            return level("status").run(args, true);
        }
        if (!levels.containsKey(first)) {
            console.error("No such command: " + first);
            return false;
        }
        if (args.size() == 1) {
            return true;
        }
        return level(first).run(args.subList(1, args.size()), true);
    }

    private boolean session(String start, InputStream in) {
        String current = start;
        boolean ok = true;
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        StringBuilder pending = new StringBuilder();
        try {
            while (true) {
                if (interactive && pending.isEmpty()) {
                    out.print("crm(" + targetName + ")" + (current == null ? "" : current) + "# ");
                    out.flush();
                }
                String line = r.readLine();
                if (line == null) {
                    break;
                }
                if (line.endsWith("\\")) {
                    pending.append(line, 0, line.length() - 1).append(' ');
                    continue;
                }
                pending.append(line);
                String full = pending.toString();
                pending.setLength(0);
                if (echo && !full.isBlank()) {
                    out.println(".INP: " + full.strip());
                    out.flush();
                }
                if (full.strip().startsWith("#") || full.isBlank()) {
                    continue;
                }
                List<String> tokens;
                try {
                    tokens = Lines.tokens(full);
                } catch (CrmSyntaxException e) {
                    console.error(e.getMessage());
                    ok = false;
                    continue;
                }
                String w = tokens.get(0);
                switch (w) {
                    case "quit", "exit", "bye" -> {
                        leaveAll();
                        return !ok;
                    }
                    case "help", "?", "ls" -> {
                        out.println(help(current));
                        continue;
                    }
                    case "up", "end", "cd" -> {
                        if (w.equals("cd") && tokens.size() > 1 && levels.containsKey(tokens.get(1))) {
                            current = tokens.get(1);
                        } else if (current != null) {
                            if (interactive) {
                                level(current).leave();
                            }
                            current = null;
                        }
                        continue;
                    }
                    default -> { }
                }
                boolean ownWord = "configure".equals(current)
                        && io.tandem.crm.lang.CliParser.OBJECT_WORDS.contains(w);
                if (levels.containsKey(w) && !ownWord && !(current != null && w.equals("status"))) {
                    if (tokens.size() == 1) {
                        current = w;
                    } else {
                        ok &= level(w).run(tokens.subList(1, tokens.size()), false);
                    }
                    continue;
                }
                if (current == null) {
                    if (w.equals("status")) {
                        ok &= level("status").run(tokens, false);
                    } else {
                        console.error("No such command: " + w);
                        ok = false;
                    }
                    continue;
                }
                ok &= level(current).run(tokens, false);
            }
        } catch (IOException e) {
            console.error("cannot read input: " + e.getMessage());
            ok = false;
        }
        leaveAll();
        return !ok;
    }

    private String help(String current) {
        if (current == null) {
            return "levels: " + String.join(" ", new java.util.TreeSet<>(levels.keySet()))
                    + "\ncommands: cd up end quit help";
        }
        return switch (current) {
            case "configure" -> "objects: " + String.join(" ", new java.util.TreeSet<>(
                    io.tandem.crm.lang.CliParser.OBJECT_WORDS)) + "\ncommands: show [xml] [ids] edit filter delete "
                    + "rename erase verify commit modgroup monitor set refresh up quit";
            case "resource" -> "commands: move migrate ban clear unmove unmigrate unban cleanup refresh start stop "
                    + "promote demote manage unmanage maintenance status locate failcount constraints scores meta "
                    + "param up quit";
            case "node" -> "commands: standby online maintenance ready attribute utilization status-attr show up quit";
            default -> "commands: up quit";
        };
    }

    /** Only an interactive user is told about uncommitted changes (piped input just ends, as in crmsh). */
    private void leaveAll() {
        if (interactive) {
            open.values().forEach(Level::leave);
        }
    }
}
