/**
 * The HTML reader: finds the report inside a government site's page (dropping navigation, share boxes, breadcrumbs,
 * related links and footers), and turns it into paragraphs and grids in reading order, merged cells expanded. Pages
 * exported from Word, whose text is split over many spans, come out as printed.
 */
package io.gongkai.ingest.html;
