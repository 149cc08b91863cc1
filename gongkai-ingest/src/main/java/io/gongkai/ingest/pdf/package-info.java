/**
 * Text PDFs to the neutral document: printed lines become paragraphs, ruled tables (lattice) and column-aligned
 * tables without rulings (stream) become grids with merged cells, and a table continued on the next page becomes
 * one grid. Pages whose text cannot be decoded (no ToUnicode map, private-use or control characters) and scanned
 * pages are handed to a {@link io.gongkai.ingest.pdf.PageOcr}; without one they make the document unreadable rather
 * than silently empty. Entry point: {@link io.gongkai.ingest.pdf.PdfReader}.
 */
package io.gongkai.ingest.pdf;
