package dev.stackgen.render;

import dev.stackgen.model.Settings;
import java.util.List;

/**
 * The view behind {@code stack-file.tf.ftl}: a stack's {@code file} block, items in order, with the
 * file's path in the stack folder, the stack and the catalog's settings.
 */
public record TfFileView(List<String> preamble, List<Item> items, List<String> footer, String path,
    StackInfo stack, Settings settings) {
  public TfFileView {
    preamble = List.copyOf(preamble);
    items = List.copyOf(items);
    footer = List.copyOf(footer);
  }

  /** Comment and blank lines above, then verbatim text or an overlay variable. */
  public record Item(List<String> leading, String text, OverlayFileView.Overlay overlay) {
    public Item {
      leading = List.copyOf(leading);
    }
  }
}
