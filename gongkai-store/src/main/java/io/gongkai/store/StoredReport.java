package io.gongkai.store;

import io.gongkai.model.Report;
import java.util.List;

/**
 * A stored report as its newest run read it: the reading (cells as stored, sections found again in the stored text),
 * the findings as stored, with their ids for review.
 *
 * @param organId the organ the report belongs to
 * @param organ the organ's name as first printed
 * @param runId the run shown
 */
public record StoredReport(long organId, String organ, int year, long runId, Report report,
    List<StoredFinding> findings) {
  public StoredReport {
    findings = List.copyOf(findings);
  }
}
