/**
 * The one entry point from a file to the text the extractor reads: detects the format from the bytes, runs the
 * format's reader and lays structured documents out as text with their grid lines and locations.
 */
package io.gongkai.ingest.formats;
