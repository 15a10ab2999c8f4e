package dev.stackgen.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.PlainTextOutputFormat;
import freemarker.ext.beans.ZeroArgumentNonVoidMethodPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The one FreeMarker configuration: square-bracket tags and {@code [=x]} interpolation (so HCL's
 * {@code ${...}} passes through untouched), plain-text output, errors rethrown, never logged.
 * Templates come from {@code --templates DIR} first, then from the jar.
 */
public final class Templates {
  static final String CLASSPATH_ROOT = "/dev/stackgen/templates";

  private final Configuration configuration;

  private Templates(Configuration configuration) {
    this.configuration = configuration;
  }

  /** Templates from the jar only. */
  public static Templates bundled() {
    return new Templates(configure(new ClassTemplateLoader(Templates.class, CLASSPATH_ROOT)));
  }

  /** Templates from {@code dir} where it has them, the bundled ones otherwise. */
  public static Templates overriddenBy(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("templates directory does not exist: " + dir);
    }
    try {
      TemplateLoader loader = new MultiTemplateLoader(new TemplateLoader[] {
        new FileTemplateLoader(dir.toFile()), new ClassTemplateLoader(Templates.class, CLASSPATH_ROOT)
      });
      return new Templates(configure(loader));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Templates given in memory (name relative to the templates folder → text) where they have them,
   * the bundled ones otherwise: the templates of an earlier revision, read with git.
   */
  public static Templates overriddenBy(java.util.Map<String, String> sources) {
    freemarker.cache.StringTemplateLoader strings = new freemarker.cache.StringTemplateLoader();
    sources.forEach(strings::putTemplate);
    return new Templates(configure(new MultiTemplateLoader(new TemplateLoader[] {
      strings, new ClassTemplateLoader(Templates.class, CLASSPATH_ROOT)
    })));
  }

  private static Configuration configure(TemplateLoader loader) {
    Configuration cfg = new Configuration(Configuration.VERSION_2_3_33);
    cfg.setTemplateLoader(loader);
    cfg.setDefaultEncoding("UTF-8");
    cfg.setOutputFormat(PlainTextOutputFormat.INSTANCE);
    cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    cfg.setLogTemplateExceptions(false);
    cfg.setWrapUncheckedExceptions(true);
    cfg.setFallbackOnNullLoopVariable(false);
    cfg.setNumberFormat("c");
    cfg.setBooleanFormat("c");
    cfg.setLocale(Locale.ROOT);
    cfg.setTagSyntax(Configuration.SQUARE_BRACKET_TAG_SYNTAX);
    cfg.setInterpolationSyntax(Configuration.SQUARE_BRACKET_INTERPOLATION_SYNTAX);
    DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_33);
    // View records expose their components as plain values: file.items, not file.items().
    wrapper.setRecordZeroArgumentNonVoidMethodPolicy(
        ZeroArgumentNonVoidMethodPolicy.PROPERTY_ONLY_UNLESS_BEAN_PROPERTY_READ_METHOD);
    cfg.setObjectWrapper(wrapper.build());
    return cfg;
  }

  /** Renders template {@code name} with {@code view} bound to the name {@code file}. */
  public String render(String name, Object view) {
    try {
      Template template = configuration.getTemplate(name);
      StringWriter out = new StringWriter();
      template.process(java.util.Map.of("file", view), out);
      return out.toString();
    } catch (IOException e) {
      throw new RenderException("template " + name + ": " + e.getMessage(), e);
    } catch (TemplateException e) {
      String where = e.getTemplateSourceName() == null
          ? name
          : e.getTemplateSourceName() + ":" + e.getLineNumber() + ":" + e.getColumnNumber();
      throw new RenderException(where + ": " + firstLine(e.getMessageWithoutStackTop()), e);
    }
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
