/**
 * Internal, except {@link dev.stackgen.render.GeneratedFile} (what {@link dev.stackgen.Stackgen#render}
 * returns) and the view records templates see (documented in docs/templates.md): model to view to
 * FreeMarker to canonical HCL.
 */
package dev.stackgen.render;
