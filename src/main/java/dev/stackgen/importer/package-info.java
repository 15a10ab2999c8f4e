/**
 * Internal (use {@link dev.stackgen.Stackgen#importRepository}); may change in any release.
 *
 * <p>Import, the inverse of rendering: reads a hand-kept Terragrunt repository into a catalog that
 * regenerates every taken-over file byte for byte. One reader per file kind, mirroring the
 * renderer's views: {@code RootFileReader} (root file), {@code StackFileReader} (a stack's
 * terragrunt.hcl), {@code MainFileReader} (module-wrapper main.tf), {@code OverlayFileReader}
 * (other stack files); {@link dev.stackgen.importer.CatalogImporter} walks the repository and
 * proves the result in memory.
 */
package dev.stackgen.importer;
