package io.tandem.crm.resource;

import io.tandem.cib.Cib;
import io.tandem.cib.Resource;
import io.tandem.cib.XmlElement;
import io.tandem.crm.configure.CrmCommandException;
import io.tandem.crm.configure.Notes;
import io.tandem.crm.target.CibTarget;
import io.tandem.crm.target.ClusterAdmin;
import io.tandem.crm.target.PlacementView;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code resource} level. Each command is one atomic CIB change; cleanup goes through the
 * cluster's {@link ClusterAdmin} when there is one and edits the status section of a file otherwise.
 */
public final class ResourceLevel {

    private final CibTarget target;
    private final Optional<ClusterAdmin> admin;
    private final Optional<PlacementView> placement;
    private final Notes notes;
    private final PrintStream out;
    private final java.time.InstantSource clock;

    public ResourceLevel(CibTarget target, Optional<ClusterAdmin> admin, Optional<PlacementView> placement,
            Notes notes, PrintStream out, java.time.InstantSource clock) {
        this.clock = clock;
        this.target = target;
        this.admin = admin;
        this.placement = placement;
        this.notes = notes;
        this.out = out;
    }

    public boolean run(List<String> tokens) {
        if (tokens.isEmpty()) {
            return true;
        }
        String cmd = tokens.get(0);
        List<String> args = tokens.subList(1, tokens.size());
        try {
            switch (cmd) {
                case "move", "migrate" -> Moves.move(target, admin, args, notes, clock);
                case "unmove", "unmigrate", "unban", "clear" -> {
                    if (!cmd.equals("clear")) {
                        notes.warning("This command '" + cmd + "' is deprecated, please use 'clear'");
                        notes.info("\"" + cmd + "\" is accepted as \"clear\"");
                    }
                    Moves.clear(target, args, notes);
                }
                case "ban" -> Moves.ban(target, args, notes, clock);
                case "cleanup", "refresh" -> Cleanup.run(target, admin, args, out);
                case "start" -> meta(args, "target-role", "Started");
                case "stop" -> meta(args, "target-role", "Stopped");
                case "promote" -> meta(args, "target-role", "Promoted");
                case "demote" -> meta(args, "target-role", "Unpromoted");
                case "manage" -> meta(args, "is-managed", "true");
                case "unmanage" -> meta(args, "is-managed", "false");
                case "maintenance" -> {
                    boolean off = args.size() > 1 && args.get(1).equals("off");
                    meta(args.subList(0, Math.min(1, args.size())), "maintenance", off ? "false" : "true");
                }
                case "status", "show", "list" -> status(args, false);
                case "locate" -> status(args, true);
                case "failcount" -> Cleanup.failcount(target, admin, args, out);
                case "constraints" -> constraints(args);
                case "scores" -> {
                    if (placement.isEmpty()) {
                        throw new CrmCommandException("resource.scores: the scheduler view is not available here");
                    }
                    placement.get().scores(target.fetch()).forEach((r, m) -> m.forEach((n, s) ->
                            out.println("pcmk__native_allocate: " + r + " allocation score on " + n + ": " + s)));
                }
                case "meta", "param" -> attribute(cmd, args);
                default -> throw new CrmCommandException("resource." + cmd + ": No such command");
            }
            return true;
        } catch (CrmCommandException e) {
            notes.error(e.getMessage());
            return false;
        } catch (ResourceNotFound e) {
            notes.raw(e.getMessage());
            notes.raw("Error performing operation: No such object");
            return false;
        }
    }

    /** crm_resource's words when a resource does not exist. */
    static final class ResourceNotFound extends RuntimeException {
        ResourceNotFound(String id) {
            super("crm_resource: Resource '" + id + "' not found");
        }
    }

    static Resource find(Cib cib, String id) {
        return cib.configuration().findResource(id).orElseThrow(() -> new ResourceNotFound(id));
    }

    private void meta(List<String> args, String name, String value) {
        if (args.isEmpty()) {
            throw new CrmCommandException("usage: <resource> [<resource>...]");
        }
        Cib cib = target.fetch();
        for (String id : args) {
            if (cib.configuration().findResource(id).isEmpty()) {
                throw new CrmCommandException("Resource not found: " + id);
            }
        }
        CibChange.apply(target, root -> {
            XmlElement r = root;
            for (String id : args) {
                r = CibChange.section(r, "configuration", c -> CibChange.section(c, "resources", res ->
                        replaceResource(res, id, e -> Attributes.put(e, "meta_attributes", id + "-meta_attributes",
                                name, value))));
            }
            return r;
        });
    }

    static XmlElement replaceResource(XmlElement res, String id, java.util.function.UnaryOperator<XmlElement> f) {
        XmlElement out = res;
        for (String n : List.of("primitive", "group", "clone", "master", "bundle")) {
            out = CibChange.replace(out, n, id, f);
        }
        return out;
    }

    private void attribute(String cmd, List<String> args) {
        if (args.size() < 3) {
            throw new CrmCommandException("usage: " + cmd + " <rsc> set|delete|show <name> [<value>]");
        }
        String id = args.get(0);
        String kind = cmd.equals("meta") ? "meta_attributes" : "instance_attributes";
        Cib cib = target.fetch();
        Resource r = find(cib, id);
        switch (args.get(1)) {
            case "show" -> out.println(Attributes.get(r.toXml(), kind, args.get(2)).orElseThrow(() ->
                    new CrmCommandException(cmd + " " + args.get(2) + " of " + id + " is not set")));
            case "set", "delete" -> {
                String value = args.get(1).equals("set") ? (args.size() > 3 ? args.get(3) : "") : null;
                CibChange.apply(target, root -> CibChange.configuration(root, "resources", res ->
                        replaceResource(res, id, e -> Attributes.put(e, kind, id + "-" + kind, args.get(2), value))));
            }
            default -> throw new CrmCommandException(cmd + ": expected set, delete or show");
        }
    }

    /** Where resources run: the cluster's answer, else the scheduler's view (locate), else the status history. */
    private void status(List<String> args, boolean locate) {
        Cib cib = target.fetch();
        List<Resource> rs = new ArrayList<>();
        if (args.isEmpty()) {
            rs.addAll(cib.configuration().resources());
        } else {
            rs.add(find(cib, args.get(0)));
        }
        for (Resource r : rs) {
            List<String> nodes = admin.map(a -> a.runningOn(r.id())).orElseGet(() -> locate && placement.isPresent()
                    ? placement.get().locate(cib, r.id()) : ActiveNodes.of(cib, r));
            if (nodes.isEmpty()) {
                out.println("resource " + r.id() + " is NOT running");
            } else {
                out.println("resource " + r.id() + " is running on: " + String.join(" ", nodes));
            }
        }
    }

    private void constraints(List<String> args) {
        if (args.isEmpty()) {
            throw new CrmCommandException("usage: constraints <rsc>");
        }
        Cib cib = target.fetch();
        Resource r = find(cib, args.get(0));
        List<String> locations = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (io.tandem.cib.Constraint c : cib.configuration().constraints()) {
            if (!c.referencedIds().contains(r.id())) {
                continue;
            }
            if (c instanceof io.tandem.cib.Location l) {
                if (l.node() != null) {
                    locations.add("  * Node " + l.node() + " (score=" + l.score() + ", id=" + l.id() + ", rsc="
                            + r.id() + ")");
                } else {
                    locations.add("  * Rules (id=" + l.id() + ", rsc=" + r.id() + ")");
                }
            } else {
                others.add("  * " + c.elementName() + " " + c.id());
            }
        }
        if (!locations.isEmpty()) {
            out.println("Locations:");
            locations.forEach(out::println);
        }
        if (!others.isEmpty()) {
            out.println("Other constraints:");
            others.forEach(out::println);
        }
    }
}
