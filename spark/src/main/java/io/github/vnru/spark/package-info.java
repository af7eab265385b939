/**
 * The vnru parser on Apache Spark (provided by the cluster; tested with 4.1.3).
 *
 * <ul>
 *   <li>{@link io.github.vnru.spark.VnruSpark#parse VnruSpark.parse} reads exactly what {@code
 *       vnru parse PATH} reads, with the same article ids: a file whatever its name, a folder at
 *       any depth for its {@code .txt}, {@code .jsonl}, {@code .html}, {@code .htm} and {@code
 *       .html.gz} files in any letter case ({@link io.github.vnru.parser.InputFiles}'s rule, shared,
 *       not copied), one row per article (a JSON Lines file gives one per line) or per bad file;
 *   <li>{@link io.github.vnru.spark.VnruSpark#articles VnruSpark.articles} and {@link
 *       io.github.vnru.spark.VnruSpark#meetings meetings}: typed, Parquet-friendly rows;
 *   <li>{@link io.github.vnru.spark.ParseJob}: the batch job for {@code spark-submit}, whose JSON
 *       Lines are {@code vnru parse}'s line for line;
 *   <li>{@link io.github.vnru.spark.ParseOptions}: the user's registry and the relevance gate,
 *       carried to every executor, where the parser is built once per JVM.
 * </ul>
 */
package io.github.vnru.spark;
