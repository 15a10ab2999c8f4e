package dev.stackgen.render;

import dev.stackgen.model.Settings;

/**
 * The view behind {@code app-main.tf.ftl}: the stack's name, its namespace as a quoted HCL string,
 * its tier key, the stack and the catalog's settings.
 */
public record AppScaffoldView(String name, String namespace, String tier, StackInfo stack, Settings settings) {}
