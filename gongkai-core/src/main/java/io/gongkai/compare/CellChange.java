package io.gongkai.compare;

import java.math.BigDecimal;

/**
 * One template cell in two years: the values as read (null when not certain in that year) and the difference when
 * both are numbers.
 *
 * @param cellId the public cell id (the same id in both editions for Tables 3 and 4)
 * @param before last year's value, null when that cell was not read with certainty or is not in that edition
 * @param after this year's value, null likewise
 * @param delta {@code after - before}, null unless both are numbers
 */
public record CellChange(String cellId, String before, String after, BigDecimal delta) {}
