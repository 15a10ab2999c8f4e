package dev.stackgen.importer;

import dev.stackgen.catalog.CatalogSchema.Name;
import dev.stackgen.hcl.Attribute;
import dev.stackgen.hcl.Block;
import dev.stackgen.hcl.Expressions;
import dev.stackgen.hcl.HclEscaper;
import dev.stackgen.hcl.HclFile;
import dev.stackgen.hcl.HclParser;
import dev.stackgen.hcl.HclSyntaxException;
import dev.stackgen.hcl.Node;
import dev.stackgen.hcl.Token;
import dev.stackgen.model.Names;
import dev.stackgen.model.PostfixOverlay;
import dev.stackgen.model.SourceRef;
import dev.stackgen.postfix.DmsStartup;
import dev.stackgen.postfix.Profile;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a stack's {@code .tf} file that holds the docker-mailserver Postfix overlay (a {@code variable}
 * whose default is a heredoc holding main.cf lines) into a catalog {@code file "<path>" { ... }} block:
 * the overlay variable as a typed {@code postfix_overlay} (each line typed where {@code name = value}
 * reproduces it, else {@code line "<exact text>" {}}; the variable block and heredoc as written), every
 * other item of the file verbatim in place. The inverse of the overlay rendering; reads only.
 */
public final class OverlayImporter {
  /** Names that make a main.cf variable the overlay when the stack mounts none as postfix-main.cf. */
  public static final List<String> OVERLAY_NAMES = List.of("postfix_cf", "postfix_main_cf");

  private static final Pattern MOUNT =
      Pattern.compile("\"postfix-main\\.cf\"\\s*=\\s*var\\.([\\p{L}_][\\p{L}\\p{N}_-]*)");
  private static final List<String> SETTINGS =
      List.of(Name.FILE, Name.PROFILE, Name.HEREDOC, Name.HEREDOC_INDENT, Name.HEREDOC_CLOSE_INDENT, Name.ENV,
          Name.MASTER_CF_APPEND);

  /** Indentation of a multi-line value's heredoc lines in the catalog (stack > file > postfix_overlay > value). */
  private static final int FLUSH_INDENT = 8;

  private final Set<String> mounted;

  /**
   * @param stackFiles the text of every {@code .tf} file of the stack (any folder depth): a variable
   *     used as {@code "postfix-main.cf" = var.<name>} (the ConfigMap key docker-mailserver reads) is
   *     the overlay
   */
  public OverlayImporter(Iterable<String> stackFiles) {
    Set<String> names = new LinkedHashSet<>();
    for (String text : stackFiles) {
      Matcher m = MOUNT.matcher(text);
      while (m.find()) {
        names.add(m.group(1));
      }
    }
    this.mounted = Set.copyOf(names);
  }

  /** The variables mounted as {@code postfix-main.cf} in the stack. */
  public Set<String> mounted() {
    return mounted;
  }

  /**
   * What import makes of one file: the catalog {@code file} block (null when the file stays hand-written),
   * the overlay variables typed, the main.cf variables kept verbatim (with why), and the reason the file
   * is left alone ({@code line N: ...}) when {@code block} is null.
   */
  public record FileResult(String block, List<String> overlays, List<String> verbatim, String reason) {
    public FileResult {
      overlays = List.copyOf(overlays);
      verbatim = List.copyOf(verbatim);
    }
  }

  /** What stops an overlay variable: at heredoc line {@code line} (1 = the first line after the opening), 0 for the default itself. */
  private record Problem(int line, String what) {
    String at(Attribute def, String variable, int lineOffset) {
      return "line " + (def.line() + line + lineOffset) + ": " + (line == 0 ? "" : "main.cf line " + line + " of ")
          + "variable \"" + variable + "\" (the Postfix overlay): " + what;
    }
  }

  /** A variable whose default is a heredoc Postfix reads as main.cf (or that is named/mounted as the overlay). */
  private record Candidate(Block block, Attribute def, boolean overlay, Problem problem) {
    String name() {
      return block.labels().get(0).value();
    }
  }

  /**
   * Reads one {@code .tf} file ({@code text} after any generated-header lines, which are
   * {@code lineOffset} lines); empty when it holds no main.cf variable at all.
   */
  public Optional<FileResult> read(String inStack, String text, int lineOffset) {
    HclFile file;
    try {
      file = HclParser.parse(text, inStack);
    } catch (HclSyntaxException e) {
      return Optional.empty();
    }
    List<Candidate> candidates = new ArrayList<>();
    for (Node n : file.body().nodes()) {
      Candidate c = candidate(n);
      if (c != null) {
        candidates.add(c);
      }
    }
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    List<String> overlays = new ArrayList<>();
    List<String> verbatim = new ArrayList<>();
    for (Candidate c : candidates) {
      int line = c.block().line() + lineOffset;
      if (!c.overlay()) {
        verbatim.add("line " + line + ": variable \"" + c.name() + "\" holds a main.cf heredoc but is not the"
            + " Postfix overlay (" + (mounted.isEmpty() ? "not named " + String.join(" or ", OVERLAY_NAMES)
                + " and the stack mounts no variable as \"postfix-main.cf\""
                : "the stack mounts " + String.join(", ", mounted.stream().sorted().map(m -> "var." + m).toList())
                    + " as \"postfix-main.cf\"") + "); kept verbatim");
      } else if (c.problem() != null) {
        return Optional.of(new FileResult(null, List.of(), verbatim, c.problem().at(c.def(), c.name(), lineOffset)));
      } else {
        overlays.add(c.name());
      }
    }
    if (overlays.isEmpty()) {
      return Optional.of(new FileResult(null, List.of(), verbatim, verbatim.get(0)));
    }
    StringBuilder out = new StringBuilder(Name.FILE + " ").append(HclEscaper.quoted(inStack)).append(" {\n");
    for (Node n : file.body().nodes()) {
      Candidate c = candidates.stream().filter(x -> x.block() == n).findFirst().orElse(null);
      if (c == null || !c.overlay()) {
        out.append(n.print());
        continue;
      }
      Problem problem = overlayBlock(c, out);
      if (problem != null) {
        return Optional.of(new FileResult(null, List.of(), verbatim, problem.at(c.def(), c.name(), lineOffset)));
      }
    }
    String body = out.toString();
    return Optional.of(new FileResult((body.endsWith("\n") ? body : body + "\n") + "}\n", overlays, verbatim, null));
  }

  private Candidate candidate(Node n) {
    if (!(n instanceof Block b) || !b.type().equals("variable") || b.labels().size() != 1) {
      return null;
    }
    String name = b.labels().get(0).value();
    boolean overlay = mounted.isEmpty() ? OVERLAY_NAMES.contains(name) : mounted.contains(name);
    for (Node m : b.body().nodes()) {
      if (m instanceof Attribute a && a.name().equals("default")) {
        if (!Expressions.isHeredocLiteral(a.expression())) {
          return overlay ? new Candidate(b, a, true, new Problem(0, "its default is not a heredoc without templates"))
              : null;
        }
        String value;
        try {
          value = Expressions.decodeString(a.expression());
        } catch (HclSyntaxException e) {
          return overlay ? new Candidate(b, a, true, new Problem(0, "its heredoc does not decode: " + e.getMessage()))
              : null;
        }
        int k = 0;
        boolean definition = false;
        for (String line : value.split("\n", -1)) {
          k++;
          if (k == value.split("\n", -1).length && line.isEmpty()) {
            break;
          }
          try {
            definition |= PostfixOverlay.Entry.line(line, SourceRef.NONE).kind() == PostfixOverlay.Kind.PARAMETER;
          } catch (IllegalArgumentException e) {
            return overlay ? new Candidate(b, a, true, new Problem(k, HclEscaper.quoted(line)
                + " is not name = value (postconf: " + e.getMessage() + "; docker-mailserver would start with an"
                + " empty main.cf)")) : null;
          }
        }
        if (!definition) {
          return overlay ? new Candidate(b, a, true, new Problem(0, "its heredoc holds no main.cf definition")) : null;
        }
        return new Candidate(b, a, overlay, null);
      }
    }
    return null;
  }

  /** Appends the postfix_overlay block for {@code c}; returns what stops it, or null. */
  private static Problem overlayBlock(Candidate c, StringBuilder out) {
    Block b = c.block();
    Attribute def = c.def();
    if (def.trailingComment().isPresent()) {
      return new Problem(0, "a comment follows its heredoc");
    }
    List<Token> toks = def.expression().tokens();
    String opening = toks.get(0).text().strip();
    boolean flush = opening.startsWith("<<-");
    String delimiter = opening.substring(flush ? 3 : 2);
    if (!Names.isIdentifier(delimiter)) {
      return new Problem(0, "its heredoc delimiter " + HclEscaper.quoted(delimiter) + " is not an identifier");
    }
    String closing = toks.get(toks.size() - 1).text();
    int closeIndent = 0;
    while (closeIndent < closing.length() && closing.charAt(closeIndent) == ' ') {
      closeIndent++;
    }
    if (!closing.substring(closeIndent).equals(delimiter)) {
      return new Problem(toks.size() - 1, "its closing delimiter line " + HclEscaper.quoted(closing)
          + " is not spaces and " + delimiter);
    }
    List<String> raw = new ArrayList<>();
    for (int k = 1; k < toks.size() - 1; k++) {
      String t = toks.get(k).text();
      raw.add(t.endsWith("\n") ? t.substring(0, t.length() - 1) : t);
    }
    int indent = 0;
    if (flush) {
      indent = Integer.MAX_VALUE;
      for (String line : raw) {
        if (!line.isBlank()) {
          int n = 0;
          while (n < line.length() && Character.isWhitespace(line.charAt(n))) {
            n++;
          }
          indent = Math.min(indent, n);
        }
      }
      if (indent == Integer.MAX_VALUE) {
        indent = 0;
      }
      for (int k = 0; k < raw.size(); k++) {
        String line = raw.get(k);
        if (!line.isBlank() && !line.substring(0, indent).chars().allMatch(ch -> ch == ' ')) {
          return new Problem(k + 1, "indented with a tab in a <<- heredoc (heredoc_indent counts spaces)");
        }
      }
    }
    List<String> lines = new ArrayList<>();
    for (String line : raw) {
      String decoded = line.isBlank() ? line : line.substring(indent);
      lines.add(decoded.replace("$${", "${").replace("%%{", "%{"));
    }
    for (int k = 0; k < lines.size(); k++) {
      String line = lines.get(k);
      String again = line.isBlank() ? line : " ".repeat(indent) + line.replace("${", "$${").replace("%{", "%%{");
      if (!again.equals(raw.get(k))) {
        return new Problem(k + 1, HclEscaper.quoted(raw.get(k)) + " is not written the way it is read back (an"
            + " escape the catalog cannot reproduce)");
      }
    }
    out.append(Name.POSTFIX_OVERLAY + " ").append(HclEscaper.quoted(c.name())).append(" {\n")
        .append(Name.PROFILE + " = ").append(HclEscaper.quoted(PostfixOverlay.DEFAULT_PROFILE)).append('\n');
    if (needsStartup(lines)) {
      // A parameter of a service docker-mailserver's start-up adds (policyd-spf_time_limit): state its
      // environment (its defaults) so lint sees that service, as the server does.
      out.append("env = {}\n");
    }
    boolean defaultOpening = flush == (indent > 0) && delimiter.equals("EOT");
    if (!defaultOpening) {
      out.append("heredoc = ").append(HclEscaper.quoted((flush ? "<<-" : "<<") + delimiter)).append('\n');
    }
    if (indent > 0) {
      out.append("heredoc_indent = ").append(indent).append('\n');
    }
    if (closeIndent != (flush ? 2 : 0)) {
      out.append("heredoc_close_indent = ").append(closeIndent).append('\n');
    }
    variableBlock(b, def, out);
    out.append('\n').append(entries(lines)).append("}\n");
    return null;
  }

  /**
   * True when a line sets a service parameter ({@code <service>_<parameter>}) of a service that
   * docker-mailserver's start-up adds to master.cf with its default environment, not the image's own
   * master.cf: without the environment stated, lint would call the name unknown.
   */
  static boolean needsStartup(List<String> lines) {
    for (String line : lines) {
      if (line.isEmpty() || Character.isWhitespace(line.charAt(0)) || line.charAt(0) == '#') {
        continue;
      }
      int end = 0;
      while (end < line.length() && line.charAt(end) != '=' && !Character.isWhitespace(line.charAt(end))) {
        end++;
      }
      if (StartupServices.PARAMETERS.contains(line.substring(0, end))) {
        return true;
      }
    }
    return false;
  }

  /** Service parameter names valid only with docker-mailserver's start-up (loaded on first use). */
  private static final class StartupServices {
    static final Set<String> PARAMETERS;

    static {
      Profile profile = Profile.load(PostfixOverlay.DEFAULT_PROFILE);
      Set<String> names = new java.util.HashSet<>(
          profile.serviceParameters(DmsStartup.of(profile, java.util.Map.of()).master(profile)).keySet());
      names.removeAll(profile.serviceParameters(profile.master()).keySet());
      PARAMETERS = Set.copyOf(names);
    }
  }

  /** {@code variable { ... default = main_cf ... }} unless the block is exactly type = string and the default. */
  private static void variableBlock(Block b, Attribute def, StringBuilder out) {
    List<Node> nodes = b.body().nodes();
    boolean plain = nodes.size() == 2 && nodes.get(0) instanceof Attribute t && t.name().equals("type")
        && t.expression().text().strip().equals("string") && t.trailingComment().isEmpty() && nodes.get(1) == def
        && b.openComment().isEmpty() && b.trailingComment().isEmpty();
    if (plain) {
      return;
    }
    out.append("variable {").append(b.openComment().map(c -> " " + c.text()).orElse("")).append('\n');
    for (Node n : nodes) {
      if (n == def) {
        out.append("default = main_cf\n");
      } else {
        String p = n.print();
        out.append(p.endsWith("\n") ? p : p + "\n");
      }
    }
    out.append('}').append(b.trailingComment().map(c -> " " + c.text()).orElse("")).append('\n');
  }

  /**
   * The overlay's lines as catalog entries: a parameter (with its continuation lines) as
   * {@code name = "value"} where that renders it exactly, {@code #} comments and empty lines as they
   * are, every other line as {@code line "<text>" {}}.
   */
  static String entries(List<String> lines) {
    StringBuilder b = new StringBuilder();
    int n = lines.size();
    int firstNonBlank = 0;
    while (firstNonBlank < n && lines.get(firstNonBlank).isEmpty()) {
      firstNonBlank++;
    }
    int lastNonBlank = n - 1;
    while (lastNonBlank >= 0 && lines.get(lastNonBlank).isEmpty()) {
      lastNonBlank--;
    }
    Set<String> typedNames = new java.util.HashSet<>();
    for (int i = 0; i < n; i++) {
      String line = lines.get(i);
      PostfixOverlay.Entry e = PostfixOverlay.Entry.line(line, SourceRef.NONE);
      if (e.kind() == PostfixOverlay.Kind.PARAMETER) {
        int end = i + 1;
        while (end < n && PostfixOverlay.Entry.line(lines.get(end), SourceRef.NONE)
            .kind() == PostfixOverlay.Kind.CONTINUATION) {
          end++;
        }
        List<String> group = lines.subList(i, end);
        // HCL allows an attribute once: a name given again is written as the line it is
        String typed = typedNames.contains(e.name()) ? null : typed(e.name(), group);
        if (typed != null) {
          typedNames.add(e.name());
          b.append(typed);
        } else {
          for (String g : group) {
            b.append(raw(g));
          }
        }
        i = end - 1;
      } else if (e.kind() == PostfixOverlay.Kind.COMMENT && line.equals(line.strip())
          && !line.contains("*/")) {
        b.append(line).append('\n');
      } else if (line.isEmpty() && i > firstNonBlank && i < lastNonBlank) {
        b.append('\n');
      } else {
        b.append(raw(line));
      }
    }
    return b.toString();
  }

  private static String raw(String line) {
    return "line " + HclEscaper.quoted(line) + " {}\n";
  }

  /** {@code name = "value"} (a heredoc with continuation lines) when it renders {@code group} exactly, else null. */
  private static String typed(String name, List<String> group) {
    if (!Names.isIdentifier(name) || SETTINGS.contains(name)) {
      return null;
    }
    String head = group.get(0);
    String value = head.substring(head.indexOf('=') + 1).strip();
    StringBuilder multi = new StringBuilder(value);
    for (String cont : group.subList(1, group.size())) {
      multi.append('\n').append(cont);
    }
    String v = multi.toString();
    if (!PostfixOverlay.Entry.parameter(name, v, SourceRef.NONE).lines().equals(group)) {
      return null;
    }
    if (group.size() == 1) {
      return name + " = " + HclEscaper.quoted(v) + "\n";
    }
    // blanks at the end of a heredoc line are invisible and editors strip them: such a line stays a line "..." {}
    if (group.stream().anyMatch(l -> !l.equals(l.stripTrailing()))) {
      return null;
    }
    if (group.stream().skip(1).allMatch(l -> l.startsWith("    ") && !Character.isWhitespace(l.charAt(4)))) {
      // continuation lines at Postfix's customary four spaces: an indented heredoc at the attribute's depth
      // (inside stack > file > postfix_overlay), which the value renders back with four spaces
      StringBuilder flush = new StringBuilder();
      flush.append(value.isEmpty() ? "" : " ".repeat(FLUSH_INDENT) + value).append('\n');
      for (String cont : group.subList(1, group.size())) {
        flush.append(" ".repeat(FLUSH_INDENT)).append(cont.substring(4)).append('\n');
      }
      String body = HclEscaper.heredocBody(flush.toString());
      String delimiter = HclEscaper.heredocDelimiter(body, "EOT");
      return name + " = <<-" + delimiter + "\n" + body + " ".repeat(FLUSH_INDENT - 2) + delimiter + "\n";
    }
    String body = HclEscaper.heredocBody(v);
    String delimiter = HclEscaper.heredocDelimiter(body, "EOT");
    return name + " = <<" + delimiter + "\n" + body + delimiter + "\n";
  }
}
