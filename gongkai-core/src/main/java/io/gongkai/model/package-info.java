/**
 * Values that flow between the stages: what was read from a report (cells with status and span, sections, metadata)
 * and what the checks found. Records only; no behaviour beyond validation of their own fields.
 */
package io.gongkai.model;
