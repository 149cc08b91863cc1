/**
 * Statistics over the stored reports: per group of reports (by region, level, year, or any of them) the number of
 * reports, applications received and carried over, the mix of outcomes in （七）总计, the share not disclosed,
 * administrative reviews and lawsuits per 100 applications received, and the share of reports with an error-level
 * finding of each rule; and roll-ups that sum the organs of a region. Only cells read with certainty count (a blank
 * cell counts as 0); a report whose needed cell is uncertain or missing is left out of that figure, and the figure
 * says how many were.
 */
package io.gongkai.stats;
