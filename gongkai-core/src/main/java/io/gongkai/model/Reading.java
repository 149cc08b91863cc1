package io.gongkai.model;

import io.gongkai.schema.Edition;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything the extractor read from one report, before any check: metadata, sections, one cell per template cell of
 * the edition, and the evidence the checks need (edition markers, label variants, tables found).
 *
 * @param text the extracted text that spans point into
 * @param editionMarkers how many markers of each edition the tables print (SPEC §2.1)
 * @param tablesFound ids of the tables whose labels were found (t2, t3, t4)
 */
public record Reading(
    SourceInfo source,
    String text,
    Edition edition,
    Map<Edition, Integer> editionMarkers,
    Integer year,
    String agency,
    LocalDate published,
    List<Section> sections,
    List<Cell> cells,
    List<LabelVariant> labelVariants,
    Set<String> tablesFound) {
  public Reading {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(edition, "edition");
    editionMarkers = Map.copyOf(editionMarkers);
    sections = List.copyOf(sections);
    cells = List.copyOf(cells);
    labelVariants = List.copyOf(labelVariants);
    tablesFound = Set.copyOf(tablesFound);
  }

  /** The cell with this id ({@code t3.new_received.total}), or null when the edition has no such cell. */
  public Cell cell(String id) {
    for (Cell c : cells) {
      if (c.id().toString().equals(id)) {
        return c;
      }
    }
    return null;
  }

  /**
   * The unnumbered text before section 一 (legal basis, statistical period, contact details), title included; the
   * whole text when no section heading was found.
   */
  public String preamble() {
    return sections.isEmpty() ? text : text.substring(0, sections.get(0).span().start()).strip();
  }

  /** The section with this number (一 … 六), or null when the report lacks it. */
  public Section section(String id) {
    return sections.stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
  }
}
