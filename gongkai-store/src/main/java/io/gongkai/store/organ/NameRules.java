package io.gongkai.store.organ;

import io.gongkai.extract.Normalizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The rules of {@code organ-names.tsv} and the reading of a name with them. */
final class NameRules {
  private record Unit(String name, String suffix, Level level) {}

  private static final NameRules STANDARD = load("organ-names.tsv");

  /** Unit suffixes, longest first, with their level. */
  private final List<Map.Entry<String, Level>> units = new ArrayList<>();
  private final Map<String, Level> municipalities = new HashMap<>();
  private final Set<String> shortSuffixes = new HashSet<>();
  private final Set<Integer> stops = new HashSet<>();
  private final Set<String> government = new HashSet<>();
  private final Map<String, Level> governmentOf = new HashMap<>();
  private final Map<String, String> foldUnit = new HashMap<>();
  private final Map<String, String> foldRest = new HashMap<>();

  static NameRules standard() {
    return STANDARD;
  }

  OrganName read(String printed) {
    String clean = clean(printed);
    if (clean.isEmpty()) {
      throw new IllegalArgumentException("机关名称为空 blank organ name: '" + printed + "'");
    }
    List<Unit> chain = new ArrayList<>();
    int pos = 0;
    for (Unit u = unitAt(clean, pos, null); u != null; u = unitAt(clean, pos, chain.get(chain.size() - 1).level())) {
      chain.add(u);
      pos += u.name().length() + u.suffix().length();
    }
    String rest = clean.substring(pos);
    StringBuilder key = new StringBuilder();
    StringBuilder region = new StringBuilder();
    int local = 0;
    for (Unit u : chain) {
      local = key.length();
      key.append(u.name()).append(foldUnit.getOrDefault(u.suffix(), u.suffix()));
      region.append(u.name()).append(u.suffix());
    }
    Level level = Level.DEPARTMENT;
    if (!chain.isEmpty() && isGovernment(rest, chain.get(chain.size() - 1).level())) {
      level = chain.get(chain.size() - 1).level();
    } else {
      key.append(foldRest(rest));
    }
    return new OrganName(printed.strip(), key.toString(), key.substring(local), level,
        chain.isEmpty() ? null : region.toString());
  }

  private boolean isGovernment(String rest, Level last) {
    return rest.isEmpty() || government.contains(rest) || governmentOf.get(rest) == last;
  }

  private String foldRest(String rest) {
    String out = rest;
    for (Map.Entry<String, String> f : foldRest.entrySet()) {
      out = out.replace(f.getKey(), f.getValue());
    }
    return out;
  }

  /** The shortest place name at {@code pos} followed by a unit suffix, or null. */
  private Unit unitAt(String s, int pos, Level parent) {
    for (int len = 1; pos + len < s.length(); len++) {
      if (stops.contains(s.codePointAt(pos + len - 1))) {
        return null;
      }
      for (Map.Entry<String, Level> suffix : units) {
        String sfx = suffix.getKey();
        if (s.startsWith(sfx, pos + len) && (len >= 2 || shortSuffixes.contains(sfx))) {
          String name = s.substring(pos, pos + len);
          return new Unit(name, sfx, levelOf(name + sfx, suffix.getValue(), parent));
        }
      }
    }
    return null;
  }

  private Level levelOf(String unit, Level bySuffix, Level parent) {
    Level level = municipalities.getOrDefault(unit, bySuffix);
    if (parent != null && parent.below().ordinal() > level.ordinal()) {
      level = parent.below();
    }
    return level;
  }

  /** Simplified script, half-width forms, no blanks: what a name is compared in. */
  static String clean(String printed) {
    String folded = Normalizer.normalize(printed.strip());
    StringBuilder b = new StringBuilder(folded.length());
    folded.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).forEach(b::appendCodePoint);
    return b.toString();
  }

  private static NameRules load(String resource) {
    NameRules r = new NameRules();
    try (InputStream in = NameRules.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no resource " + resource);
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          r.add(line.split("\t"), line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    r.units.sort(Comparator.comparingInt((Map.Entry<String, Level> e) -> e.getKey().length()).reversed());
    return r;
  }

  private void add(String[] f, String line) {
    switch (f[0]) {
      case "unit" -> units.add(Map.entry(f[1], Level.of(f[2])));
      case "municipality" -> municipalities.put(f[1], Level.of(f[2]));
      case "short" -> shortSuffixes.add(f[1]);
      case "stop" -> f[1].codePoints().forEach(stops::add);
      case "government" -> government.add(f[1]);
      case "government-of" -> governmentOf.put(f[1], Level.of(f[2]));
      case "fold-unit" -> foldUnit.put(f[1], f[2]);
      case "fold-rest" -> foldRest.put(f[1], f[2]);
      default -> throw new IllegalStateException("organ-names.tsv: unknown rule: " + line);
    }
  }
}
