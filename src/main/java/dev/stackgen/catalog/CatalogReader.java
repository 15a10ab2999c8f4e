package dev.stackgen.catalog;

import dev.stackgen.hcl.Attribute;
import dev.stackgen.hcl.Block;
import dev.stackgen.hcl.Comment;
import dev.stackgen.hcl.HclFile;
import dev.stackgen.hcl.HclParser;
import dev.stackgen.hcl.HclSyntaxException;
import dev.stackgen.hcl.Node;
import dev.stackgen.model.Catalog;
import dev.stackgen.model.CatalogCheck;
import dev.stackgen.model.CatalogGraph;
import dev.stackgen.model.Defaults;
import dev.stackgen.model.Root;
import dev.stackgen.model.Settings;
import dev.stackgen.model.SourceRef;
import dev.stackgen.model.Stack;
import dev.stackgen.model.Trivia;
import dev.stackgen.postfix.OverlayCheck;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads {@code stackgen.hcl} and {@code stackgen.d/*.hcl} (in name order) into a validated
 * {@link Catalog}. Comments and blank lines above an item travel with it; every error names
 * {@code file:line:col}.
 */
public final class CatalogReader {
  /** The catalog's main file, at the repository root. */
  public static final String MAIN_FILE = "stackgen.hcl";
  /** Folder of further catalog files, merged in name order after the main file. */
  public static final String DROP_IN_DIR = "stackgen.d";

  private CatalogReader() {}

  /**
   * The repository a command run in {@code start} works on: the nearest folder at or above it that
   * holds {@code stackgen.hcl}, as git finds its repository.
   */
  public static java.util.Optional<Path> discover(Path start) {
    for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve(MAIN_FILE))) {
        return java.util.Optional.of(dir);
      }
    }
    return java.util.Optional.empty();
  }

  /** The catalog files of a repository, as paths relative to it: main file first. */
  public static List<String> catalogFiles(Path repo) throws IOException {
    return catalogFiles(new InsideRepo(repo));
  }

  /**
   * {@link #catalogFiles(Path)}, each checked without opening it: a regular file (or a link to one)
   * inside the repository; a FIFO, device or socket, or a link leading outside, is an error.
   */
  static List<String> catalogFiles(InsideRepo inside) throws IOException {
    List<String> files = new ArrayList<>();
    files.add(MAIN_FILE);
    inside.regularFile(MAIN_FILE);
    Path dropIns = inside.folder(DROP_IN_DIR);
    if (dropIns != null) {
      List<String> names = new ArrayList<>();
      try (Stream<Path> s = Files.list(dropIns)) {
        s.map(p -> p.getFileName().toString())
            .filter(n -> n.endsWith(".hcl") && !n.startsWith("."))
            .sorted()
            .forEach(names::add);
      }
      for (String n : names) {
        if (inside.regularFile(DROP_IN_DIR + "/" + n) != null) {
          files.add(DROP_IN_DIR + "/" + n);
        }
      }
    }
    return files;
  }

  /** Reads and validates the catalog of the repository at {@code repo}. */
  public static Catalog read(Path repo) throws IOException, CatalogException, HclSyntaxException {
    return ModelCheck.check(repo, model(sources(repo)), java.util.Set.of());
  }

  /** The text of each catalog file of the repository at {@code repo}, main file first. */
  public static List<Source> sources(Path repo) throws IOException, CatalogException {
    if (!Files.isRegularFile(repo.resolve(MAIN_FILE))) {
      throw CatalogException.withoutPosition("stackgen: no " + MAIN_FILE + " in " + repo
          + " or any folder above it (run stackgen import at the repository root to create one)");
    }
    List<Source> sources = new ArrayList<>();
    InsideRepo inside = new InsideRepo(repo);
    for (String name : catalogFiles(inside)) {
      sources.add(new Source(name, decode(name, readCatalogFile(inside, name))));
    }
    return sources;
  }

  /** The largest catalog file read (bytes): far above any real catalog, far below the heap. */
  public static final int MAX_FILE_BYTES = 16 << 20;

  /** A catalog file's bytes through {@link InsideRepo} (a link only inside the repository), bounded. */
  private static byte[] readCatalogFile(InsideRepo inside, String name) throws IOException, CatalogException {
    Path file = inside.regularFile(name);
    if (file == null) {
      throw new java.nio.file.NoSuchFileException(name);
    }
    // by descriptor: a file (or stackgen.d/) swapped for a link or a FIFO since it was listed is refused
    byte[] bytes = inside.readFile(file, name, MAX_FILE_BYTES);
    if (bytes.length > MAX_FILE_BYTES) {
      throw tooLarge(name);
    }
    return bytes;
  }

  private static CatalogException tooLarge(String name) {
    return CatalogException.withoutPosition(name + ": the catalog file is larger than "
        + (MAX_FILE_BYTES >> 20) + " MiB; split it into stackgen.d/*.hcl files or remove what it need not hold");
  }

  /** The catalog's {@code stackgen { templates = "DIR" }} setting and where it is written. */
  public record TemplatesSetting(String folder, SourceRef source) {}

  /**
   * The templates folder the repository's catalog names, read ahead of the catalog (the templates
   * load while the catalog is read, and the check cache is keyed by their files). Cheap when no
   * catalog file mentions {@code templates}; empty when none sets it or a file does not parse (reading
   * the catalog then reports the error).
   */
  public static java.util.Optional<TemplatesSetting> templatesSetting(Path repo) throws IOException {
    if (!Files.isRegularFile(repo.resolve(MAIN_FILE))) {
      return java.util.Optional.empty();
    }
    InsideRepo inside = new InsideRepo(repo);
    for (String name : catalogFiles(inside)) {
      byte[] bytes;
      try {
        bytes = readCatalogFile(inside, name);
      } catch (CatalogException e) {
        return java.util.Optional.empty(); // reading the catalog reports it
      }
      if (!new String(bytes, StandardCharsets.ISO_8859_1).contains(CatalogSchema.Name.TEMPLATES)) {
        continue;
      }
      try {
        HclFile file = HclParser.parse(decode(name, bytes), name);
        for (Block block : file.body().blocks(CatalogSchema.Name.STACKGEN)) {
          var attribute = block.body().attribute(CatalogSchema.Name.TEMPLATES);
          if (attribute.isPresent()) {
            return java.util.Optional.of(new TemplatesSetting(
                CatalogBuilder.templatesFolder(file, attribute.get()), Items.valueRef(file, attribute.get())));
          }
        }
      } catch (CatalogException | HclSyntaxException e) {
        return java.util.Optional.empty();
      }
    }
    return java.util.Optional.empty();
  }

  /** A catalog file's name (relative to the repository) and text. */
  public record Source(String name, String text) {}

  /**
   * Reads the catalog like {@link #read}, without the Postfix lint check: for commands that report
   * lint findings themselves ({@code postfix lint}, {@code postfix effective}).
   */
  public static Catalog readUnlinted(Path repo) throws IOException, CatalogException, HclSyntaxException {
    return ModelCheck.check(repo, model(sources(repo)), java.util.Set.of(POSTFIX_CHECK));
  }

  /**
   * {@link #parse(List, java.util.Set)} of catalog text held in memory, then the reference checks against the
   * repository at {@code repo} exactly as {@link #read} makes them: for import, which must write only a
   * catalog that the next command reads back.
   */
  public static Catalog parseFor(Path repo, List<Source> sources, java.util.Set<String> skippedChecks)
      throws CatalogException, HclSyntaxException {
    return ModelCheck.check(repo, model(sources), skippedChecks);
  }

  /** The kind of the Postfix lint check ({@link OverlayCheck}). */
  public static final String POSTFIX_CHECK = OverlayCheck.KIND;

  /**
   * The checks after the model's own problems, in order: the dependency graph, then Postfix lint
   * errors. Composed here, where the catalog is read, and passed down to {@link Catalog#validate(List)}
   * by {@link ModelCheck}.
   */
  static final List<CatalogCheck> CHECKS = List.of(CatalogGraph.CHECK, new OverlayCheck());

  /**
   * Parses and validates catalog sources given in memory (the main file first): the schema, the
   * model's checks and {@link #CHECKS}, exactly as the command line does.
   */
  public static Catalog parse(List<Source> sources) throws CatalogException, HclSyntaxException {
    return parse(sources, java.util.Set.of());
  }

  /** {@link #parse(List)} without the {@link #CHECKS} of the given kinds. */
  public static Catalog parse(List<Source> sources, java.util.Set<String> skippedChecks)
      throws CatalogException, HclSyntaxException {
    return ModelCheck.check(model(sources), skippedChecks);
  }

  /** The catalog of {@code sources} (the main file first), each block checked as it is read, the whole not. */
  private static Catalog model(List<Source> sources) throws CatalogException, HclSyntaxException {
    List<HclFile> files = new ArrayList<>();
    for (Source source : sources) {
      files.add(HclParser.parse(source.text(), source.name()));
      rejectLoneCarriageReturn(source);
    }
    CatalogBuilder builder = new CatalogBuilder(SchemaCheck.allowList(files));
    for (HclFile file : files) {
      builder.prescan(file);
    }
    for (HclFile file : files) {
      builder.readFile(file);
    }
    return builder.model();
  }

  /**
   * HCL allows a carriage return without a line feed only inside comments, but generated files
   * cannot carry one everywhere a comment travels (heredocs), so the catalog may not hold one.
   */
  static void rejectLoneCarriageReturn(Source source) throws CatalogException {
    String text = source.text();
    if (text.indexOf('\r') < 0) {
      return; // the usual case, found without a loop over every char
    }
    int line = 1;
    int lineStart = 0;
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      if (c == '\n') {
        line++;
        lineStart = k + 1;
      } else if (c == '\r' && (k + 1 == text.length() || text.charAt(k + 1) != '\n')) {
        int col = text.codePointCount(lineStart, k) + 1;
        throw new CatalogException(new SourceRef(source.name(), line, col),
            "carriage return without a line feed (in a comment); use LF or CRLF line endings");
      }
    }
  }

  /** Decodes UTF-8 strictly; invalid bytes are an error at their line and column. */
  public static String decode(String name, byte[] bytes) throws CatalogException {
    // The JDK's own decoding is much faster than a CharsetDecoder and gives the same text for valid
    // UTF-8; it replaces what is invalid by U+FFFD, so only a text holding one is decoded strictly.
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.indexOf('\uFFFD') < 0) {
      return text;
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (MalformedInputException e) {
      throw new CatalogException(positionOfByte(name, bytes), "invalid UTF-8 byte sequence");
    } catch (CharacterCodingException e) {
      throw new CatalogException(new SourceRef(name, 1, 1), "invalid UTF-8: " + e.getMessage());
    }
  }

  private static SourceRef positionOfByte(String name, byte[] bytes) {
    var decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    var out = java.nio.CharBuffer.allocate(bytes.length + 1);
    decoder.decode(in, out, true);
    int bad = in.position();
    int line = 1;
    int col = 1;
    String good = new String(bytes, 0, bad, StandardCharsets.UTF_8);
    for (int i = 0; i < good.length(); i++) {
      if (good.charAt(i) == '\n') {
        line++;
        col = 1;
      } else if (!Character.isLowSurrogate(good.charAt(i))) {
        col++;
      }
    }
    return new SourceRef(name, line, col);
  }

  static SourceRef ref(HclFile file, Node node) {
    return new SourceRef(file.fileName(), node.line(), node.column());
  }

  /**
   * The lines of a comment's text, split at line feeds only ({@code \r\n} counts as one): a lone
   * carriage return is part of an HCL comment, and splitting there (as {@link String#lines} does)
   * turned its tail into a line of code in the generated file (found by FuzzTest).
   */
  static List<String> commentLines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    while (true) { // text.split("\n", -1) without its list and array (once per comment; issue 23)
      int nl = text.indexOf('\n', start);
      int end = nl < 0 ? text.length() : nl;
      lines.add(end > start && text.charAt(end - 1) == '\r' ? text.substring(start, end - 1)
          : text.substring(start, end));
      if (nl < 0) {
        break;
      }
      start = nl + 1;
    }
    if (lines.size() > 1 && lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    return lines;
  }

  static List<String> trivia(List<Node> pending) {
    List<String> lines = new ArrayList<>();
    for (Node n : pending) {
      if (n instanceof Comment c) {
        lines.addAll(commentLines(c.text()));
      } else {
        lines.add("");
      }
    }
    return lines;
  }

  /**
   * Comment and blank-line nodes as the trivia lines the catalog's model holds (what a reader keeps above
   * an item), for model values built from other HCL files (import).
   */
  public static Trivia triviaOf(List<Node> pending) {
    if (pending.isEmpty()) {
      return Trivia.NONE; // most items have nothing above them (asked for every item read; issue 23)
    }
    return new Trivia(trivia(pending));
  }
}
