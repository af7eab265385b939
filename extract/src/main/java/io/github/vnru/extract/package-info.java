/**
 * Who and what an article names, and who met whom: the {@link io.github.vnru.extract.Registry}
 * of persons, parties and places, and the {@link io.github.vnru.extract.Extractor} that finds
 * mentions and meetings in text the parser has already segmented ({@link
 * io.github.vnru.extract.ExtractionInput}).
 */
package io.github.vnru.extract;
