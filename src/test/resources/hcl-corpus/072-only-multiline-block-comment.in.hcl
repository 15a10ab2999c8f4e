/*
 * Multi-line block comment
 * with leading stars
 */
