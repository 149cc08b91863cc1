/**
 * What a file is, from its bytes: {@link io.gongkai.ingest.detect.FormatDetector} names the format (a renamed file is
 * still recognised) and {@link io.gongkai.ingest.detect.TextDecoder} finds the encoding of text, markdown and HTML
 * bytes, in the order that is safe for Chinese text.
 */
package io.gongkai.ingest.detect;
