package dev.stackgen.importer;

import dev.stackgen.model.Catalog;
import dev.stackgen.model.CatalogSyntax;
import dev.stackgen.model.SourceRef;
import dev.stackgen.model.StackSyntax;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Optional;

/**
 * Where two model values first differ other than in a source position: import builds a stack from its
 * repository file (positions in that file) and requires it to be the stack its catalog block reads back
 * (positions in the catalog), and how its blocks are written ({@link StackSyntax}: a block built in Java has
 * no record of how it was written and is printed canonically; what the values print is compared as text).
 * Walks records component by component, lists and optionals element by element;
 * anything else by {@code equals}.
 */
final class SameValue {
  private SameValue() {}

  /**
   * Where two catalogs first differ as values (settings, root, defaults, stacks, shared files, stack files),
   * or null. Their warnings (what reading raised) and how their files are written ({@link CatalogSyntax}:
   * import compares what it prints with the candidates' text) are left aside.
   */
  static String catalogDifference(Catalog a, Catalog b) {
    return difference(valueOf(a), valueOf(b));
  }

  /** {@code c} without its warnings and its record of how its files are written. */
  private static Catalog valueOf(Catalog c) {
    return new Catalog(c.settings(), c.root(), c.defaults(), c.stacks(), List.of(), c.shared(), c.stackFiles(),
        CatalogSyntax.NONE);
  }

  /** The path of record components where {@code a} and {@code b} first differ, and both values; or null. */
  static String difference(Object a, Object b) {
    // the path is put together on the way back from a difference only (the walk covers a whole catalog)
    if (a instanceof StackSyntax && b instanceof StackSyntax) {
      return null; // how the blocks are written: ImportedCatalog#written compares what the values print
    }
    if (a instanceof SourceRef && b instanceof SourceRef) {
      return null;
    }
    if (a == null || b == null || a.getClass() != b.getClass()) {
      return a == b ? null : ": " + a + " / " + b;
    }
    if (a instanceof List<?> la) {
      List<?> lb = (List<?>) b;
      if (la.size() != lb.size()) {
        return ": " + la.size() + " / " + lb.size() + " elements";
      }
      for (int k = 0; k < la.size(); k++) {
        String d = difference(la.get(k), lb.get(k));
        if (d != null) {
          return "[" + k + "]" + d;
        }
      }
      return null;
    }
    if (a instanceof Optional<?> oa) {
      Optional<?> ob = (Optional<?>) b;
      return oa.isPresent() != ob.isPresent() ? ": " + oa + " / " + ob
          : oa.isEmpty() ? null : difference(oa.get(), ob.get());
    }
    if (a.getClass().isRecord()) {
      RecordComponent[] components = COMPONENTS.get(a.getClass());
      for (RecordComponent c : components) {
        try {
          String d = difference(c.getAccessor().invoke(a), c.getAccessor().invoke(b));
          if (d != null) {
            return "." + c.getName() + d;
          }
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }
      return null;
    }
    return a.equals(b) ? null : ": " + a + " / " + b;
  }

  /** Each record class's components, looked up once (a whole catalog is walked). */
  private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
    @Override
    protected RecordComponent[] computeValue(Class<?> type) {
      return type.getRecordComponents();
    }
  };
}
