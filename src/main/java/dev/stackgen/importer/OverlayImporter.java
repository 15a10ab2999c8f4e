package dev.stackgen.importer;

import dev.stackgen.catalog.CatalogReader;
import dev.stackgen.catalog.CatalogSchema.Name;
import dev.stackgen.hcl.Attribute;
import dev.stackgen.hcl.BlankLine;
import dev.stackgen.hcl.Block;
import dev.stackgen.hcl.Comment;
import dev.stackgen.hcl.Expressions;
import dev.stackgen.hcl.HclEscaper;
import dev.stackgen.hcl.HclFile;
import dev.stackgen.hcl.HclParser;
import dev.stackgen.hcl.HclSyntaxException;
import dev.stackgen.hcl.Node;
import dev.stackgen.hcl.Token;
import dev.stackgen.model.DmsSetup;
import dev.stackgen.model.Names;
import dev.stackgen.model.PostfixOverlay;
import dev.stackgen.model.SourceRef;
import dev.stackgen.model.StackFile;
import dev.stackgen.model.Trivia;
import dev.stackgen.model.Verbatim;
import dev.stackgen.postfix.DmsStartup;
import dev.stackgen.postfix.Profile;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a stack's {@code .tf} file that holds the docker-mailserver Postfix overlay (a {@code variable}
 * whose default is a heredoc holding main.cf lines) into the model of a catalog {@code file "<path>"}
 * block ({@link StackFile}): the overlay variable as a {@link PostfixOverlay} (each line a parameter
 * without its own spelling where {@code name = value} reproduces it, else the line as written; the
 * variable block and heredoc as written), every other item of the file verbatim in place. The catalog
 * writer prints the block ({@code CatalogWriter.fileBlock}). The inverse of the overlay rendering; reads
 * only.
 */
public final class OverlayImporter {
  /** Names that make a main.cf variable the overlay when the stack mounts none as postfix-main.cf. */
  public static final List<String> OVERLAY_NAMES = List.of("postfix_cf", "postfix_main_cf");

  private static final Pattern MOUNT =
      Pattern.compile("\"postfix-main\\.cf\"\\s*=\\s*var\\.([\\p{L}_][\\p{L}\\p{N}_-]*)");
  private static final List<String> SETTINGS =
      List.of(Name.FILE, Name.PROFILE, Name.HEREDOC, Name.HEREDOC_INDENT, Name.HEREDOC_CLOSE_INDENT, Name.ENV,
          Name.MASTER_CF_APPEND);

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
   * is left alone ({@code line N: ...}) when {@code file} is null.
   */
  public record FileResult(StackFile file, List<String> overlays, List<String> verbatim, String reason) {
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
    List<StackFile.Item> items = new ArrayList<>();
    List<Node> above = new ArrayList<>();
    for (Node n : file.body().nodes()) {
      if (n instanceof Comment || n instanceof BlankLine) {
        above.add(n);
        continue;
      }
      Trivia leading = CatalogReader.triviaOf(above);
      above.clear();
      Candidate c = candidates.stream().filter(x -> x.block() == n).findFirst().orElse(null);
      if (c == null || !c.overlay()) {
        items.add(new StackFile.Item(new Verbatim(n.print().strip(), leading, SourceRef.NONE), null));
        continue;
      }
      Overlay overlay = overlay(c, inStack, leading);
      if (overlay.problem() != null) {
        return Optional.of(new FileResult(null, List.of(), verbatim, overlay.problem().at(c.def(), c.name(),
            lineOffset)));
      }
      items.add(new StackFile.Item(null, overlay.overlay()));
    }
    StackFile block = new StackFile(inStack, items, CatalogReader.triviaOf(above), SourceRef.NONE);
    return Optional.of(new FileResult(block, overlays, verbatim, null));
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

  /** An overlay read from a variable, or what stops it. */
  private record Overlay(PostfixOverlay overlay, Problem problem) {
    Overlay(Problem problem) {
      this(null, problem);
    }
  }

  /** The overlay of {@code c} in {@code inStack} with the lines above it, or what stops it. */
  private static Overlay overlay(Candidate c, String inStack, Trivia leading) {
    Block b = c.block();
    Attribute def = c.def();
    if (def.trailingComment().isPresent()) {
      return new Overlay(new Problem(0, "a comment follows its heredoc"));
    }
    List<Token> toks = def.expression().tokens();
    String opening = toks.get(0).text().strip();
    boolean flush = opening.startsWith("<<-");
    String delimiter = opening.substring(flush ? 3 : 2);
    if (!Names.isIdentifier(delimiter)) {
      return new Overlay(new Problem(0, "its heredoc delimiter " + HclEscaper.quoted(delimiter)
          + " is not an identifier"));
    }
    String closing = toks.get(toks.size() - 1).text();
    int closeIndent = 0;
    while (closeIndent < closing.length() && closing.charAt(closeIndent) == ' ') {
      closeIndent++;
    }
    if (!closing.substring(closeIndent).equals(delimiter)) {
      return new Overlay(new Problem(toks.size() - 1, "its closing delimiter line " + HclEscaper.quoted(closing)
          + " is not spaces and " + delimiter));
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
          return new Overlay(new Problem(k + 1, "indented with a tab in a <<- heredoc (heredoc_indent counts spaces)"));
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
        return new Overlay(new Problem(k + 1, HclEscaper.quoted(raw.get(k))
            + " is not written the way it is read back (an"
            + " escape the catalog cannot reproduce)"));
      }
    }
    DmsSetup dms = DmsSetup.NONE;
    if (needsStartup(lines)) {
      // A parameter of a service docker-mailserver's start-up adds (policyd-spf_time_limit): state its
      // environment (its defaults) so lint sees that service, as the server does.
      dms = new DmsSetup(Optional.of(new DmsSetup.Env(Map.of(), Map.of(), SourceRef.NONE)), List.of(), Optional
          .empty());
    }
    PostfixOverlay.Layout layout = new PostfixOverlay.Layout(variableLayout(b, def), new PostfixOverlay.Heredoc(
        flush, delimiter, indent, closeIndent));
    return new Overlay(new PostfixOverlay(c.name(), inStack, PostfixOverlay.DEFAULT_PROFILE, entries(lines),
        leading, SourceRef.NONE, layout, dms), null);
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

  /**
   * The variable block around the heredoc: {@code type = string} and the default ({@link
   * PostfixOverlay.VariableLayout#TYPE_STRING}, no {@code variable} block in the catalog) or its body as
   * written, {@code default = main_cf} where the heredoc was.
   */
  private static PostfixOverlay.VariableLayout variableLayout(Block b, Attribute def) {
    List<Node> nodes = b.body().nodes();
    boolean plain = nodes.size() == 2 && nodes.get(0) instanceof Attribute t && t.name().equals("type")
        && t.expression().text().strip().equals("string") && t.trailingComment().isEmpty() && nodes.get(1) == def
        && b.openComment().isEmpty() && b.trailingComment().isEmpty();
    if (plain) {
      return PostfixOverlay.VariableLayout.TYPE_STRING;
    }
    StringBuilder before = new StringBuilder();
    StringBuilder after = new StringBuilder();
    StringBuilder at = before;
    for (Node n : nodes) {
      if (n == def) {
        at = after;
      } else {
        String p = n.print();
        at.append(p.endsWith("\n") ? p : p + "\n");
      }
    }
    return new PostfixOverlay.VariableLayout(before.toString(), after.toString(), b.openComment().map(
        Comment::text).orElse(""), b.trailingComment().map(Comment::text).orElse(""));
  }

  /**
   * The overlay's lines as catalog entries: a parameter (with its continuation lines) without its own
   * spelling where {@code name = value} renders it exactly (the writer prints {@code name = "value"}, a
   * heredoc for continuation lines), {@code #} comments and empty lines as they are, every other line as
   * written ({@code line "<text>" {}} in the catalog).
   */
  static List<PostfixOverlay.Entry> entries(List<String> lines) {
    List<PostfixOverlay.Entry> out = new ArrayList<>();
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
        PostfixOverlay.Entry typed = typedNames.contains(e.name()) ? null : typed(e.name(), group);
        if (typed != null) {
          typedNames.add(e.name());
          out.add(typed);
        } else {
          for (String g : group) {
            out.add(PostfixOverlay.Entry.line(g, SourceRef.NONE));
          }
        }
        i = end - 1;
      } else if (e.kind() == PostfixOverlay.Kind.COMMENT && line.equals(line.strip())
          && !line.contains("*/")) {
        out.add(PostfixOverlay.Entry.comment(line, SourceRef.NONE));
      } else if (line.isEmpty() && i > firstNonBlank && i < lastNonBlank) {
        out.add(PostfixOverlay.Entry.blank(SourceRef.NONE));
      } else {
        out.add(e);
      }
    }
    return out;
  }

  /**
   * The parameter without its own spelling when {@code name = value} renders {@code group} exactly, its
   * value as the catalog reads it back (continuation lines at Postfix's customary four spaces become an
   * indented heredoc, which the value renders back with four spaces); else null.
   */
  private static PostfixOverlay.Entry typed(String name, List<String> group) {
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
      return PostfixOverlay.Entry.parameter(name, v, SourceRef.NONE);
    }
    // blanks at the end of a heredoc line are invisible and editors strip them: such a line stays a line "..." {}
    if (group.stream().anyMatch(l -> !l.equals(l.stripTrailing()))) {
      return null;
    }
    if (group.stream().skip(1).allMatch(l -> l.startsWith("    ") && !Character.isWhitespace(l.charAt(4)))) {
      StringBuilder flush = new StringBuilder(value).append('\n');
      for (String cont : group.subList(1, group.size())) {
        flush.append(cont.substring(4)).append('\n');
      }
      return PostfixOverlay.Entry.parameter(name, flush.toString(), SourceRef.NONE);
    }
    return PostfixOverlay.Entry.parameter(name, v + "\n", SourceRef.NONE);
  }
}
