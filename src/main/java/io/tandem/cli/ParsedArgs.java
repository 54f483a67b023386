package io.tandem.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A command line parsed against a list of {@link OptionSpec}s: {@code -x F}, {@code -xF}, {@code --xml-file F},
 * {@code --xml-file=F}, grouped flags ({@code -QV}) and {@code --} ending the options. Values are keyed by
 * long name; a repeated flag counts (for -VVV).
 */
public record ParsedArgs(Map<String, List<String>> options, List<String> positional) {

    public ParsedArgs {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        options.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        options = java.util.Collections.unmodifiableMap(copy);
        positional = List.copyOf(positional);
    }

    public static ParsedArgs parse(List<String> args, List<OptionSpec> specs) {
        Map<String, List<String>> opts = new LinkedHashMap<>();
        List<String> pos = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--")) {
                pos.addAll(args.subList(i + 1, args.size()));
                break;
            }
            if (a.startsWith("--")) {
                String name = a.substring(2);
                String value = null;
                int eq = name.indexOf('=');
                if (eq >= 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                }
                OptionSpec spec = byLong(specs, name);
                if (spec.takesValue() && value == null) {
                    if (i + 1 >= args.size()) {
                        throw new UsageException("option --" + name + " needs a value");
                    }
                    value = args.get(++i);
                } else if (!spec.takesValue() && value != null) {
                    throw new UsageException("option --" + name + " takes no value");
                }
                add(opts, spec, value);
            } else if (a.startsWith("-") && a.length() > 1) {
                for (int j = 1; j < a.length(); j++) {
                    OptionSpec spec = byShort(specs, a.charAt(j));
                    if (spec.takesValue()) {
                        String value = a.substring(j + 1);
                        if (value.isEmpty()) {
                            if (i + 1 >= args.size()) {
                                throw new UsageException("option -" + spec.shortName() + " needs a value");
                            }
                            value = args.get(++i);
                        }
                        add(opts, spec, value);
                        break;
                    }
                    add(opts, spec, null);
                }
            } else {
                pos.add(a);
            }
        }
        return new ParsedArgs(opts, pos);
    }

    private static void add(Map<String, List<String>> opts, OptionSpec spec, String value) {
        opts.computeIfAbsent(spec.longName(), k -> new ArrayList<>()).add(value == null ? "" : value);
    }

    private static OptionSpec byLong(List<OptionSpec> specs, String name) {
        return specs.stream().filter(s -> s.longName().equals(name)).findFirst()
                .orElseThrow(() -> new UsageException("unknown option --" + name));
    }

    private static OptionSpec byShort(List<OptionSpec> specs, char c) {
        return specs.stream().filter(s -> s.shortName() == c).findFirst()
                .orElseThrow(() -> new UsageException("unknown option -" + c));
    }

    public boolean has(String longName) {
        return options.containsKey(longName);
    }

    public int count(String longName) {
        return options.getOrDefault(longName, List.of()).size();
    }

    /** The last value given for an option (later ones win, as in GLib). */
    public Optional<String> value(String longName) {
        List<String> v = options.get(longName);
        return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v.get(v.size() - 1));
    }

    public static String help(String usage, List<OptionSpec> specs) {
        StringBuilder sb = new StringBuilder("Usage: ").append(usage).append("\n\nOptions:\n");
        for (OptionSpec s : specs) {
            sb.append(String.format("  %-28s %s%n", s.display(), s.help()));
        }
        return sb.toString();
    }
}
