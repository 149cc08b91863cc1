/**
 * The official template of the annual report, declared once as data ({@code template.tsv}) and read by every stage:
 * editions, tables, blocks, rows, columns, official labels, label variants, value types and edition markers.
 */
package io.gongkai.schema;
