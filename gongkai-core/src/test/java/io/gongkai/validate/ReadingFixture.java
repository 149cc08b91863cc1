package io.gongkai.validate;

import io.gongkai.model.Cell;
import io.gongkai.model.Finding;
import io.gongkai.model.LabelVariant;
import io.gongkai.model.Reading;
import io.gongkai.model.Section;
import io.gongkai.model.SourceInfo;
import io.gongkai.model.Status;
import io.gongkai.schema.CellId;
import io.gongkai.schema.CellSpec;
import io.gongkai.schema.Edition;
import io.gongkai.schema.SectionSpec;
import io.gongkai.schema.Template;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Builds readings by hand: every cell of the edition from the template, "0" and ok unless a test says otherwise, all
 * six sections present with empty bodies, no markers, no agency, no date — a report the rules have nothing against.
 */
final class ReadingFixture {
  private final Edition edition;
  private final Map<String, Cell> cells = new LinkedHashMap<>();
  private final Map<String, Section> sections = new LinkedHashMap<>();
  private final Map<Edition, Integer> markers = new EnumMap<>(Edition.class);
  private final List<LabelVariant> variants = new ArrayList<>();
  private Integer year;
  private String agency;
  private LocalDate published;
  private String preamble = "";

  private ReadingFixture(Edition edition, Integer year) {
    this.edition = edition;
    this.year = year;
    for (CellSpec s : Template.standard().cells(edition)) {
      cells.put(s.id().toString(), new Cell(s.id(), Status.OK, "0", "0", List.of(), null));
    }
    for (SectionSpec s : Template.standard().sections()) {
      sections.put(s.id(), new Section(s.id(), s.heading(), null, ""));
    }
  }

  /** A clean 2020 report in the 2019 edition. */
  static ReadingFixture e2019() {
    return new ReadingFixture(Edition.E2019, 2020);
  }

  /** A clean 2022 report in the 2021 edition. */
  static ReadingFixture e2021() {
    return new ReadingFixture(Edition.E2021, 2022);
  }

  static ReadingFixture of(Edition edition, Integer year) {
    return new ReadingFixture(edition, year);
  }

  ReadingFixture set(String id, String value) {
    return raw(id, value, value);
  }

  ReadingFixture raw(String id, String value, String raw) {
    return put(new Cell(CellId.parse(id), Status.OK, value, raw, List.of(), null));
  }

  ReadingFixture blank(String... ids) {
    for (String id : ids) {
      put(new Cell(CellId.parse(id), Status.BLANK, null, null, List.of(), null));
    }
    return this;
  }

  ReadingFixture uncertain(String id, String... candidates) {
    return put(new Cell(CellId.parse(id), Status.UNCERTAIN, null, "?", List.of(candidates), null));
  }

  ReadingFixture missing(String... ids) {
    for (String id : ids) {
      put(Cell.missing(CellId.parse(id)));
    }
    return this;
  }

  /** Applies a status change to every cell of a table, or of a row when {@code prefix} is table.row. */
  ReadingFixture each(String prefix, java.util.function.Function<String, Cell> cell) {
    List.copyOf(cells.keySet()).stream().filter(id -> id.startsWith(prefix + ".")).forEach(id -> put(cell.apply(id)));
    return this;
  }

  ReadingFixture year(Integer y) {
    this.year = y;
    return this;
  }

  ReadingFixture agency(String a) {
    this.agency = a;
    return this;
  }

  ReadingFixture published(String iso) {
    this.published = LocalDate.parse(iso);
    return this;
  }

  ReadingFixture markers(Edition e, int n) {
    markers.put(e, n);
    return this;
  }

  ReadingFixture section(String id, String text) {
    sections.put(id, new Section(id, sections.get(id).title(), null, text));
    return this;
  }

  ReadingFixture withoutSection(String id) {
    sections.remove(id);
    return this;
  }

  ReadingFixture preamble(String text) {
    this.preamble = text;
    return this;
  }

  ReadingFixture variant(String target, String official, String printed) {
    variants.add(new LabelVariant(target, official, printed, null));
    return this;
  }

  private ReadingFixture put(Cell c) {
    cells.put(c.id().toString(), c);
    return this;
  }

  Reading build() {
    String text = preamble + sections.values().stream().map(s -> s.title() + "\n" + s.text())
        .collect(Collectors.joining("\n"));
    Set<String> tables = cells.values().stream().filter(c -> c.status() != Status.MISSING)
        .map(c -> c.id().table()).collect(Collectors.toSet());
    return new Reading(new SourceInfo("test.txt", "0", "text"), text, edition, markers, year, agency, published,
        List.copyOf(sections.values()), List.copyOf(cells.values()), variants, tables);
  }

  /** The findings of the validator for this reading. */
  List<Finding> check() {
    return new Validator().check(build());
  }

  /** Only the findings of one rule. */
  List<Finding> check(String rule) {
    return check().stream().filter(f -> f.rule().equals(rule)).toList();
  }
}
