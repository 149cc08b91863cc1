package io.gongkai.schema;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The registry of the official template, read once from {@code template.tsv}. Every stage asks this class for tables,
 * rows, columns, labels and types; no other file spells them out.
 */
public final class Template {
  private static final Template STANDARD = TemplateParser.parseResource("template.tsv");

  private final List<SectionSpec> sections;
  private final Map<Edition, EditionSpec> editions;

  Template(List<SectionSpec> sections, Map<Edition, EditionSpec> editions) {
    this.sections = List.copyOf(sections);
    this.editions = Map.copyOf(editions);
  }

  /** The template as published by the State Council's open-government office (both editions). */
  public static Template standard() {
    return STANDARD;
  }

  /** The six numbered sections, in order. */
  public List<SectionSpec> sections() {
    return sections;
  }

  /** The tables of an edition; empty for {@link Edition#PRE2019} and {@link Edition#UNKNOWN}. */
  public Optional<EditionSpec> edition(Edition edition) {
    return Optional.ofNullable(editions.get(edition));
  }

  /** Every cell of an edition in the public order; empty for editions without tables. */
  public List<CellSpec> cells(Edition edition) {
    return edition(edition).map(EditionSpec::cells).orElse(List.of());
  }
}
