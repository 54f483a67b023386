package io.tandem.crm.configure;

import io.tandem.cib.Cib;
import io.tandem.cib.CibXml;
import io.tandem.cib.XmlElement;
import io.tandem.crm.agent.AgentCatalog;
import io.tandem.crm.agent.AgentChecks;
import io.tandem.crm.lang.CliObject;
import io.tandem.crm.lang.CliParser;
import io.tandem.crm.lang.CrmSyntaxException;
import io.tandem.crm.lang.Lines;
import io.tandem.crm.show.ConfigObject;
import io.tandem.crm.show.ShowPrinter;
import io.tandem.crm.target.CibTarget;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code configure} level: object lines change the working copy, {@code commit} writes it. In
 * single-shot mode ({@code crm configure primitive ...}) each command commits by itself and the
 * property checks that crmsh runs only there apply.
 */
public final class ConfigureLevel {

    private final CibTarget target;
    private final AgentCatalog agents;
    private final Notes notes;
    private final PrintStream out;
    private final Editor editor;
    private Cib base;
    private final WorkingConfig work;
    /** Objects crmsh keeps in the session although their agent check failed: commit then fails again. */
    private final List<String> refusedAtCommit = new ArrayList<>();

    private final java.util.function.Function<String, List<String>> runningOn;

    public ConfigureLevel(CibTarget target, AgentCatalog agents, Notes notes, PrintStream out, Editor editor) {
        this(target, agents, notes, out, editor, rsc -> List.of());
    }

    /** {@code runningOn} tells where a resource runs on a live cluster (erase refuses while any does). */
    public ConfigureLevel(CibTarget target, AgentCatalog agents, Notes notes, PrintStream out, Editor editor,
            java.util.function.Function<String, List<String>> runningOn) {
        this.runningOn = runningOn;
        this.target = target;
        this.agents = agents;
        this.notes = notes;
        this.out = out;
        this.editor = editor;
        this.base = target.fetch();
        this.work = new WorkingConfig(base.toXml().child("configuration").orElseThrow());
    }

    public boolean dirty() {
        return !work.configuration().equals(base.toXml().child("configuration").orElseThrow());
    }

    /**
     * Runs one configure command; returns false when it failed (its ERROR lines are printed).
     * {@code oneShot} commits a changing command right away.
     */
    public boolean run(List<String> tokens, boolean oneShot) {
        if (tokens.isEmpty()) {
            return true;
        }
        if (!dirty() && refusedAtCommit.isEmpty()) {
            // nothing pending: pick up what other levels (or other admins) changed meanwhile
            base = target.fetch();
            work.reset(base.toXml().child("configuration").orElseThrow());
        }
        XmlElement before = work.configuration();
        try {
            boolean changes = execute(tokens, oneShot);
            if (oneShot && changes && dirty()) {
                commit();
            }
            return true;
        } catch (CrmSyntaxException | CrmCommandException e) {
            work.reset(before);
            notes.error(e.getMessage());
            return false;
        } catch (io.tandem.crm.target.CibTargetException e) {
            work.reset(before);
            notes.error(e.getMessage());
            return false;
        }
    }

    /** Returns whether the command may have changed the configuration. */
    private boolean execute(List<String> t, boolean oneShot) {
        String word = t.get(0);
        List<String> args = t.subList(1, t.size());
        if (CliParser.OBJECT_WORDS.contains(word)) {
            define(t, oneShot);
            return true;
        }
        switch (word) {
            case "show" -> show(args);
            case "commit" -> {
                if (!refusedAtCommit.isEmpty()) {
                    throw new CrmCommandException(String.join("\nERROR: ", refusedAtCommit));
                }
                if (!dirty()) {
                    notes.info("apparently there is nothing to commit");
                    notes.info("try changing something first");
                } else {
                    commit();
                }
                return false;
            }
            case "verify" -> Committer.check(base, work.configuration(), notes, true);
            case "set" -> {
                need(args, 2, "set <id>.<attribute> <value>");
                ConfigEdits.setValue(work, args.get(0), args.get(1));
                return true;
            }
            case "delete" -> {
                need(args, 1, "delete <id> [<id>...]");
                ConfigEdits.delete(work, args, notes);
                return true;
            }
            case "rename" -> {
                need(args, 2, "rename <old_id> <new_id>");
                ConfigEdits.rename(work, args.get(0), args.get(1), notes);
                return true;
            }
            case "erase" -> {
                if (target.live()) {
                    refuseEraseWhileRunning();
                }
                ConfigEdits.erase(work, !args.isEmpty() && args.get(0).equals("nodes"));
                return true;
            }
            case "modgroup" -> {
                ConfigEdits.modgroup(work, args);
                return true;
            }
            case "monitor" -> {
                ConfigEdits.monitor(work, args);
                return true;
            }
            case "edit" -> {
                edit(args, oneShot, editor);
                return true;
            }
            case "filter" -> {
                need(args, 1, "filter <command> [<id>...]");
                edit(args.subList(1, args.size()), oneShot, new FilterCommand(args.get(0)));
                return true;
            }
            case "save" -> {
                boolean xml = !args.isEmpty() && args.get(0).equals("xml");
                List<String> rest = xml ? args.subList(1, args.size()) : args;
                need(rest, 1, "save [xml] <file>");
                XmlElement root = base.toXml().withChildren(List.of(work.configuration()));
                ConfigFiles.save(java.nio.file.Path.of(rest.get(0)), xml ? CibXml.write(root)
                        : ShowPrinter.show(work.configuration()));
            }
            case "load" -> {
                need(args, 2, "load replace|update <file>");
                String text = ConfigFiles.read(args.get(1));
                ConfigFiles.load(work, args.get(0), text, line -> define(line, oneShot), notes);
                return true;
            }
            case "refresh" -> {
                base = target.fetch();
                work.reset(base.toXml().child("configuration").orElseThrow());
            }
            case "_test", "_regtest", "ptest", "simulate" -> { }
            default -> throw new CrmSyntaxException("configure." + word + ": No such command");
        }
        return false;
    }

    /** On a live cluster crmsh will not erase running resources; a file has nothing running. */
    private void refuseEraseWhileRunning() {
        boolean running = false;
        for (ConfigObject o : work.objects()) {
            if (o.type().equals("primitive") && !runningOn.apply(o.id()).isEmpty()) {
                notes.warning("resource " + o.id() + " is running, can't delete it");
                running = true;
            }
        }
        if (running) {
            throw new CrmCommandException("CIB erase aborted (nothing was deleted)");
        }
    }

    private static void need(List<String> args, int n, String usage) {
        if (args.size() < n) {
            throw new CrmCommandException("usage: " + usage);
        }
    }

    private void define(List<String> tokens, boolean oneShot) {
        String word = tokens.get(0);
        if (word.equals("collocation") || word.equals("master")) {
            String now = word.equals("master") ? "ms" : "colocation";
            notes.warning("This command '" + word + "' is deprecated, please use '" + now + "'");
            notes.info("\"" + word + "\" is accepted as \"" + now + "\"");
        }
        CliObject o = CliParser.parse(tokens);
        for (String n : o.notes()) {
            notes.warning(n.substring("WARNING: ".length()));
        }
        if (o.type().equals("primitive") || o.type().equals("rsc_template")) {
            List<AgentChecks.Finding> fs = AgentChecks.check(o.xml(), agents);
            List<String> errors = new ArrayList<>();
            for (AgentChecks.Finding f : fs) {
                if (f.error()) {
                    errors.add(f.message());
                } else {
                    notes.warning(f.message());
                }
            }
            if (!errors.isEmpty()) {
                if (!oneShot) {
                    refusedAtCommit.addAll(errors);
                }
                throw new CrmCommandException(String.join("\nERROR: ", errors));
            }
        }
        if (oneShot && o.type().equals("property")) {
            for (XmlElement p : o.xml().children("nvpair")) {
                Optional<String> bad = ClusterOptions.invalid(p.attr("name"), p.attr("value"));
                if (bad.isPresent()) {
                    throw new CrmCommandException(o.id() + ": " + bad.get());
                }
                if (!ClusterOptions.known(p.attr("name"))) {
                    notes.warning(o.id() + ": unknown attribute '" + p.attr("name") + "'");
                }
            }
        }
        work.define(o, notes);
        if (o.type().equals("property") && o.xml().children("nvpair").stream().anyMatch(p ->
                "maintenance-mode".equals(p.attr("name")) && "true".equals(p.attr("value")))) {
            ConfigEdits.dropMaintenanceFlags(work, notes);
        }
    }

    private void commit() {
        Committer.commit(target, base, work.configuration(), notes);
        base = target.fetch();
        work.reset(base.toXml().child("configuration").orElseThrow());
    }

    private List<ConfigObject> select(List<String> ids) {
        List<ConfigObject> all = work.objects();
        if (ids.isEmpty()) {
            return all;
        }
        if (ids.equals(List.of("changed"))) {
            // the objects this session changed and has not committed yet
            java.util.Set<XmlElement> committed = new java.util.HashSet<>();
            ConfigObject.all(base.toXml().child("configuration").orElseThrow()).forEach(o -> committed.add(o.xml()));
            return all.stream().filter(o -> !committed.contains(o.xml())).toList();
        }
        if (ids.contains("and") || ids.contains("or") || ids.stream().anyMatch(i -> i.startsWith("tag:")
                || i.startsWith("related:"))) {
            return filter(all, ids);
        }
        List<ConfigObject> out = new ArrayList<>();
        for (String id : ids) {
            if (id.startsWith("type:")) {
                String type = id.substring(5);
                all.stream().filter(o -> o.type().equals(type)).forEach(out::add);
                continue;
            }
            List<ConfigObject> hit = all.stream().filter(o -> id.equals(o.id())).toList();
            if (hit.isEmpty()) {
                throw new CrmCommandException("object " + id + " does not exist");
            }
            out.addAll(hit);
        }
        return out;
    }

    /** {@code show tag:T and type:location}: terms joined by and/or, left to right. */
    private List<ConfigObject> filter(List<ConfigObject> all, List<String> terms) {
        java.util.LinkedHashSet<ConfigObject> acc = null;
        String op = "or";
        for (String t : terms) {
            if (t.equals("and") || t.equals("or")) {
                op = t;
                continue;
            }
            java.util.LinkedHashSet<ConfigObject> hit = new java.util.LinkedHashSet<>();
            for (ConfigObject o : all) {
                boolean match;
                if (t.startsWith("type:")) {
                    match = o.type().equals(t.substring(5));
                } else if (t.startsWith("tag:")) {
                    match = tagged(all, t.substring(4), o.id());
                } else if (t.startsWith("related:")) {
                    match = t.substring(8).equals(o.id()) || mentions(o.xml(), t.substring(8));
                } else {
                    match = t.equals(o.id());
                }
                if (match) {
                    hit.add(o);
                }
            }
            if (acc == null) {
                acc = hit;
            } else if (op.equals("and")) {
                acc.retainAll(hit);
            } else {
                acc.addAll(hit);
            }
        }
        return acc == null ? List.of() : new ArrayList<>(acc);
    }

    /** Whether an object names {@code id} in a reference (rsc, with-rsc, first, then, resource_ref, obj_ref). */
    private static boolean mentions(XmlElement e, String id) {
        boolean[] hit = {false};
        e.walk(x -> {
            for (String a : List.of("rsc", "with-rsc", "first", "then")) {
                hit[0] |= id.equals(x.attr(a));
            }
            hit[0] |= (x.name().equals("resource_ref") || x.name().equals("obj_ref")) && id.equals(x.id());
        });
        return hit[0];
    }

    private static boolean tagged(List<ConfigObject> all, String tag, String id) {
        return all.stream().anyMatch(o -> o.type().equals("tag") && o.id().equals(tag)
                && o.xml().children("obj_ref").stream().anyMatch(r -> id.equals(r.id())));
    }

    private void show(List<String> args) {
        boolean xml = !args.isEmpty() && args.get(0).equals("xml");
        List<String> ids = xml ? args.subList(1, args.size()) : args;
        if (xml) {
            if (ids.isEmpty()) {
                XmlElement root = base.toXml();
                List<XmlElement> kids = List.of(work.configuration());
                out.print("<?xml version=\"1.0\" ?>\n" + CibXml.write(root.withChildren(kids)));
            } else {
                for (ConfigObject o : select(ids)) {
                    out.print(CibXml.write(o.xml()));
                }
            }
            return;
        }
        out.print(ShowPrinter.show(work.configuration(), select(ids)));
    }

    /** Opens the show text in the editor, then replaces the shown objects with what comes back, all or nothing. */
    private void edit(List<String> ids, boolean oneShot, Editor editor) {
        List<ConfigObject> chosen = select(ids);
        String text = ShowPrinter.show(work.configuration(), chosen);
        Optional<String> edited = editor.edit(text);
        if (edited.isEmpty() || edited.get().equals(text)) {
            return;
        }
        XmlElement before = work.configuration();
        List<String> removable = new ArrayList<>();
        for (ConfigObject o : chosen) {
            if (!o.type().equals("node") && !List.of("property", "rsc_defaults", "op_defaults").contains(o.type())) {
                removable.add(o.id());
            }
        }
        List<String> order = List.of("primitive", "rsc_template", "group", "clone", "ms");
        removable.sort((a, b) -> Integer.compare(rank(b, order), rank(a, order)));
        try {
            for (String id : removable) {
                if (work.find(id).isPresent()) {
                    ConfigEdits.delete(work, List.of(id), new SilentNotes());
                }
            }
            for (ConfigObject o : chosen) {
                if (List.of("property", "rsc_defaults", "op_defaults").contains(o.type())) {
                    XmlElement c = work.configuration();
                    work.set(Sections.update(c, ConfigEdits.sectionOf(o.type()), s -> Sections.replaceById(s, o.id(),
                            null)));
                }
            }
            for (List<String> line : dependencyOrder(edited.get())) {
                define(line, oneShot);
            }
            Committer.check(base, work.configuration(), new SilentNotes());
        } catch (RuntimeException e) {
            work.reset(before);
            throw e instanceof CrmSyntaxException || e instanceof CrmCommandException ? e
                    : new CrmCommandException(e.getMessage());
        }
    }

    /**
     * The lines of an edited text in an order where everything exists before it is referred to:
     * primitives before the groups that take them, groups before clones, resources before constraints.
     */
    static List<List<String>> dependencyOrder(String text) {
        List<String> order = List.of("node", "property", "rsc_defaults", "op_defaults", "rsc_template", "primitive",
                "group", "clone", "ms", "master", "bundle");
        List<List<String>> lines = new ArrayList<>();
        for (String l : Lines.logical(text)) {
            lines.add(Lines.tokens(l));
        }
        lines.sort(java.util.Comparator.comparingInt(t -> {
            int i = order.indexOf(t.get(0));
            return i < 0 ? order.size() : i;
        }));
        return lines;
    }

    private int rank(String id, List<String> order) {
        return work.find(id).map(o -> order.contains(o.type()) ? order.indexOf(o.type()) : order.size())
                .orElse(-1);
    }

    /** Discards notes while an edit re-applies objects (the user sees the final result, not the steps). */
    private static final class SilentNotes implements Notes {
        @Override
        public void info(String text) {
        }

        @Override
        public void warning(String text) {
        }

        @Override
        public void error(String text) {
        }
    }
}
