/**
 * Bytes to text: decoding (BOM, strict UTF-8, GB18030), format detection and fingerprinting of text and markdown
 * inputs. Other formats are recognised and refused here until their readers exist.
 */
package io.gongkai.ingest;
