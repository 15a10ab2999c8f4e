package dev.stackgen.catalog;

import dev.stackgen.hcl.Attribute;
import dev.stackgen.hcl.BlankLine;
import dev.stackgen.hcl.Block;
import dev.stackgen.hcl.Comment;
import dev.stackgen.hcl.Expressions;
import dev.stackgen.hcl.HclFile;
import dev.stackgen.hcl.HclFormatter;
import dev.stackgen.hcl.HclParser;
import dev.stackgen.hcl.HclSyntaxException;
import dev.stackgen.hcl.Node;
import dev.stackgen.importer.OverlayImporter;
import dev.stackgen.model.Catalog;
import dev.stackgen.model.Defaults;
import dev.stackgen.model.Names;
import dev.stackgen.model.PostfixOverlay;
import dev.stackgen.postfix.MainCf;
import dev.stackgen.model.Root;
import dev.stackgen.model.Settings;
import dev.stackgen.model.SourceRef;
import dev.stackgen.model.Stack;
import dev.stackgen.model.Tier;
import dev.stackgen.model.Trivia;
import dev.stackgen.model.Verbatim;
import dev.stackgen.render.GeneratedFile;
import dev.stackgen.render.RenderException;
import dev.stackgen.render.Renderer;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Turns a hand-kept Terragrunt repository into a catalog that regenerates its files byte for byte
 * (non-canonical files in canonical form): the root {@code terragrunt.hcl} as a custom root, every
 * {@code <stacks>/<name>/terragrunt.hcl} as a stack (default layout where it reproduces the file,
 * {@code layout = "exact"} otherwise), Postfix main.cf heredocs as overlays. Reads only.
 */
public final class CatalogImporter {
  /** Tier used when the repository names none. */
  public static final String FALLBACK_TIER = "default";

  private static final Pattern TIER_REF = Pattern.compile("local\\.tiers\\.([A-Za-z_][A-Za-z0-9_-]*)");
  private static final Pattern QUOTED = Pattern.compile("\"([^\"\\\\$%]*)\"");

  private final Path repo;
  private final String stacksDir;
  private final Renderer renderer;

  public CatalogImporter(Path repo, String stacksDir, Renderer renderer) {
    this.repo = repo;
    this.stacksDir = stacksDir;
    this.renderer = renderer;
  }

  /**
   * What an import produced: the catalog text, the files it takes over (path → content on disk),
   * those left alone with the reason, those reproduced in canonical form, and the in-memory round trip.
   */
  public record Result(
      String catalog,
      List<String> stacks,
      List<String> takenOver,
      List<String> overlays,
      List<String> wrappers,
      Map<String, String> leftAlone,
      List<String> nonCanonical,
      String headerNote,
      List<String> differing,
      List<String> guessedTiers,
      List<String> verbatimMainCf) {
    public Result {
      verbatimMainCf = List.copyOf(verbatimMainCf);
      stacks = List.copyOf(stacks);
      takenOver = List.copyOf(takenOver);
      overlays = List.copyOf(overlays);
      wrappers = List.copyOf(wrappers);
      leftAlone = Map.copyOf(leftAlone);
      nonCanonical = List.copyOf(nonCanonical);
      differing = List.copyOf(differing);
      guessedTiers = List.copyOf(guessedTiers);
    }

    public int identical() {
      return takenOver.size() - differing.size();
    }
  }

  /** Reads the repository and builds the catalog; the round trip is computed in memory. */
  public Result run() throws IOException, CatalogException, HclSyntaxException {
    Path rootFile = repo.resolve("terragrunt.hcl");
    if (!Files.isRegularFile(rootFile)) {
      throw new CatalogException(new SourceRef("terragrunt.hcl", 1, 1),
          "no root terragrunt.hcl in " + repo + "; import reads a Terragrunt repository");
    }
    Map<String, String> originals = new LinkedHashMap<>();
    originals.put("terragrunt.hcl", read("terragrunt.hcl"));
    Map<String, String> leftAlone = new TreeMap<>();
    List<String> stackNames = new ArrayList<>();
    Path stacks = repo.resolve(stacksDir);
    if (Files.isDirectory(stacks)) {
      try (Stream<Path> s = Files.list(stacks)) {
        for (Path dir : s.filter(Files::isDirectory).sorted().toList()) {
          String name = dir.getFileName().toString();
          if (name.startsWith(".")) {
            continue;
          }
          String tg = stacksDir + "/" + name + "/terragrunt.hcl";
          if (!Files.isRegularFile(dir.resolve("terragrunt.hcl"))) {
            for (String f : filesUnder(dir)) {
              leftAlone.put(f, "folder has no terragrunt.hcl, not a stack");
            }
            continue;
          }
          if (!Names.isStackName(name)) {
            for (String f : filesUnder(dir)) {
              leftAlone.put(f, "folder name \"" + name + "\" is not a stack name ([a-z0-9][a-z0-9._-]*)");
            }
            continue;
          }
          stackNames.add(name);
          originals.put(tg, read(tg));
        }
      }
    }
    Map<String, List<String>> overlayFiles = new LinkedHashMap<>();
    Map<String, OverlayImporter> overlayImporters = new LinkedHashMap<>();
    Map<String, String> overlayReasons = new LinkedHashMap<>();
    List<String> verbatimMainCf = new ArrayList<>();
    for (String name : stackNames) {
      Map<String, String> tfFiles = new LinkedHashMap<>();
      for (String f : filesUnder(repo.resolve(stacksDir).resolve(name))) {
        if (f.endsWith(".tf")) {
          tfFiles.put(f, read(f));
        }
      }
      OverlayImporter overlayImporter = new OverlayImporter(tfFiles.values());
      overlayImporters.put(name, overlayImporter);
      for (var e : tfFiles.entrySet()) {
        String f = e.getKey();
        String inStack = f.substring(stacksDir.length() + name.length() + 2);
        if (inStack.equals("main.tf")) {
          continue;
        }
        var r = overlayImporter.read(inStack, e.getValue(), 0);
        if (r.isPresent() && r.get().block() != null) {
          overlayFiles.computeIfAbsent(name, k -> new ArrayList<>()).add(f);
          originals.put(f, e.getValue());
        } else if (r.isPresent()) {
          overlayReasons.put(f, r.get().reason());
          r.get().verbatim().forEach(v -> verbatimMainCf.add(f + ": " + v));
        }
      }
    }
    Map<String, String> wrapperReasons = new LinkedHashMap<>();
    for (String name : stackNames) {
      String f = stacksDir + "/" + name + "/main.tf";
      if (Files.isRegularFile(repo.resolve(f))) {
        String text = read(f);
        String reason = wrapperShape(f, text);
        if (reason == null) {
          originals.put(f, text);
        } else {
          wrapperReasons.put(f, reason);
        }
      }
    }
    long withHeader = originals.values().stream().filter(CatalogImporter::startsWithHeader).count();
    boolean header = withHeader == originals.size();
    String headerNote = header
        ? "every taken-over file carries the generated header: header = true"
        : withHeader == 0
            ? "no taken-over file carries the generated header: header = false (see docs/import.md to turn it on)"
            : withHeader + " of " + originals.size() + " files carry the generated header: header = false, the"
                + " header line is kept as a comment in those files";
    Settings settings = new Settings(stacksDir, header);

    String rootText = originals.get("terragrunt.hcl");
    HclFile rootHcl = HclParser.parse(rootText, "terragrunt.hcl");
    List<String> tierNames = tierNames(rootHcl);
    Set<String> tierZero = tierZero(rootHcl);

    StringBuilder catalog = new StringBuilder();
    catalog.append("# Imported by stackgen import from a hand-kept repository.\n\n");
    catalog.append("stackgen {\n  stacks_dir = ").append(quoted(stacksDir)).append("\n  header = ")
        .append(header).append("\n}\n\n");
    catalog.append("root {\n");
    if (tierNames.isEmpty()) {
      catalog.append("# No tiers in the root file: every stack gets the fallback tier.\n");
      catalog.append("tiers = { ").append(FALLBACK_TIER).append(" = ").append(quoted(FALLBACK_TIER)).append(" }\n\n");
      tierNames = List.of(FALLBACK_TIER);
    }
    catalog.append(ensureNewline(body(header ? stripHeader(rootText) : rootText)));
    catalog.append("}\n");

    List<String> differing = new ArrayList<>();
    List<String> overlays = new ArrayList<>();
    List<String> wrappers = new ArrayList<>();
    List<String> guessedTiers = new ArrayList<>();
    for (String name : stackNames) {
      String path = stacksDir + "/" + name + "/terragrunt.hcl";
      String tier = tierOf(name, tierNames);
      if (tier == null) {
        tier = tierZero.contains(name) ? tierNames.get(0) : tierNames.get(tierNames.size() - 1);
        guessedTiers.add(name);
      }
      StringBuilder fileBlocks = new StringBuilder();
      for (String f : overlayFiles.getOrDefault(name, List.of())) {
        String inStack = f.substring(stacksDir.length() + name.length() + 2);
        String original = originals.get(f);
        boolean stripped = header && startsWithHeader(original);
        OverlayImporter.FileResult read = overlayImporters.get(name)
            .read(inStack, stripped ? stripHeader(original) : original, stripped ? 2 : 0).orElseThrow();
        String fileBlock = read.block();
        String canonical = HclFormatter.format(original, f);
        String[] error = new String[1];
        String rendered = fileBlock == null ? null : renderedFile(settings, name, tier, fileBlock, f, error);
        if (fileBlock != null && canonical.equals(rendered)) {
          fileBlocks.append('\n').append(fileBlock);
          for (String v : read.overlays()) {
            overlays.add(name + ": " + inStack + " variable \"" + v + "\"");
          }
          read.verbatim().forEach(v -> verbatimMainCf.add(f + ": " + v));
        } else {
          originals.remove(f);
          overlayReasons.put(f, fileBlock == null ? read.reason() : rendered == null
              ? "the postfix_overlay written for it is refused: " + error[0]
              : OverlayImporter.firstDifference(canonical, rendered, 0));
        }
      }
      String mainTf = stacksDir + "/" + name + "/main.tf";
      if (originals.containsKey(mainTf)) {
        String original = originals.get(mainTf);
        String module = moduleBlock(settings, name, tier, header ? stripHeader(original) : original, mainTf, original);
        if (module != null) {
          fileBlocks.append('\n').append(module);
          wrappers.add(mainTf);
        } else {
          originals.remove(mainTf);
          wrapperReasons.put(mainTf, "module wrapper, but a module block cannot reproduce it exactly (e.g. blocks"
              + " out of the order variables, vault data sources, locals, module, or variables not written in"
              + " the form the renderer writes)");
        }
      }
      String block = stackBlock(settings, name, tier, tierZero.contains(name), originals.get(path), header,
          fileBlocks.toString());
      catalog.append('\n').append(block);
    }

    String text = HclFormatter.format(catalog.toString(), CatalogReader.MAIN_FILE);
    Catalog imported;
    try {
      imported = CatalogReader.parse(List.of(new CatalogReader.Source(CatalogReader.MAIN_FILE, text)));
    } catch (CatalogException e) {
      String message = e.getMessage();
      String what = message.startsWith(e.source() + ": ") ? message.substring(e.source().toString().length() + 2)
          : message;
      throw new CatalogException(originOf(text, e.source().line(), what),
          "the repository does not make a valid catalog (nothing written): " + what);
    }
    List<String> nonCanonical = new ArrayList<>();
    Map<String, String> rendered = new LinkedHashMap<>();
    for (GeneratedFile f : renderer.render(imported)) {
      rendered.put(f.path(), f.content());
    }
    for (var e : originals.entrySet()) {
      String canonical = HclFormatter.format(e.getValue(), e.getKey());
      if (!canonical.equals(e.getValue())) {
        nonCanonical.add(e.getKey());
      }
      if (!canonical.equals(rendered.get(e.getKey()))) {
        differing.add(e.getKey());
      }
    }
    for (String stack : stackNames) {
      for (String f : filesUnder(repo.resolve(stacksDir).resolve(stack))) {
        if (!originals.containsKey(f) && !rendered.containsKey(f)) {
          leftAlone.put(f, wrapperReasons.getOrDefault(f, overlayReasons.getOrDefault(f, reasonLeftAlone(f))));
        }
      }
    }
    return new Result(text, stackNames, new ArrayList<>(originals.keySet()), overlays, wrappers, leftAlone,
        nonCanonical, headerNote, differing, guessedTiers, verbatimMainCf);
  }

  private static String reasonLeftAlone(String path) {
    String file = path.substring(path.lastIndexOf('/') + 1);
    if (file.equals("main.tf")) {
      return "not a stack's own main.tf (only <stack>/main.tf module wrappers are taken over)";
    }
    if (file.endsWith(".tf")) {
      return "no Postfix main.cf heredoc default in it";
    }
    return "not a file stackgen generates";
  }

  /**
   * The catalog block of one stack: the default layout when it renders the file, else the exact
   * layout (explicit include, blank lines as written).
   */
  private String stackBlock(Settings settings, String name, String tier, boolean local, String original,
      boolean header, String fileBlocks) throws HclSyntaxException, CatalogException {
    String canonical = HclFormatter.format(original, name);
    String text = header ? stripHeader(original) : original;
    HclFile file = HclParser.parse(text, stacksDir + "/" + name + "/terragrunt.hcl");
    List<Node> nodes = file.body().nodes();
    String settingsLines = "tier = " + quoted(tier) + "\nstate = " + quoted(local ? "local" : "pg") + "\n";
    String natural = naturalBlock(name, settingsLines + fileBlocks, nodes);
    if (natural != null && reproduces(settings, natural, canonical)) {
      return natural;
    }
    StringBuilder exact = new StringBuilder("stack ").append(quoted(name)).append(" {\n").append(settingsLines)
        .append("layout = \"exact\"\n").append(fileBlocks).append("\n");
    for (Node n : nodes) {
      exact.append(rewrite(n));
    }
    return ensureNewline(exact.toString()) + "}\n";
  }

  /** Comments, one blank line, the standard include, then items: the default layout, or null. */
  private static String naturalBlock(String name, String settingsLines, List<Node> nodes) {
    int i = 0;
    List<String> comments = new ArrayList<>();
    while (i < nodes.size() && nodes.get(i) instanceof Comment c) {
      comments.add(c.print());
      i++;
    }
    if (!comments.isEmpty()) {
      if (i >= nodes.size() || !(nodes.get(i) instanceof BlankLine)) {
        return null;
      }
      i++;
    }
    if (i >= nodes.size() || !(nodes.get(i) instanceof Block b) || !b.type().equals("include")
        || !HclFormatter.format(b.print().strip() + "\n").equals("include \"root\" {\n  path = find_in_parent_folders()\n}\n")) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    for (String c : comments) {
      out.append(ensureNewline(c.strip()));
    }
    out.append("stack ").append(quoted(name)).append(" {\n").append(settingsLines);
    for (int j = i + 1; j < nodes.size(); j++) {
      out.append(rewrite(nodes.get(j)));
    }
    return ensureNewline(out.toString()) + "}\n";
  }

  /** A node's source, a dependency in the {@code dependency "x" {}} shorthand where that renders it exactly. */
  private static String rewrite(Node node) {
    String printed = node.print();
    if (!(node instanceof Block b) || !b.type().equals("dependency") || b.labels().size() != 1) {
      return printed;
    }
    String label = b.labels().get(0).value();
    List<Node> body = b.body().nodes();
    if (!Names.isStackName(label) || body.size() < 2
        || !(body.get(0) instanceof Attribute path) || !(body.get(1) instanceof Attribute skip)
        || !path.name().equals("config_path") || !skip.name().equals("skip_outputs")
        || path.trailingComment().isPresent() || skip.trailingComment().isPresent() || b.trailingComment().isPresent()
        || !path.expression().text().strip().equals("\"../" + label + "\"")
        || !skip.expression().text().strip().equals("true")) {
      return printed;
    }
    String generated = path.print() + skip.print();
    int at = printed.indexOf(generated);
    if (at < 0) {
      return printed;
    }
    if (body.size() == 2 && b.openComment().isEmpty() && b.trailingComment().isEmpty() && !b.oneLine()) {
      String indent = printed.substring(0, printed.length() - printed.stripLeading().length());
      return indent + "dependency " + quoted(label) + " {}\n";
    }
    return printed.substring(0, at) + printed.substring(at + generated.length());
  }

  /** True when the stack block alone renders {@code canonical}. */
  private boolean reproduces(Settings settings, String block, String canonical) {
    try {
      String text = HclFormatter.format(block, CatalogReader.MAIN_FILE);
      CatalogBuilder builder = new CatalogBuilder();
      builder.readFile(HclParser.parse(text, CatalogReader.MAIN_FILE));
      Stack stack = builder.stacks().get(0);
      Root root = Root.custom(List.of(Tier.of(stack.tier(), stack.tier())), List.of(Verbatim.of("x = 1")),
          Trivia.NONE, Trivia.NONE, SourceRef.NONE);
      Catalog one = new Catalog(settings, root, Defaults.NONE, List.of(stack));
      List<GeneratedFile> files = renderer.renderStack(one, stack);
      return files.get(0).content().equals(canonical);
    } catch (CatalogException | HclSyntaxException | RenderException | IllegalArgumentException e) {
      return false;
    }
  }

  private static final Pattern VAULT_DATA = Pattern.compile("data\\s+\"vault_kv_secret_v2\"\\s+");

  /**
   * Why a main.tf is not a module wrapper (header comments, variables, vault_kv_secret_v2 data
   * sources, at most one locals, exactly one module call with a local source, or any source in a file
   * stackgen generated), or null when it is one.
   */
  private static String wrapperShape(String path, String text) {
    HclFile file;
    try {
      file = HclParser.parse(text, path);
    } catch (HclSyntaxException e) {
      return "not a module wrapper: does not parse (" + e.getMessage() + ")";
    }
    int modules = 0;
    int locals = 0;
    Set<String> others = new LinkedHashSet<>();
    for (Node n : file.body().nodes()) {
      if (n instanceof Attribute a) {
        others.add("attribute " + a.name());
      } else if (n instanceof Block b) {
        switch (b.type()) {
          case "variable" -> { }
          case "locals" -> locals++;
          case "module" -> {
            modules++;
            for (Node m : b.body().nodes()) {
              if (m instanceof Attribute a && a.name().equals("source")) {
                String src = a.expression().text().strip();
                if (!src.startsWith("\"./") && !src.startsWith("\"../") && !startsWithHeader(text)) {
                  return "not a module wrapper: module source " + src + " is not a local path";
                }
              }
            }
          }
          case "data" -> {
            if (b.labels().isEmpty() || !b.labels().get(0).value().equals("vault_kv_secret_v2")) {
              others.add("data \"" + (b.labels().isEmpty() ? "" : b.labels().get(0).value()) + "\"");
            }
          }
          default -> others.add(b.type());
        }
      }
    }
    if (!others.isEmpty()) {
      return "not a module wrapper: has " + String.join(", ", others) + " at the top level";
    }
    if (modules != 1) {
      return "not a module wrapper: " + modules + " module calls";
    }
    if (locals > 1) {
      return "not a module wrapper: " + locals + " locals blocks";
    }
    return null;
  }

  /**
   * The {@code module} block (with the main.tf's top comment directly above it) that renders the
   * wrapper, derivation left on where that still reproduces the file and switched off otherwise; null
   * when neither reproduces it.
   */
  private String moduleBlock(Settings settings, String name, String tier, String text, String path,
      String original) throws HclSyntaxException {
    List<Node> nodes = HclParser.parse(text, path).body().nodes();
    int i = 0;
    StringBuilder header = new StringBuilder();
    while (i < nodes.size() && nodes.get(i) instanceof Comment c) {
      header.append(ensureNewline(c.print().strip()));
      i++;
    }
    while (i < nodes.size() && nodes.get(i) instanceof BlankLine) {
      i++;
    }
    StringBuilder nested = new StringBuilder();
    StringBuilder arguments = new StringBuilder();
    String label = null;
    for (; i < nodes.size(); i++) {
      Node n = nodes.get(i);
      if (n instanceof Block b && b.type().equals("module")) {
        label = b.labels().isEmpty() ? null : b.labels().get(0).value();
        for (Node m : b.body().nodes()) {
          arguments.append(m.print());
        }
      } else if (n instanceof Block b && b.type().equals("data")) {
        Matcher m = VAULT_DATA.matcher(n.print());
        nested.append(m.find() ? m.replaceFirst("vault ") : n.print());
      } else if (label != null && !(n instanceof Comment || n instanceof BlankLine)) {
        return null;
      } else {
        nested.append(n.print());
      }
    }
    if (label == null) {
      return null;
    }
    String blocks = nested.toString();
    while (blocks.endsWith("\n\n")) {
      blocks = blocks.substring(0, blocks.length() - 1);
    }
    String canonical = HclFormatter.format(original, path);
    for (String derive : new String[] {"", "derive {\nvariables = false\nvault = false\nsource = false\ntier = false\n}\n\n"}) {
      String block = header + "module " + quoted(label) + " {\n" + derive + blocks + (blocks.isEmpty() ? "" : "\n")
          + arguments + "}\n";
      if (rendersFile(settings, name, tier, block, path, canonical)) {
        return block;
      }
    }
    return null;
  }

  /** True when a stack holding only {@code items} (catalog text) renders {@code path} as {@code expected}. */
  private boolean rendersFile(Settings settings, String name, String tier, String items, String path,
      String expected) {
    return expected.equals(renderedFile(settings, name, tier, items, path, new String[1]));
  }

  /**
   * What a stack holding only {@code items} (catalog text) renders as {@code path}, or null (with the
   * reason in {@code error[0]}).
   */
  private String renderedFile(Settings settings, String name, String tier, String items, String path,
      String[] error) {
    try {
      String block = "stack " + quoted(name) + " {\ntier = " + quoted(tier) + "\n" + items + "}\n";
      String text = HclFormatter.format(block, CatalogReader.MAIN_FILE);
      CatalogBuilder builder = new CatalogBuilder();
      builder.readFile(HclParser.parse(text, CatalogReader.MAIN_FILE));
      Stack stack = builder.stacks().get(0);
      Root root = Root.custom(List.of(Tier.of(stack.tier(), stack.tier())), List.of(Verbatim.of("x = 1")),
          Trivia.NONE, Trivia.NONE, SourceRef.NONE);
      Catalog one = new Catalog(settings, root, Defaults.NONE, List.of(stack));
      return renderer.renderStack(one, stack).stream()
          .filter(f -> f.path().equals(path)).map(GeneratedFile::content).findFirst().orElse(null);
    } catch (CatalogException | HclSyntaxException | RenderException | IllegalArgumentException e) {
      error[0] = e.getMessage();
      return null;
    }
  }

  /** Tier keys of {@code locals { tiers = { ... } }} in the root file, in order. */
  private static List<String> tierNames(HclFile root) {
    List<String> names = new ArrayList<>();
    for (Node n : root.body().nodes()) {
      if (n instanceof Block b && b.type().equals("locals")) {
        for (Node m : b.body().nodes()) {
          if (m instanceof Attribute a && a.name().equals("tiers")) {
            try {
              for (ObjectEntries.Entry e : ObjectEntries.parse(root, a.expression()).entries()) {
                names.add(e.key());
              }
            } catch (CatalogException e) {
              return List.of();
            }
            return names;
          }
        }
      }
    }
    return names;
  }

  /** Stack names listed in a root local whose name mentions tier0 / tier_0 (e.g. {@code tier0_stacks}). */
  private static Set<String> tierZero(HclFile root) {
    Set<String> names = new LinkedHashSet<>();
    for (Node n : root.body().nodes()) {
      if (n instanceof Block b && b.type().equals("locals")) {
        for (Node m : b.body().nodes()) {
          if (m instanceof Attribute a && a.name().replace("_", "").contains("tier0")) {
            Matcher q = QUOTED.matcher(a.expression().text());
            while (q.find()) {
              names.add(q.group(1));
            }
          }
        }
      }
    }
    return names;
  }

  /**
   * The first {@code local.tiers.<key>} with a known key in the stack's files, or null: the caller
   * then guesses (the first tier for tier-0 stacks, the last for the others) and reports the guess.
   */
  private String tierOf(String stack, List<String> tiers) throws IOException {
    Path dir = repo.resolve(stacksDir).resolve(stack);
    for (String f : filesUnder(dir)) {
      if (!f.endsWith(".tf") && !f.endsWith(".hcl")) {
        continue;
      }
      Matcher m = TIER_REF.matcher(Files.readString(repo.resolve(f)));
      while (m.find()) {
        if (tiers.contains(m.group(1))) {
          return m.group(1);
        }
      }
    }
    return null;
  }

  /** Regular files under a folder (no hidden folders, no .terragrunt-cache), as sorted repo paths. */
  private List<String> filesUnder(Path dir) throws IOException {
    List<String> files = new ArrayList<>();
    Files.walkFileTree(dir, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
        String n = d.getFileName().toString();
        return !d.equals(dir) && (n.startsWith(".") || n.equals(".terragrunt-cache"))
            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        if (attrs.isRegularFile()) {
          files.add(repo.relativize(file).toString().replace('\\', '/'));
        }
        return FileVisitResult.CONTINUE;
      }
    });
    files.sort(null);
    return files;
  }

  private String read(String path) throws IOException, CatalogException {
    return CatalogReader.decode(path, Files.readAllBytes(repo.resolve(path)));
  }

  static boolean startsWithHeader(String text) {
    return text.equals(Renderer.HEADER) || text.startsWith(Renderer.HEADER + "\n")
        || text.startsWith(Renderer.HEADER + "\r\n");
  }

  /** The text without the header line and the one blank line after it. */
  private static String stripHeader(String text) {
    String rest = text.substring(Math.min(text.length(), Renderer.HEADER.length()));
    rest = rest.startsWith("\r\n") ? rest.substring(2) : rest.startsWith("\n") ? rest.substring(1) : rest;
    return rest.startsWith("\r\n") ? rest.substring(2) : rest.startsWith("\n") ? rest.substring(1) : rest;
  }

  /** The text of a file body (all top-level nodes) for embedding in a catalog block. */
  private static String body(String text) throws HclSyntaxException {
    HclFile file = HclParser.parse(text, "terragrunt.hcl");
    StringBuilder b = new StringBuilder();
    for (Node n : file.body().nodes()) {
      b.append(n.print());
    }
    return b.toString();
  }

  private static String ensureNewline(String s) {
    return s.isEmpty() || s.endsWith("\n") ? s : s + "\n";
  }

  private static String quoted(String s) {
    return dev.stackgen.hcl.HclEscaper.quoted(s);
  }

  /**
   * Where in the repository an error of the imported catalog comes from: the terragrunt.hcl of the
   * stack whose block holds catalog line {@code line} (at the first quoted name the reason mentions,
   * e.g. the unknown dependency), else the root terragrunt.hcl (found by FuzzTest: the error had no
   * position).
   */
  private SourceRef originOf(String catalogText, int line, String reason) throws IOException {
    String stack = null;
    String[] lines = catalogText.split("\n", -1);
    for (int k = 0; k < Math.min(line, lines.length); k++) {
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("^stack \"([^\"]+)\"").matcher(lines[k]);
      if (m.find()) {
        stack = m.group(1);
      }
    }
    String file = stack == null ? "terragrunt.hcl" : stacksDir + "/" + stack + "/terragrunt.hcl";
    Path path = repo.resolve(file);
    if (!Files.isRegularFile(path)) {
      return new SourceRef(file, 1, 1);
    }
    String source = new String(Files.readAllBytes(path), java.nio.charset.StandardCharsets.UTF_8);
    java.util.regex.Matcher quoted = java.util.regex.Pattern.compile("\"[^\"]*\"").matcher(reason);
    while (quoted.find()) {
      String q = quoted.group();
      int at = source.indexOf(q);
      if (!q.equals("\"" + stack + "\"") && at >= 0) {
        int l = 1;
        int lineStart = 0;
        for (int k = 0; k < at; k++) {
          if (source.charAt(k) == '\n') {
            l++;
            lineStart = k + 1;
          }
        }
        return new SourceRef(file, l, source.codePointCount(lineStart, at) + 1);
      }
    }
    return new SourceRef(file, 1, 1);
  }
}
