package dev.stackgen.catalog;

import dev.stackgen.catalog.CatalogSchema.Name;
import dev.stackgen.hcl.Block;
import dev.stackgen.hcl.Body;
import dev.stackgen.hcl.HclFile;
import dev.stackgen.hcl.HclSyntaxException;
import dev.stackgen.hcl.Label;
import dev.stackgen.hcl.Token;
import dev.stackgen.hcl.TokenType;
import dev.stackgen.model.SharedFile;
import dev.stackgen.model.SourceRef;
import dev.stackgen.model.StackConfig;
import dev.stackgen.model.Trivia;
import dev.stackgen.model.Warning;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a repository file's top-level items as the {@code shared} or {@code stack_file} block that holds them.
 *
 * <p>Import takes over a nested repository's hierarchy files and Terragrunt Stacks files as these blocks. The
 * value is built from the file's own nodes with the catalog's own checks: the file's nodes become the body of
 * a block node built in Java ({@code shared "<path>" { nodes }}, at line 1 of the file, nothing parsed), which
 * the schema checks as a top-level catalog block ({@link SchemaCheck#topLevel}) and the catalog reader reads
 * ({@link FileBlocks#readShared}, {@link FileBlocks#readStackFile}), so a refusal is worded as the catalog's
 * and placed on the file's own line. The items are values equal to those the printed block reads back
 * ({@link dev.stackgen.model.Verbatim}'s depth-0 convention), source positions aside (here: lines of the
 * file); the block has no comment above it and starts at the file's line 1.
 */
public final class FileBlockValues {
  private FileBlockValues() {}

  /**
   * The {@code shared "<path>"} block holding {@code file}'s items, {@code path} its file name.
   *
   * @param allowTerragrunt the Terragrunt names the schema takes unchecked (the catalog's
   *     {@code allow_terragrunt})
   */
  public static SharedFile shared(HclFile file, Set<String> allowTerragrunt)
      throws CatalogException, HclSyntaxException {
    Block block = holding(Name.SHARED, file.fileName(), file);
    new SchemaCheck(allowTerragrunt, new ArrayList<Warning>()).topLevel(file, block);
    return FileBlocks.readShared(file, block, Trivia.NONE, at(file));
  }

  /** The {@code stack_file "<dir>"} block holding {@code file}'s items (a {@code terragrunt.stack.hcl}). */
  public static StackConfig stackFile(HclFile file, String dir, Set<String> allowTerragrunt)
      throws CatalogException, HclSyntaxException {
    Block block = holding(Name.STACK_FILE, dir, file);
    new SchemaCheck(allowTerragrunt, new ArrayList<Warning>()).topLevel(file, block);
    return FileBlocks.readStackFile(file, block, Trivia.NONE, at(file));
  }

  private static SourceRef at(HclFile file) {
    return new SourceRef(file.fileName(), 1, 1);
  }

  /** {@code type "label" { file's nodes }}, a block node at line 1 of {@code file} (its type and label tokens). */
  private static Block holding(String type, String label, HclFile file) {
    Token typeToken = new Token(TokenType.IDENT, type, 1, 1, 0, "");
    Token labelToken = new Token(TokenType.QUOTED_LIT, label, 1, 1, 0, "");
    return new Block(type, List.of(new Label(label, true, List.of(labelToken))), new Body(file.body().nodes()),
        false, Optional.empty(), Optional.empty(), List.of(typeToken, labelToken));
  }
}
