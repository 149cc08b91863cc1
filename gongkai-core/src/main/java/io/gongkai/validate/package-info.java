/**
 * The checks of SPEC §7 run over one {@link io.gongkai.model.Reading}: the template's own identities (H1–H6), blank,
 * uncertain and missing cells, edition and section completeness, and the within-report plausibility rules (P1–P9).
 *
 * <p>Rules are declared as data (a rule id, a severity, an expression over cell ids derived from the template, and a
 * message in Chinese and English) and evaluated purely: a check never changes a printed value, it only returns
 * {@link io.gongkai.model.Finding}s. {@link io.gongkai.validate.Validator} is the only public entry point.
 */
package io.gongkai.validate;
