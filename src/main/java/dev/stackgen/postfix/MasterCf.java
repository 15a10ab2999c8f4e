package dev.stackgen.postfix;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The services of a master.cf (same logical-line rules as main.cf): name, type, maxproc, command and the
 * {@code -o name=value} overrides each service sets.
 *
 * @param services services in file order
 */
public record MasterCf(List<Service> services) {

    public MasterCf {
        services = List.copyOf(services);
    }

    /**
     * One master.cf entry.
     *
     * @param line first physical line
     * @param name service name (first field)
     * @param type service type (inet, unix, pass, fifo, ...)
     * @param maxproc process limit field ({@code -} means {@code default_process_limit})
     * @param command program name (eighth field)
     * @param options the {@code -o name=value} settings, in order
     */
    public record Service(int line, String name, String type, String maxproc, String command, List<Option> options) {
        public Service {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(maxproc, "maxproc");
            Objects.requireNonNull(command, "command");
            options = List.copyOf(options);
        }
    }

    /** One {@code -o name=value} of a service. */
    public record Option(String name, String value) {
        public Option {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
        }
    }

    /** Reads master.cf text; entries with fewer than eight fields are skipped. */
    public static MasterCf parse(String text) {
        List<Service> out = new ArrayList<>();
        for (MainCf.LogicalLine line : MainCf.parse("master.cf", text).lines()) {
            List<String> fields = split(line.text());
            if (fields.size() < 8) {
                continue;
            }
            List<Option> options = new ArrayList<>();
            for (int i = 8; i < fields.size(); i++) {
                String arg = fields.get(i);
                if (!arg.startsWith("-") || arg.equals("--")) {
                    break;
                }
                if (arg.equals("-o") && i + 1 < fields.size()) {
                    String nameValue = fields.get(++i);
                    int eq = nameValue.indexOf('=');
                    if (eq > 0) {
                        options.add(new Option(MainCf.trim(nameValue.substring(0, eq)),
                                MainCf.trim(nameValue.substring(eq + 1))));
                    }
                }
            }
            out.add(new Service(line.line(), fields.get(0), fields.get(1), fields.get(6), fields.get(7), options));
        }
        return new MasterCf(out);
    }

    /** Fields separated by whitespace; {@code { ... }} groups one field (its braces and outer spaces removed). */
    private static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            while (i < n && MainCf.isSpace(s.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            if (s.charAt(i) == '{') {
                int j = s.indexOf('}', i);
                int end = j < 0 ? n : j;
                out.add(MainCf.trim(s.substring(i + 1, end)));
                i = end + 1;
            } else {
                int j = i;
                while (j < n && !MainCf.isSpace(s.charAt(j))) {
                    j++;
                }
                out.add(s.substring(i, j));
                i = j;
            }
        }
        return out;
    }
}
