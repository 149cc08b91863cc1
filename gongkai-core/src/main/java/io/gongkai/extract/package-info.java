/**
 * Extraction: the text of a report (from any reader) → the official template. Normalises script and width, finds the
 * sections and metadata, detects the edition, anchors the template's labels in the text, and reads each table row,
 * solving run-together and dropped cells against the template's own identities. Every cell gets a status and a span.
 */
package io.gongkai.extract;
