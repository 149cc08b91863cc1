package io.gongkai.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.gongkai.output.Language;
import io.gongkai.store.Database;
import io.gongkai.store.StoreException;
import io.gongkai.store.organ.Level;
import io.gongkai.store.organ.Organ;
import io.gongkai.store.organ.OrganStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gongkai organs}: lists the organs in the database, and lets a person merge two that are one, split off a name
 * that is another organ, or set a level the name got wrong.
 */
@Command(
    name = "organs",
    mixinStandardHelpOptions = true,
    description = {
      "列出数据库中的机关（编号、名称、级别、地区、报告数、别名）；merge 合并、split 拆分、level 设定级别。",
      "Lists the organs in the database (id, name, level, region, reports, aliases); merge, split and level change them."
    },
    footer = {"%n退出码 Exit codes: 0 正常 ok, 1 内部错误 internal error, 2 用法错误 usage,"
        + " 3 没有该机关或无法更改 no such organ or the change is refused, 4 无法打开数据库 cannot open the database"})
final class OrgansCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DatabaseOptions database = new DatabaseOptions();

  @Mixin StoreOutputOptions output = new StoreOutputOptions();

  @Override
  public Integer call() {
    return withStore(organs -> {
      print(organs.list());
      return ExitCode.OK;
    });
  }

  @Command(name = "merge", description = {"把机关 ABSORBED 并入 KEPT：其报告归入 KEPT，其名称成为别名。",
      "Merges organ ABSORBED into KEPT: its reports move under KEPT and its names become aliases."})
  int merge(@Parameters(paramLabel = "KEPT", description = "保留的机关编号 id of the organ kept") long kept,
      @Parameters(paramLabel = "ABSORBED", description = "并入的机关编号 id of the organ merged in") long absorbed) {
    return withStore(organs -> {
      organs.merge(kept, absorbed);
      print(organs.list().stream().filter(o -> o.id() == kept).toList());
      return ExitCode.OK;
    });
  }

  @Command(name = "split", description = {"把名称 NAME 从其机关中拆出，成为单独的机关，并带走以该名称读入的报告。",
      "Splits the name NAME off its organ into an organ of its own, with the reports read under that name."})
  int split(@Parameters(paramLabel = "NAME", description = "别名（按印出的写法）the alias, as printed") String name) {
    return withStore(organs -> {
      long id = organs.split(name);
      print(organs.list().stream().filter(o -> o.id() == id).toList());
      return ExitCode.OK;
    });
  }

  @Command(name = "level", description = {"设定机关级别（省/市/县/乡镇/街道/部门），此后不再按名称推断。",
      "Sets an organ's level (province/city/county/township/subdistrict/department); it is no longer inferred."})
  int level(@Parameters(paramLabel = "ID", description = "机关编号 organ id") long id,
      @Parameters(paramLabel = "LEVEL", description = "省 市 县 乡镇 街道 部门, or province city county township"
          + " subdistrict department") String level) {
    Level parsed;
    try {
      parsed = Level.of(level);
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("gongkai: " + e.getMessage());
      return ExitCode.USAGE;
    }
    return withStore(organs -> {
      organs.setLevel(id, parsed);
      print(organs.list().stream().filter(o -> o.id() == id).toList());
      return ExitCode.OK;
    });
  }

  private int withStore(Function<OrganStore, Integer> action) {
    PrintWriter err = spec.commandLine().getErr();
    try (Database db = Database.open(database.location(), 2)) {
      try {
        return action.apply(new OrganStore(db));
      } catch (StoreException e) {
        err.println("gongkai: " + e.getMessage());
        return ExitCode.FINDINGS;
      }
    } catch (StoreException e) {
      err.println("gongkai: " + e.getMessage());
      return ExitCode.DATABASE;
    }
  }

  private void print(List<Organ> organs) {
    PrintWriter out = spec.commandLine().getOut();
    if (output.format == OutputFormat.JSON) {
      json(organs, out);
      return;
    }
    Language l = output.language();
    out.println(String.join("\t", "id", l.pick("名称", "name"), l.pick("级别", "level"), l.pick("地区", "region"),
        l.pick("报告", "reports"), l.pick("别名", "aliases")));
    for (Organ o : organs) {
      String level = o.level() == null ? "?" : l.pick(o.level().zh(), o.level().code())
          + (o.levelSetByPerson() ? "*" : "");
      out.println(String.join("\t", Long.toString(o.id()), o.name(), level, o.region() == null ? "" : o.region(),
          Long.toString(o.reports()), String.join("、", o.aliases().stream().filter(a -> !a.equals(o.name())).toList())));
    }
    out.flush();
  }

  private static void json(List<Organ> organs, PrintWriter out) {
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.writeStartArray();
      for (Organ o : organs) {
        g.writeStartObject();
        g.writeNumberField("id", o.id());
        g.writeStringField("name", o.name());
        g.writeStringField("level", o.level() == null ? null : o.level().code());
        g.writeBooleanField("level_set_by_person", o.levelSetByPerson());
        g.writeStringField("region", o.region());
        g.writeNumberField("reports", o.reports());
        g.writeArrayFieldStart("aliases");
        for (String a : o.aliases()) {
          g.writeString(a);
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println();
    out.flush();
  }
}
