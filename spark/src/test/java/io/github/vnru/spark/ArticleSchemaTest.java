package io.github.vnru.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.vnru.model.Article;
import io.github.vnru.model.ImmutableArticle;
import io.github.vnru.model.ModelGenerators;
import io.github.vnru.model.json.VnruJson;
import io.github.vnru.parser.ArticleParser;
import io.github.vnru.parser.Seeds;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.BooleanType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.IntegerType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * The shipped {@code article-schema.ddl} holds every field of every Article's JSON with a type
 * that keeps its value: checked against generated articles (every optional part present) and
 * the parsed seeds. No SparkSession needed.
 */
final class ArticleSchemaTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void generatedArticles_fitTheSchema() {
    qt().withExamples(200)
        .forAll(ModelGenerators.articles(), ModelGenerators.persons())
        .checkAssert((a, p) -> {
          List<io.github.vnru.model.PersonId> persons = new ArrayList<>(a.persons());
          if (!persons.contains(p.id())) {
            persons.add(p.id());
          }
          Article full = ImmutableArticle.copyOf(a).withPersons(persons).withUnlistedPersons(p)
              .withWarnings(io.github.vnru.model.Warning.at(io.github.vnru.model.WarningKind.values()[0], 2,
                  "28/11/2011", "impossible date")).withDateline("HÀ NỘI")
              .withLead("lead").withCaptions("caption").withCredits("credit");
          assertEquals(List.of(), mismatches(full));
        });
  }

  @Test
  void parsedSeeds_fitTheSchema() {
    for (Article a : Seeds.parse(ArticleParser.create())) {
      assertEquals(List.of(), mismatches(a));
    }
  }

  @Test
  void topLevelFields_areTheArticlesInItsOrder() throws Exception {
    Article a = Seeds.parse(ArticleParser.create()).get(0);
    List<String> names = new ArrayList<>();
    MAPPER.readTree(VnruJson.write(a)).fieldNames().forEachRemaining(names::add);
    assertEquals(names, List.of(VnruSpark.articleSchema().fieldNames()));
  }

  private static List<String> mismatches(Article a) {
    List<String> out = new ArrayList<>();
    try {
      check(MAPPER.readTree(VnruJson.write(a)), VnruSpark.articleSchema(), "", out);
    } catch (Exception e) {
      out.add(e.toString());
    }
    return out;
  }

  private static void check(JsonNode v, DataType t, String at, List<String> out) {
    if (v.isNull()) {
      return;
    }
    if (t instanceof StructType) {
      StructType s = (StructType) t;
      if (!v.isObject()) {
        out.add(at + ": " + v.getNodeType() + " for a struct");
        return;
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (!List.of(s.fieldNames()).contains(e.getKey())) {
          out.add(at + "." + e.getKey() + ": not in the schema");
        } else {
          StructField f = s.apply(e.getKey());
          check(e.getValue(), f.dataType(), at + "." + e.getKey(), out);
        }
      }
    } else if (t instanceof ArrayType) {
      if (!v.isArray()) {
        out.add(at + ": " + v.getNodeType() + " for an array");
        return;
      }
      for (JsonNode x : v) {
        check(x, ((ArrayType) t).elementType(), at + "[]", out);
      }
    } else if (t instanceof MapType) {
      if (!v.isObject()) {
        out.add(at + ": " + v.getNodeType() + " for a map");
        return;
      }
      v.fields().forEachRemaining(e -> check(e.getValue(), ((MapType) t).valueType(), at + "." + e.getKey(), out));
    } else if (t instanceof StringType) {
      if (!v.isTextual()) {
        out.add(at + ": " + v.getNodeType() + " for a string");
      }
    } else if (t instanceof IntegerType) {
      if (!v.isInt()) {
        out.add(at + ": " + v.getNodeType() + " for an int");
      }
    } else if (t instanceof BooleanType) {
      if (!v.isBoolean()) {
        out.add(at + ": " + v.getNodeType() + " for a boolean");
      }
    } else {
      out.add(at + ": unexpected schema type " + t);
    }
  }
}
