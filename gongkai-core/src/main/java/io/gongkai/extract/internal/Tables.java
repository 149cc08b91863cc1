package io.gongkai.extract.internal;

import io.gongkai.model.Cell;
import io.gongkai.model.LabelVariant;
import io.gongkai.schema.CellId;
import io.gongkai.schema.CellSpec;
import io.gongkai.schema.EditionSpec;
import io.gongkai.schema.TableSpec;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads all tables of an edition: one cell per template cell, {@code missing} where the text has no such row. */
public final class Tables {
  private final List<Cell> cells = new ArrayList<>();
  private final List<LabelVariant> variants;
  private final Set<String> found = new LinkedHashSet<>();

  private Tables(List<LabelVariant> variants) {
    this.variants = variants;
  }

  /** Reads the tables of {@code edition} from the normalised text. */
  public static Tables read(String normalized, Projection projection, String original, TextIndex index,
      EditionSpec edition, List<SectionFinder.Heading> headings, Set<Integer> gridLines) {
    Finder finder = new Finder(normalized, projection);
    TableReader reader = new TableReader(finder, original, index, headings, gridLines);
    Map<String, int[]> zones = Zones.of(finder, edition, headings, normalized.length());
    List<TableReader.Plan> plans = new java.util.ArrayList<>();
    for (TableSpec t : edition.tables()) {
      int[] zone = zones.get(t.id());
      if (zone != null) {
        plans.addAll(reader.plan(t, zone[0], zone[1]));
      }
    }
    List<RowReadings.Shape> shapes = TableReader.shapes(plans);
    boolean runTogether = RowReadings.runTogether(shapes);
    boolean drops = RowReadings.dropsCells(shapes);
    Map<CellId, Cell> read = new java.util.HashMap<>();
    plans.forEach(p -> read.putAll(reader.solve(p, runTogether, drops)));
    Tables tables = new Tables(reader.variants());
    for (CellSpec spec : edition.cells()) {
      Cell c = read.get(spec.id());
      tables.cells.add(c != null ? c : Cell.missing(spec.id()));
      if (c != null) {
        tables.found.add(spec.id().table());
      }
    }
    return tables;
  }

  /** One cell per template cell of the edition, in the public order. */
  public List<Cell> cells() {
    return cells;
  }

  /** Label variants met while anchoring rows. */
  public List<LabelVariant> variants() {
    return variants;
  }

  /** Ids of the tables of which at least one row was found. */
  public Set<String> found() {
    return found;
  }
}
