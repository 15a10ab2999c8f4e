package dev.stackgen.catalog;

import dev.stackgen.catalog.CatalogSchema.Name;
import dev.stackgen.hcl.HclEscaper;
import dev.stackgen.hcl.HclFile;
import dev.stackgen.hcl.HclParser;
import dev.stackgen.hcl.HclSyntaxException;
import dev.stackgen.model.Catalog;
import dev.stackgen.model.CatalogSyntax;
import dev.stackgen.model.Declarations;
import dev.stackgen.model.Defaults;
import dev.stackgen.model.Root;
import dev.stackgen.model.Settings;
import dev.stackgen.model.SettingsSyntax;
import dev.stackgen.model.SharedFile;
import dev.stackgen.model.Stack;
import dev.stackgen.model.StackConfig;
import dev.stackgen.model.Trivia;
import dev.stackgen.model.Warning;
import java.util.ArrayList;
import java.util.List;

/**
 * A catalog assembled from parts, each block checked as it is read but the whole not: for import, which
 * builds its catalog from a head of text, model values and text blocks, and checks it with {@link ModelCheck}.
 *
 * <p>The head (the main file: settings and root) is read first; every further source is read on its own
 * after it, as {@link CatalogReader#parse} reads that file after the head: with the head's
 * {@code allow_terragrunt} names and what the root's generate blocks declare in every stack. Every part is
 * a file of the catalog ({@link CatalogSyntax}), so {@link CatalogWriter#write} prints each on its own.
 */
public final class CatalogParts {
  private final HclFile headFile;
  private final Catalog head;
  private final Declarations rootDeclared;
  private final List<Stack> stacks = new ArrayList<>();
  private final List<Warning> warnings = new ArrayList<>();
  private final List<SharedFile> shared = new ArrayList<>();
  private final List<StackConfig> stackFiles = new ArrayList<>();
  private final List<CatalogSyntax.FileText> files = new ArrayList<>();

  /**
   * A head of model values: {@code settings} and {@code root}, the main file's blocks in that order, the
   * settings with {@code aboveSettings} above them and the root one blank line below (the head import writes);
   * {@code rootDeclared} is what the root's generate blocks write into every stack (the importer's, as its
   * stack values were built with). A value built in Java records no position of its settings: a check about a
   * settings path fails at {@link SettingsSyntax.Positions#NONE} ({@link ModelCheck}'s fallback).
   *
   * <p>The values are taken as they are: import checks a root holding a repository file's items where it
   * builds it, as the catalog reads a root block, on the file's nodes ({@link FileBlockValues#root}).
   */
  public CatalogParts(Settings settings, Root root, Declarations rootDeclared, Trivia aboveSettings) {
    headFile = null;
    this.rootDeclared = rootDeclared;
    this.head = new Catalog(settings, root, Defaults.NONE, List.of(), List.of(), List.of(), List.of(),
        CatalogSyntax.NONE);
    files.add(new CatalogSyntax.FileText(CatalogReader.MAIN_FILE, List.of(new CatalogSyntax.TopBlock(Name.STACKGEN,
        aboveSettings), new CatalogSyntax.TopBlock(Name.ROOT, new Trivia(List.of("")))), Trivia.NONE));
  }

  /** Reads {@code head}, which must hold the root block. */
  public CatalogParts(CatalogReader.Source head) throws CatalogException, HclSyntaxException {
    headFile = HclParser.parse(head.text(), head.name());
    CatalogReader.rejectLoneCarriageReturn(head);
    rootDeclared = Declared.byRoot(headFile);
    CatalogBuilder builder = new CatalogBuilder(SchemaCheck.allowList(List.of(headFile)));
    builder.provide(rootDeclared);
    builder.readFile(headFile);
    this.head = builder.model();
    add(builder);
  }

  /** Adds {@code stack}, a model value, as the one block of the catalog file {@code file}. */
  public void add(String file, Stack stack) {
    stacks.add(stack);
    files.add(one(file, Name.STACK, stack.name()));
  }

  /** Adds {@code file}, a model value, as the one block of the catalog file {@code name}. */
  public void add(String name, SharedFile file) {
    shared.add(file);
    files.add(one(name, Name.SHARED, file.path()));
  }

  /** Adds {@code file}, a model value, as the one block of the catalog file {@code name}. */
  public void add(String name, StackConfig file) {
    stackFiles.add(file);
    files.add(one(name, Name.STACK_FILE, file.dir()));
  }

  /** A catalog file of one block {@code type "label"}, nothing above it. */
  private static CatalogSyntax.FileText one(String name, String type, String label) {
    return new CatalogSyntax.FileText(name, List.of(new CatalogSyntax.TopBlock(type + " " + HclEscaper.quoted(label),
        Trivia.NONE)), Trivia.NONE);
  }

  /** Reads the blocks of {@code source} on its own, after the head, and adds them. */
  public void read(CatalogReader.Source source) throws CatalogException, HclSyntaxException {
    HclFile file = HclParser.parse(source.text(), source.name());
    CatalogReader.rejectLoneCarriageReturn(source);
    java.util.Set<String> allow = new java.util.LinkedHashSet<>(head.settings().allowTerragrunt());
    allow.addAll(SchemaCheck.allowList(headFile == null ? List.of(file) : List.of(headFile, file)));
    CatalogBuilder builder = new CatalogBuilder(allow);
    builder.provide(rootDeclared);
    builder.prescan(file);
    builder.readFile(file);
    add(builder);
  }

  private void add(CatalogBuilder builder) {
    stacks.addAll(builder.stacks());
    warnings.addAll(builder.warnings());
    shared.addAll(builder.shared());
    stackFiles.addAll(builder.stackFiles());
    files.addAll(builder.fileTexts());
  }

  /** The catalog assembled so far (the head's settings, root and defaults), not checked as a whole. */
  public Catalog model() {
    return new Catalog(head.settings(), head.root(), head.defaults(), stacks, warnings, shared, stackFiles,
        new CatalogSyntax(files));
  }
}
