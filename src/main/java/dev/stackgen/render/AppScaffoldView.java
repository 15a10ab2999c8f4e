package dev.stackgen.render;

/**
 * The view behind {@code app-main.tf.ftl}: the stack's name, its namespace as a quoted HCL string,
 * and its tier key.
 */
public record AppScaffoldView(String name, String namespace, String tier) {}
