package io.gongkai.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the line-oriented template declaration; builders live only here. */
final class TemplateParser {
  private final List<SectionSpec> sections = new ArrayList<>();
  private final Map<Edition, EditionSpec> editions = new EnumMap<>(Edition.class);
  private EditionDraft edition;
  private TableDraft table;
  private BlockDraft block;
  private int lineNo;

  private TemplateParser() {}

  static Template parseResource(String name) {
    try (InputStream in = Template.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("template resource missing: " + name);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read template resource " + name, e);
    }
  }

  static Template parse(String text) {
    TemplateParser p = new TemplateParser();
    for (String line : text.split("\n")) {
      p.lineNo++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      p.directive(line.split("\t"));
    }
    p.closeEdition();
    return new Template(p.sections, p.editions);
  }

  private void directive(String[] f) {
    switch (f[0]) {
      case "section" -> sections.add(new SectionSpec(f[1], f[2], List.of(f[3].split("\\|"))));
      case "edition" -> {
        closeEdition();
        edition = new EditionDraft(Edition.ofCode(f[1]), f[2]);
      }
      case "marker" -> edition.markers.add(f[1]);
      case "table" -> {
        closeTable();
        table = new TableDraft(f[1], f[2]);
      }
      case "block" -> {
        closeBlock();
        block = new BlockDraft(f[1], "-".equals(f[2]) ? Optional.empty() : Optional.of(f[2]));
      }
      case "col" -> block.columns.add(new Draft(f[1], f[2], ValueType.ofCode(f[3])));
      case "row" -> block.rows.add(new Draft(f[1], f[2], null));
      case "group" -> block.groups.add(f[1]);
      case "header" -> block.headers.addAll(Arrays.asList(f[1].split("\\|")));
      case "layout" -> block.sideBySide.addAll(Arrays.asList(f[2].split("\\|")));
      case "alias" -> alias(f[1], f[2], f[3]);
      default -> throw new IllegalStateException("template.tsv line " + lineNo + ": unknown directive " + f[0]);
    }
  }

  private void alias(String kind, String id, String variant) {
    List<Draft> drafts = switch (kind) {
      case "row" -> block.rows;
      case "col" -> block.columns;
      case "table" -> null;
      default -> throw new IllegalStateException("template.tsv line " + lineNo + ": alias of " + kind);
    };
    if (drafts == null) {
      table.aliases.add(variant);
      return;
    }
    drafts.stream()
        .filter(d -> d.id.equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("template.tsv line " + lineNo + ": alias of unknown " + id))
        .aliases.add(variant);
  }

  private void closeBlock() {
    if (block != null) {
      table.blocks.add(new BlockSpec(block.id, block.caption,
          block.columns.stream().map(d -> new ColumnSpec(d.id, d.label, d.type, d.aliases)).toList(),
          block.rows.stream().map(d -> new RowSpec(d.id, d.label, d.aliases)).toList(),
          block.groups, block.headers, block.sideBySide));
      block = null;
    }
  }

  private void closeTable() {
    closeBlock();
    if (table != null) {
      edition.tables.add(new TableSpec(table.id, table.heading, table.aliases, table.blocks));
      table = null;
    }
  }

  private void closeEdition() {
    closeTable();
    if (edition != null) {
      editions.put(edition.edition, new EditionSpec(edition.edition, edition.title, edition.markers, edition.tables));
      edition = null;
    }
  }

  private static final class EditionDraft {
    final Edition edition;
    final String title;
    final List<String> markers = new ArrayList<>();
    final List<TableSpec> tables = new ArrayList<>();

    EditionDraft(Edition edition, String title) {
      this.edition = edition;
      this.title = title;
    }
  }

  private static final class TableDraft {
    final String id;
    final String heading;
    final List<String> aliases = new ArrayList<>();
    final List<BlockSpec> blocks = new ArrayList<>();

    TableDraft(String id, String heading) {
      this.id = id;
      this.heading = heading;
    }
  }

  private static final class BlockDraft {
    final String id;
    final Optional<String> caption;
    final List<Draft> columns = new ArrayList<>();
    final List<Draft> rows = new ArrayList<>();
    final List<String> groups = new ArrayList<>();
    final List<String> headers = new ArrayList<>();
    final List<String> sideBySide = new ArrayList<>();

    BlockDraft(String id, Optional<String> caption) {
      this.id = id;
      this.caption = caption;
    }
  }

  private static final class Draft {
    final String id;
    final String label;
    final ValueType type;
    final List<String> aliases = new ArrayList<>();

    Draft(String id, String label, ValueType type) {
      this.id = id;
      this.label = label;
      this.type = type;
    }
  }
}
