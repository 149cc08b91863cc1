/**
 * Word documents to the neutral {@link io.gongkai.ingest.SourceDocument}: {@link io.gongkai.ingest.word.DocxReader}
 * for DOCX, {@link io.gongkai.ingest.word.DocReader} for binary DOC and Kingsoft WPS (with LibreOffice as the
 * fallback for files POI cannot read). Both give body paragraphs and tables in document order, merged cells expanded
 * over the table's column grid, and only the text a reader of the printed page sees: no deleted revisions, field
 * codes, bookmarks or comments.
 */
package io.gongkai.ingest.word;
