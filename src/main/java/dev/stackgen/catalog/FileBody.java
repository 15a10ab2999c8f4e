package dev.stackgen.catalog;

import dev.stackgen.hcl.HclFile;
import dev.stackgen.model.Trivia;
import dev.stackgen.model.Verbatim;
import java.util.ArrayList;
import java.util.List;

/**
 * The top-level items of an HCL file as a catalog block holds items copied as written: each with the
 * comment and blank lines above it, and the lines after the last one. Import makes a custom root of a
 * root file from it, as the catalog reader would read those items inside a {@code root} block.
 */
public record FileBody(List<Verbatim> items, Trivia trailing) {
  public FileBody {
    items = List.copyOf(items);
  }

  /** The items of {@code file}'s body. */
  public static FileBody of(HclFile file) {
    BodyItems body = BodyItems.of(file.body());
    List<Verbatim> items = new ArrayList<>();
    for (BodyItems.Item item : body) {
      items.add(Items.verbatim(file, item.node(), item.leading()));
    }
    return new FileBody(items, body.trailing());
  }
}
