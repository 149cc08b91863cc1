package io.gongkai.validate;

import io.gongkai.model.Severity;

/**
 * A named rule: its id (SPEC §7), severity, what it states (used when it cannot be assessed), and the message for a
 * failure. Messages take placeholders: {@code {scope}} the column or row, {@code {A}}/{@code {E}} the names of the
 * actual and expected sides, {@code {a}}/{@code {e}} their values.
 */
record RuleSpec(String id, Severity severity, String statementZh, String statementEn, String failZh, String failEn) {}
