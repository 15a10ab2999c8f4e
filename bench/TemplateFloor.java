import dev.stackgen.render.Renderer;
import dev.stackgen.render.Templates;

/**
 * A floor for {@code check} without the cache: a JVM that only sets FreeMarker up as stackgen does and
 * parses the bundled templates (no catalog, no render, no compare). Run with the launcher's flags and
 * start-up archive, the jar first on the class path: bench/nocache-floor.sh.
 */
public class TemplateFloor {
  public static void main(String[] args) {
    new Renderer(Templates.bundled()).loadTemplates();
  }
}
